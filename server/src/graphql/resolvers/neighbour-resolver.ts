/** `Neighbour.sharedPurchases`: what a customer and a neighbour both bought. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import type { NeighbourModel } from '../data/models.js';
import { Neighbour, SharedPurchase } from '../types/recommendation.js';
import { listSize } from './args.js';

@Resolver(() => Neighbour)
export class NeighbourResolver {
  @FieldResolver(() => [SharedPurchase], {
    description: 'products both bought, most units (together) first; all of them count in sharedProducts',
  })
  async sharedPurchases(@Root() n: NeighbourModel, @Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    const size = listSize(first, 10);
    if (size === 0) return [];
    // One batch for the customer and every neighbour on the page.
    const [mine, theirs] = await Promise.all([
      ctx.loaders.customers.products.load(n.of),
      ctx.loaders.customers.products.load(n.customer.id),
    ]);
    const units = new Map(theirs.map((p) => [p.product.id, p.quantity]));
    return mine
      .filter((p) => units.has(p.product.id))
      .map((p) => ({ product: p.product, quantity: p.quantity, neighbourQuantity: units.get(p.product.id)! }))
      .sort((a, b) => b.quantity + b.neighbourQuantity - (a.quantity + a.neighbourQuantity) || (a.product.id < b.product.id ? -1 : 1))
      .slice(0, size);
  }
}
