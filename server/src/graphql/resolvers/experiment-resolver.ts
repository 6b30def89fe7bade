/** A/B experiments: read, report, create/start/stop (admin), and the events mutation. */
import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  changeStatus,
  checkEvents,
  createExperiment,
  experimentReportFromGraph,
  ExperimentError,
  listExperiments,
  type Experiment as ExperimentData,
} from '@basketgraph/analysis';
import type { ApiContext } from '../context.js';
import { requireAdmin } from '../admin.js';
import { badInput } from '../errors.js';
import { Experiment, ExperimentEventInput, ExperimentReport, ExperimentVariantInput } from '../types/experiment.js';
import { reportForApi } from '../data/experiment-service.js';

/** Most events one mutation may carry. */
export const MAX_EVENTS = 1000;

async function asInput<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof ExperimentError) throw badInput(e.message, e.argument);
    throw e;
  }
}

@Resolver(() => Experiment)
export class ExperimentResolver {
  @Query(() => Experiment, { nullable: true, description: 'one A/B experiment (live or replayed)' })
  experiment(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    ctx.cacheability.volatile = true; // events and imports change its report outside the gate's exclusive holds
    return ctx.services.experiments.get(id);
  }

  @Query(() => [Experiment], { description: 'every experiment, newest first' })
  experiments(@Ctx() ctx: ApiContext) {
    ctx.cacheability.volatile = true;
    return listExperiments(ctx.store);
  }

  @FieldResolver(() => ExperimentReport, {
    description:
      'per variant: assigned, exposed, CTR, conversion rate, revenue per exposed customer (95 % intervals), differences from the control, SRM check, sample size',
  })
  async report(
    @Root() x: ExperimentData,
    @Ctx() ctx: ApiContext,
    @Arg('lift', () => Float, {
      nullable: true,
      description: 'relative lift of the control’s conversion rate to size the test for (default 0.1)',
    })
    lift?: number,
  ) {
    ctx.cacheability.volatile = true;
    return reportForApi((await asInput(() => experimentReportFromGraph(ctx.store, x.id, { lift: lift ?? 0.1 }))).report);
  }

  @Mutation(() => Experiment, { description: 'admin: defines an experiment (status draft); start it to serve it' })
  async createExperiment(
    @Ctx() ctx: ApiContext,
    @Arg('id', () => ID) id: string,
    @Arg('variants', () => [ExperimentVariantInput]) variants: ExperimentVariantInput[],
    @Arg('name', () => String, { nullable: true }) name?: string,
    @Arg('attributionDays', () => Int, {
      nullable: true,
      description: 'days after an exposure in which an order with a shown product converts (default 30)',
    })
    attributionDays?: number,
  ) {
    requireAdmin(ctx);
    const x = await asInput(() => createExperiment(ctx.store, { id, name, variants, attributionDays }));
    ctx.services.experiments.forget(id);
    return x;
  }

  @Mutation(() => Experiment, { description: 'admin: draft → running: customers are assigned and events accepted' })
  startExperiment(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    return this.change(ctx, id, 'start');
  }

  @Mutation(() => Experiment, { description: 'admin: running → stopped: no more serving or events; the report stays' })
  stopExperiment(@Ctx() ctx: ApiContext, @Arg('id', () => ID) id: string) {
    return this.change(ctx, id, 'stop');
  }

  private async change(ctx: ApiContext, id: string, action: 'start' | 'stop') {
    requireAdmin(ctx);
    const x = await asInput(() => changeStatus(ctx.store, id, action));
    ctx.services.experiments.forget(id);
    return x;
  }

  @Mutation(() => Int, {
    description: `records exposures, clicks and add-to-basket events (at most ${MAX_EVENTS} per call); the variant is the customer's assignment. A batch with a bad event (unknown or not-running experiment, unknown customer) is refused whole. Answers with the number written, once they are in the graph (written in batches with other requests' events)`,
  })
  async recordExperimentEvents(@Ctx() ctx: ApiContext, @Arg('events', () => [ExperimentEventInput]) events: ExperimentEventInput[]) {
    if (events.length > MAX_EVENTS) throw badInput(`at most ${MAX_EVENTS} events per call, got ${events.length}`, 'events');
    const rows = await asInput(() => checkEvents(ctx.store, events, (id) => ctx.services.experiments.get(id)));
    await ctx.services.events.push(rows);
    return rows.length;
  }
}
