/** `Recommendation.reasons`: as the recommendation came, or read from the customer's RECOMMENDED edges. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { ReasonModel, RecommendationModel } from '../data/models.js';
import { Reason, Recommendation } from '../types/recommendation.js';

@Resolver(() => Recommendation)
export class RecommendationReasonsResolver {
  @FieldResolver(() => [Reason], { description: 'why it is recommended, largest weight first' })
  async reasons(@Root() r: RecommendationModel, @Ctx() ctx: ApiContext): Promise<ReasonModel[]> {
    if (r.reasons) return r.reasons;
    if (!r.of) return [];
    // Recommendations read from the customer's CustomerLists row come without reasons (customer-lists.ts).
    const stored = await ctx.loaders.customers.recommendationsWithReasons.load(r.of);
    return stored.find((s) => s.product.id === r.product.id)?.reasons ?? [];
  }
}
