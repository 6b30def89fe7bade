/** `rules`, `rule(id)` and the products and segment of a Rule. */
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { PageArgs } from './args.js';
import { Rule } from '../types/rule.js';
import { Product } from '../types/product.js';
import { Segment } from '../types/segment.js';
import { RuleConnection } from '../types/connections.js';
import { RuleFilter, RuleSort } from '../types/filters.js';
import { pageRequest } from '../pagination.js';
import { rulePage } from '../data/rule-page.js';
import type { ProductModel, RuleModel } from '../data/models.js';

const products = async (ctx: ApiContext, ids: string[]) =>
  (await ctx.loaders.products.product.loadMany(ids)).filter((p): p is ProductModel => !!p && !(p instanceof Error));

@Resolver(() => Rule)
export class RuleResolver {
  @Query(() => RuleConnection, { description: 'association rules matching the filter; default order: lift, highest first' })
  rules(
    @Ctx() ctx: ApiContext,
    @Arg('filter', () => RuleFilter, { nullable: true }) filter: RuleFilter | undefined,
    @Arg('sort', () => RuleSort, { nullable: true }) sort: RuleSort | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return rulePage(ctx.store, filter, sort, pageRequest(first, after));
  }

  @Query(() => Rule, { nullable: true })
  rule(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext) {
    return ctx.loaders.rules.rule.load(id);
  }

  @FieldResolver(() => [Product], { name: 'if', description: 'the antecedent X' })
  antecedent(@Root() r: RuleModel, @Ctx() ctx: ApiContext) {
    return products(ctx, r.antecedent);
  }

  @FieldResolver(() => [Product], { name: 'then', description: 'the consequent Y' })
  consequent(@Root() r: RuleModel, @Ctx() ctx: ApiContext) {
    return products(ctx, r.consequent);
  }

  @FieldResolver(() => Segment, { nullable: true, description: 'the segment it was mined in; null for global rules' })
  segment(@Root() r: RuleModel, @Ctx() ctx: ApiContext) {
    return r.scope === 'global' ? null : ctx.loaders.segments.segment(r.scope);
  }
}
