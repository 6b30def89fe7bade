/** `customerPoints`: the whole projection in one answer, for scatter plots. */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { CustomerPointModel } from '../data/models.js';
import { CustomerPoint } from '../types/customer-point.js';

@Resolver(() => CustomerPoint)
export class ProjectionResolver {
  @Query(() => [CustomerPoint], {
    description:
      'every analysed customer’s projection point and segment id, in id order (≈ 4,300 rows on the UCI data: one request instead of paging through customers)',
  })
  async customerPoints(@Ctx() ctx: ApiContext): Promise<readonly CustomerPointModel[]> {
    if (ctx.hot) return ctx.hot.points();
    const rows = await ctx.store.query<{ id: string; x: number; y: number; segment: string | null }>('api-customer-points');
    return rows.map((r) => ({ id: String(r.id), x: Number(r.x), y: Number(r.y), segment: r.segment ?? null }));
  }
}
