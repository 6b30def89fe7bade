/** `recommendForBasket`, `recommendForNewCustomer` and what a Reason points at. */
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { NewCustomerRecommendations, Reason, Recommendation } from '../types/recommendation.js';
import { Customer } from '../types/customer.js';
import { Product } from '../types/product.js';
import { Rule } from '../types/rule.js';
import { Segment } from '../types/segment.js';
import { NewCustomerFeatures } from '../types/filters.js';
import { NewCustomerInputError } from '@basketgraph/analysis';
import { badInput } from '../errors.js';
import { recommendForBasket, recommendForNewCustomer } from '../data/recommenders/recommend-service.js';
import type { ReasonModel } from '../data/models.js';
import { listSize } from './args.js';
import { NewCustomerMethod } from '../types/enums.js';

export const MAX_BASKET = 100;

@Resolver(() => Reason)
export class RecommendationResolver {
  @Query(() => [Recommendation], { description: 'products to suggest beside a basket (similar items and rules)' })
  recommendForBasket(
    @Arg('productIds', () => [ID]) productIds: string[],
    @Ctx() ctx: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
  ) {
    if (productIds.length > MAX_BASKET) throw badInput(`"productIds" may hold at most ${MAX_BASKET} products`, 'productIds');
    return recommendForBasket(ctx, productIds, listSize(first, 10));
  }

  @Query(() => NewCustomerRecommendations, {
    description: 'what to show a new customer: give a segment, or features to place them in the nearest one',
  })
  async recommendForNewCustomer(
    @Ctx() ctx: ApiContext,
    @Arg('segment', () => ID, { nullable: true }) segment?: string,
    @Arg('features', () => NewCustomerFeatures, { nullable: true }) features?: NewCustomerFeatures,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('method', () => NewCustomerMethod, {
      nullable: true,
      description: 'default SEGMENT_POPULARITY (chosen by the first-order evaluation)',
    })
    method?: NewCustomerMethod,
  ) {
    if (!segment === !features) throw badInput('give exactly one of "segment" and "features"', segment ? 'features' : 'segment');
    try {
      return await recommendForNewCustomer(ctx, { segment, features: features ? { ...features } : null }, listSize(first, 10), method);
    } catch (e) {
      if (e instanceof NewCustomerInputError) throw badInput(e.message, e.argument);
      throw e;
    }
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'the neighbour (NEIGHBOUR reasons)' })
  customer(@Root() r: ReasonModel, @Ctx() ctx: ApiContext) {
    if (r.kind !== 'NEIGHBOUR') return null;
    return ctx.loaders.customers.customer.load(r.id);
  }

  @FieldResolver(() => Product, { nullable: true, description: 'the similar product bought (SIMILAR_ITEM reasons)' })
  product(@Root() r: ReasonModel, @Ctx() ctx: ApiContext) {
    if (r.kind !== 'SIMILAR_ITEM') return null;
    return ctx.loaders.products.product.load(r.id);
  }

  @FieldResolver(() => Rule, { nullable: true, description: 'the rule (RULE reasons)' })
  rule(@Root() r: ReasonModel, @Ctx() ctx: ApiContext) {
    return r.kind === 'RULE' ? ctx.loaders.rules.rule.load(r.id) : null;
  }

  @FieldResolver(() => Segment, { nullable: true, description: 'the segment it is popular in (SEGMENT reasons)' })
  segment(@Root() r: ReasonModel, @Ctx() ctx: ApiContext) {
    if (r.kind !== 'SEGMENT') return null;
    return ctx.loaders.segments.segment(r.id);
  }
}
