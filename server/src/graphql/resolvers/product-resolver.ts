/** `products`, `product(id)` and the fields of Product that reach into the graph. */
import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Product, SimilarProduct } from '../types/product.js';
import { Rule } from '../types/rule.js';
import { SegmentPopularity } from '../types/segment-popularity.js';
import { ProductConnection } from '../types/connections.js';
import { ProductFilter, ProductSort } from '../types/filters.js';
import { RuleRole } from '../types/enums.js';
import { pageRequest } from '../pagination.js';
import { productPage } from '../data/product-page.js';
import type { ProductModel, SegmentModel } from '../data/models.js';
import { listSize, PageArgs } from './args.js';

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => ProductConnection, { description: 'products matching the filter, one page at a time' })
  products(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => ProductFilter, { nullable: true }) filter: ProductFilter | undefined,
    @Arg('sort', () => ProductSort, { nullable: true, description: 'default: id ascending' }) sort: ProductSort | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return productPage(ctx.store, filter, sort, pageRequest(first, after));
  }

  @Query(() => Product, { nullable: true, description: 'null when there is no such product' })
  product(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.products.product.load(id);
  }

  @FieldResolver(() => Int, { description: 'distinct customers who bought it' })
  async buyers(@Root() p: ProductModel, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.products.sales.load(p.id))?.buyers ?? 0;
  }

  @FieldResolver(() => Int, { description: 'purchase orders containing it' })
  async orders(@Root() p: ProductModel, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.products.sales.load(p.id))?.orders ?? 0;
  }

  @FieldResolver(() => Int, { description: 'units sold' })
  async units(@Root() p: ProductModel, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.products.sales.load(p.id))?.units ?? 0;
  }

  @FieldResolver(() => Float)
  async revenue(@Root() p: ProductModel, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.products.sales.load(p.id))?.revenue ?? 0;
  }

  @FieldResolver(() => [SimilarProduct], { description: 'products bought by the same customers (item-item cosine)' })
  alsoBought(@Root() p: ProductModel, @Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    const n = listSize(first, 10);
    return n === 0 ? [] : ctx.loaders.products.alsoBought.get(n).load(p.id);
  }

  @FieldResolver(() => [Rule], { description: 'rules with this product on the given side (both when left out), highest lift first' })
  async rules(
    @Root() p: ProductModel,
    @Ctx() ctx: ApiContext,
    @Arg('role', () => RuleRole, { nullable: true }) role?: RuleRole,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    const n = listSize(first, 20);
    const roles = role ? [role] : [RuleRole.IF, RuleRole.THEN];
    const lists = await Promise.all(roles.map((r) => ctx.loaders.products.rules.get(r).load(p.id)));
    return lists
      .flat()
      .sort((a, b) => b.lift - a.lift || (a.id < b.id ? -1 : 1))
      .slice(0, n);
  }

  @FieldResolver(() => [SegmentPopularity], { description: 'distinct buyers in each segment, most first' })
  async popularityBySegment(@Root() p: ProductModel, @Ctx() ctx: ApiContext) {
    const [rows, segments] = await Promise.all([ctx.loaders.products.segmentBuyers.load(p.id), ctx.loaders.segments.allSegments()]);
    const byId = new Map<string, SegmentModel>(segments.map((s) => [s.id, s]));
    return rows.flatMap((r) => {
      const segment = byId.get(r.segment);
      return segment ? [{ segment, buyers: r.buyers, share: segment.size > 0 ? r.buyers / segment.size : 0 }] : [];
    });
  }
}
