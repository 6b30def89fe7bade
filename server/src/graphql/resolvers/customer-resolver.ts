/** `customers`, `customer(id)` and the fields of Customer that reach into the graph. */
import { assignVariant, ExperimentError } from '@basketgraph/analysis';
import { experimentRecommendations, runningExperiment } from '../data/experiment-service.js';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { Customer } from '../types/customer.js';
import { Segment } from '../types/segment.js';
import { Rule } from '../types/rule.js';
import { Order } from '../types/order.js';
import { PurchasedProduct } from '../types/product.js';
import { Neighbour, Recommendation } from '../types/recommendation.js';
import { CustomerConnection, OrderConnection } from '../types/connections.js';
import { CustomerFilter, CustomerSort } from '../types/filters.js';
import { CustomerStatus, RecommendationModelName } from '../types/enums.js';
import { pageRequest, toConnection } from '../pagination.js';
import { customerQuery } from '../data/customer-page.js';
import type { CustomerModel, CustomerRef } from '../data/models.js';
import { wholeCustomer } from './customer-properties-resolver.js';
import { listSize, PageArgs } from './args.js';
import { badInput } from '../errors.js';
import { mapAnswer } from '../loaders/batch.js';

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => CustomerConnection, { description: 'customers matching the filter, one page at a time' })
  customers(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => CustomerFilter, { nullable: true }) filter?: CustomerFilter,
    @Arg('sort', () => CustomerSort, { nullable: true, description: 'default: id ascending' }) sort?: CustomerSort,
    @Arg('first', () => Int, { nullable: true, description: 'page size, at most 100 (default 20)' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const page = pageRequest(first, after);
    return ctx.loaders.customers.page(customerQuery(filter, sort), page);
  }

  @Query(() => Customer, { nullable: true, description: 'null when there is no such customer' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.customers.customer.load(id);
  }

  @FieldResolver(() => CustomerStatus, { description: 'BUYER, or RETURNS_ONLY for a customer whose only orders in the data are returns' })
  async status(@Root() root: CustomerModel | CustomerRef, @Ctx() ctx: ApiContext): Promise<CustomerStatus> {
    const c = await wholeCustomer(root, ctx);
    if (!c) return CustomerStatus.RETURNS_ONLY;
    if (c.buyer !== null) return c.buyer ? CustomerStatus.BUYER : CustomerStatus.RETURNS_ONLY;
    // Not set yet (a Neo4j import stopped half-way): the analysis writes features only for customers with purchases.
    if (c.features) return CustomerStatus.BUYER;
    const orders = await ctx.loaders.customers.orders.load(c.id);
    return orders.some((o) => o.kind === 'PURCHASE' && o.lineCount > 0) ? CustomerStatus.BUYER : CustomerStatus.RETURNS_ONLY;
  }

  @FieldResolver(() => Segment, { nullable: true, description: 'null until the analysis has run' })
  segment(@Root() c: CustomerModel, @Ctx() ctx: ApiContext) {
    return mapAnswer(ctx.loaders.customers.customerSegment.load(c.id), (found) => found?.segment ?? null);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'distance to the segment centroid in z-score units' })
  segmentDistance(@Root() c: CustomerModel, @Ctx() ctx: ApiContext) {
    return mapAnswer(ctx.loaders.customers.customerSegment.load(c.id), (found) => found?.distance ?? null);
  }

  @FieldResolver(() => OrderConnection, { description: 'purchases and returns, newest first' })
  async orders(@Root() c: CustomerModel, @Ctx() ctx: ApiContext, @Args(() => PageArgs) { first, after }: PageArgs) {
    const page = pageRequest(first, after);
    const all = await ctx.loaders.customers.orders.load(c.id);
    return toConnection(all.slice(page.skip, page.skip + page.limit + 1), page, async () => all.length);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'the newest purchase or return' })
  async lastOrder(@Root() c: CustomerModel, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.customers.orders.load(c.id))[0] ?? null;
  }

  @FieldResolver(() => [PurchasedProduct], { description: 'products bought, most units first' })
  async products(@Root() c: CustomerModel, @Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    const n = listSize(first, 20);
    return (await ctx.loaders.customers.products.load(c.id)).slice(0, n);
  }

  @FieldResolver(() => [Neighbour], { description: 'most similar customers by the products bought' })
  neighbours(@Root() c: CustomerModel, @Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    const n = listSize(first, 10);
    if (n === 0) return [];
    return ctx.loaders.customers.neighbours.get(n).load(c.id);
  }

  @FieldResolver(() => [Recommendation], { description: 'products the customer has not bought, best first' })
  async recommendations(
    @Root() c: CustomerModel,
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('model', () => RecommendationModelName, { nullable: true, defaultValue: RecommendationModelName.DEFAULT })
    model?: RecommendationModelName,
    @Arg('experiment', () => ID, {
      nullable: true,
      description:
        'a running experiment: the list of the variant the customer is assigned to (then `model` is ignored; each item says the variant)',
    })
    experiment?: string,
  ) {
    const n = listSize(first, 10);
    if (n === 0) return [];
    const load = async (m: string) =>
      m === RecommendationModelName.DEFAULT
        ? ctx.loaders.customers.recommendations.get(n).load(c.id)
        : ctx.loaders.models.onTheFly.get(`${m}:${n}`).load(c.id);
    if (experiment) {
      try {
        return await experimentRecommendations(ctx, c.id, experiment, n, load);
      } catch (e) {
        if (e instanceof ExperimentError) throw badInput(e.message, 'experiment');
        throw e;
      }
    }
    return load(model ?? RecommendationModelName.DEFAULT);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'the variant of a running experiment this customer is assigned to (by hash; nothing is stored)',
  })
  async experimentVariant(@Root() c: CustomerModel, @Ctx() ctx: ApiContext, @Arg('experiment', () => ID) experiment: string) {
    try {
      const x = await runningExperiment(ctx, experiment);
      return assignVariant(x.id, c.id, x.variants).name;
    } catch (e) {
      if (e instanceof ExperimentError) throw badInput(e.message, 'experiment');
      throw e;
    }
  }

  @FieldResolver(() => [Rule], {
    description: 'rules whose IF side is in the customer’s last basket (and THEN side is not), highest lift first',
  })
  async rules(@Root() c: CustomerModel, @Ctx() ctx: ApiContext, @Arg('first', () => Int, { nullable: true }) first?: number) {
    const n = listSize(first, 10);
    return (await ctx.loaders.rules.lastBasketRules.load(c.id)).slice(0, n);
  }
}
