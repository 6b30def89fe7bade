/** `evaluation`, `evaluations` and the admin mutation `runEvaluation`. */
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { EvaluationError } from '@basketgraph/analysis';
import type { ApiContext } from '../context.js';
import { Evaluation } from '../types/evaluation.js';
import { requireAdmin } from '../admin.js';
import { badInput, conflict } from '../errors.js';
import { BusyError } from '../../analysis/analysis-runner.js';
import { gatedStore } from '../gated-store.js';
import { toEvaluation } from '../data/rows.js';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @Query(() => Evaluation, { nullable: true, description: 'the newest offline evaluation of the recommenders' })
  evaluation(@Ctx() ctx: ApiContext) {
    return ctx.loaders.analysis.evaluation();
  }

  @Query(() => [Evaluation], {
    description: 'every stored evaluation, newest first (each model records its settings, so versions compare)',
  })
  evaluations(@Ctx() ctx: ApiContext) {
    return ctx.loaders.analysis.evaluations();
  }

  @Mutation(() => Evaluation, {
    description:
      'admin: evaluates the recommenders on a time split (train before the cutoff, test on/after it) and stores the result as the newest evaluation; takes seconds on big graphs, while other requests are answered',
  })
  async runEvaluation(
    @Ctx() ctx: ApiContext,
    @Arg('cutoff', () => String, { description: 'YYYY-MM-DD, or auto: the last quarter of the order dates is the test' }) cutoff: string,
    @Arg('top', () => Int, { nullable: true, description: 'list length k of the @k metrics (default 10)' }) top?: number,
    @Arg('models', () => [String], { nullable: true, description: 'which models (default: all)' }) models?: string[],
  ) {
    requireAdmin(ctx);
    try {
      const report = await ctx.services.runner.exclusiveWork('an evaluation', () =>
        ctx.services.evaluate(gatedStore(ctx.store, ctx.services.gate), {
          cutoff,
          top: top ?? 10,
          models: models ?? undefined,
          worker: true,
        }),
      );
      const createdAt = report.id.slice('evaluation-'.length);
      return toEvaluation({ ...report, createdAt, models: JSON.stringify(report.models) });
    } catch (e) {
      if (e instanceof EvaluationError) throw badInput(e.message, e.argument);
      if (e instanceof BusyError) throw conflict(e.message);
      throw e;
    }
  }
}
