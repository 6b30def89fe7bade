/** `segments`, `segment(id)` and the fields of Segment that reach into the graph. */
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { CentroidValue, Segment } from '../types/segment.js';
import { ProductPopularity } from '../types/product.js';
import { Recommendation } from '../types/recommendation.js';
import { CustomerConnection, RuleConnection } from '../types/connections.js';
import { CustomerFilter, CustomerSort, RuleFilter, RuleSort } from '../types/filters.js';
import { pageRequest } from '../pagination.js';
import { customerQuery } from '../data/customer-page.js';
import { rulePage } from '../data/rule-page.js';
import { recommendForNewCustomer } from '../data/recommenders/recommend-service.js';
import { NewCustomerMethod } from '../types/enums.js';
import type { SegmentModel } from '../data/models.js';
import { listSize, PageArgs } from './args.js';

@Resolver(() => Segment)
export class SegmentResolver {
  @Query(() => [Segment], { description: 'segments of the last completed analysis run, highest mean monetary first' })
  segments(@Ctx() ctx: ApiContext) {
    return ctx.loaders.segments.allSegments();
  }

  @Query(() => Segment, { nullable: true })
  segment(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.segments.segment(id);
  }

  @FieldResolver(() => [CentroidValue], { description: 'the centroid, feature by feature' })
  async centroid(@Root() s: SegmentModel, @Ctx() ctx: ApiContext) {
    const run = await ctx.loaders.analysis.completedRun();
    const names = run?.featureNames ?? [];
    return s.centroidRaw.map((raw, i) => ({ feature: names[i] ?? `f${i}`, raw, scaled: s.centroidScaled[i] ?? 0 }));
  }

  @FieldResolver(() => CustomerConnection, { description: 'members matching the filter' })
  customers(
    @Root() s: SegmentModel,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter: CustomerFilter | undefined,
    @Arg('sort', () => CustomerSort, { nullable: true }) sort: CustomerSort | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    const page = pageRequest(first, after);
    return ctx.loaders.customers.page(customerQuery({ ...filter, segment: s.id }, sort), page);
  }

  @FieldResolver(() => [ProductPopularity], { description: 'products with the most distinct buyers in the segment' })
  async topProducts(@Root() s: SegmentModel, @Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    const n = listSize(first, 10);
    return (await ctx.loaders.segments.topProducts.load(s.id)).slice(0, n);
  }

  @FieldResolver(() => RuleConnection, { description: 'rules mined within this segment' })
  rules(
    @Root() s: SegmentModel,
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => RuleFilter, { nullable: true }) filter: RuleFilter | undefined,
    @Arg('sort', () => RuleSort, { nullable: true }) sort: RuleSort | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return rulePage(ctx.store, { ...filter, segment: s.id }, sort, pageRequest(first, after));
  }

  @FieldResolver(() => [Recommendation], { description: 'what to show a new customer placed in this segment' })
  async recommendationsForNewCustomer(
    @Root() s: SegmentModel,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('method', () => NewCustomerMethod, {
      nullable: true,
      description: 'default SEGMENT_POPULARITY (chosen by the first-order evaluation)',
    })
    method?: NewCustomerMethod,
  ) {
    return (await recommendForNewCustomer(ctx, { segment: s.id }, listSize(first, 10), method)).recommendations;
  }
}
