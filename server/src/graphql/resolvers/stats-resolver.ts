/** `stats`: node and relationship counts. */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Stats } from '../types/stats.js';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats)
  async stats(@Ctx() ctx: ApiContext) {
    const [row] = await ctx.store.query('stats');
    return row;
  }
}
