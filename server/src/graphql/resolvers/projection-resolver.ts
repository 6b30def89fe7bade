/** `customerPoints`: the whole projection in one answer, for scatter plots. */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { CustomerPointModel } from '../data/models.js';
import { CustomerPoint } from '../types/customer-point.js';
import type { Answer } from '../loaders/batch.js';

@Resolver(() => CustomerPoint)
export class ProjectionResolver {
  @Query(() => [CustomerPoint], {
    description:
      'every analysed customer’s projection point and segment id, in id order (≈ 4,300 rows on the UCI data: one request instead of paging through customers)',
  })
  customerPoints(@Ctx() ctx: ApiContext): Answer<readonly CustomerPointModel[]> {
    return ctx.loaders.customers.points();
  }
}
