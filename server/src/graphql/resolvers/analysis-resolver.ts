/** `latestRun`, `run(id)`, `runs` and the admin mutation `runAnalysis`. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { AnalysisRun } from '../types/analysis-run.js';
import { AnalysisParamsInput } from '../types/filters.js';
import { requireAdmin } from '../admin.js';
import { badInput, conflict } from '../errors.js';
import { AnalysisParamsError, parseAnalysisParams, type AnalysisParamsInput as JobParams } from '@basketgraph/analysis';
import { BusyError } from '../../analysis/analysis-runner.js';
import type { AnalysisRunModel } from '../data/models.js';

/** The mutation's input as the analysis job takes it: null fields left out, `autoK` as `k: 'auto'`. */
function jobParams(p: AnalysisParamsInput = {}): JobParams {
  const given = <T>(v: T | null | undefined): T | undefined => v ?? undefined;
  return {
    k: p.autoK ? 'auto' : given(p.k),
    seed: given(p.seed),
    features: given(p.features),
    minSupport: given(p.minSupport),
    minConfidence: given(p.minConfidence),
    maxLen: given(p.maxLen),
    neighbours: given(p.neighbours),
    recommendations: given(p.recommendations),
    model: given(p.model),
  };
}

async function latest(ctx: ApiContext): Promise<AnalysisRunModel | null> {
  ctx.cacheability.volatile = true; // run progress changes outside the gate's exclusive holds
  const mine = ctx.services.runner.current;
  if (mine?.status === 'RUNNING') return mine;
  const [stored] = await ctx.loaders.analysis.runs();
  if (mine?.status === 'FAILED' && (!stored || mine.startedAt > stored.startedAt)) return mine;
  return stored ?? mine ?? null;
}

@Resolver(() => AnalysisRun)
export class AnalysisResolver {
  @Query(() => AnalysisRun, { nullable: true, description: 'the run in progress, else the newest run' })
  latestRun(@Ctx() ctx: ApiContext) {
    return latest(ctx);
  }

  @Query(() => [AnalysisRun], { description: 'every analysis run in the graph, newest first (modelSettings says what each wrote)' })
  async runs(@Ctx() ctx: ApiContext) {
    ctx.cacheability.volatile = true; // a run's status changes outside the gate's exclusive holds
    const mine = ctx.services.runner.current; // the run this server is doing, with its progress
    return (await ctx.loaders.analysis.runs()).map((r) => (r.id === mine?.id ? mine : r));
  }

  @Query(() => AnalysisRun, { nullable: true })
  async run(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    ctx.cacheability.volatile = true;
    const mine = ctx.services.runner.current;
    if (mine?.id === id) return mine;
    return (await ctx.loaders.analysis.runs()).find((r) => r.id === id) ?? null;
  }

  @Mutation(() => AnalysisRun, { description: 'admin: starts an analysis run in the background; follow it with latestRun or run(id)' })
  runAnalysis(@Ctx() ctx: ApiContext, @Arg('params', () => AnalysisParamsInput, { nullable: true }) params?: AnalysisParamsInput) {
    requireAdmin(ctx);
    const runner = ctx.services.runner;
    // The one check (the CLI's and the job's too); the run gets the checked values, defaults filled in.
    let checked;
    try {
      checked = parseAnalysisParams(jobParams(params));
    } catch (e) {
      const parameter = e instanceof AnalysisParamsError ? `params.${e.parameter}` : 'params';
      throw badInput(e instanceof Error ? e.message : String(e), parameter);
    }
    try {
      return runner.start(checked);
    } catch (e) {
      if (e instanceof BusyError) throw conflict(e.message);
      throw e;
    }
  }
}
