/** `stats`: node and relationship counts. */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Stats } from '../types/stats.js';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats)
  async stats(@Ctx() ctx: ApiContext) {
    ctx.cacheability.volatile = true; // counts include the AnalysisRun nodes a running job writes
    const [row] = await ctx.store.query('stats');
    return row;
  }
}
