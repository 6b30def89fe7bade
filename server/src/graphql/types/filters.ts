/** Typed filter and sort inputs of the connections. */
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MODEL_NAMES } from '@basketgraph/analysis';
import {
  ClusteringFeatures,
  CustomerSortField,
  CustomerStatus,
  ProductSortField,
  RuleScope,
  RuleSortField,
  SortDirection,
} from './enums.js';

@InputType({ description: 'an inclusive range; leave out a bound for an open range' })
export class FloatRange {
  @Field(() => Float, { nullable: true }) min?: number | null;
  @Field(() => Float, { nullable: true }) max?: number | null;
}

@InputType()
export class CustomerFilter {
  @Field(() => ID, { nullable: true, description: 'segment id, e.g. "S0"' }) segment?: string | null;
  @Field(() => String, { nullable: true }) country?: string | null;
  @Field(() => String, { nullable: true, description: 'customer ids starting with this text' }) idPrefix?: string | null;
  @Field(() => CustomerStatus, {
    nullable: true,
    defaultValue: CustomerStatus.BUYER,
    description:
      'BUYER (the default, also without a filter) lists the customers the counts count; RETURNS_ONLY the others; null every Customer node',
  })
  status?: CustomerStatus | null;
  @Field(() => FloatRange, { nullable: true, description: 'days since the last purchase' }) recency?: FloatRange | null;
  @Field(() => FloatRange, { nullable: true, description: 'purchase orders' }) frequency?: FloatRange | null;
  @Field(() => FloatRange, { nullable: true, description: 'net amount spent (after matched returns)' }) monetary?: FloatRange | null;
  @Field(() => FloatRange, { nullable: true }) avgOrderValue?: FloatRange | null;
  @Field(() => FloatRange, { nullable: true }) distinctProducts?: FloatRange | null;
  @Field(() => FloatRange, { nullable: true }) returnRate?: FloatRange | null;
  @Field(() => FloatRange, { nullable: true, description: 'days since the first purchase' }) tenure?: FloatRange | null;
}

@InputType()
export class CustomerSort {
  @Field(() => CustomerSortField) field!: CustomerSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true, description: 'words in the description (case-insensitive), or an exact product id' })
  search?: string | null;
  @Field(() => String, { nullable: true, description: 'product type (Shopify exports)' }) type?: string | null;
}

@InputType()
export class ProductSort {
  @Field(() => ProductSortField) field!: ProductSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

@InputType()
export class RuleFilter {
  @Field(() => ID, { nullable: true, description: 'rules mined within this segment' }) segment?: string | null;
  @Field(() => RuleScope, { nullable: true }) scope?: RuleScope | null;
  @Field(() => ID, { nullable: true, description: 'the product is on either side' }) product?: string | null;
  @Field(() => ID, { nullable: true, description: 'the product is in the antecedent (IF)' }) ifProduct?: string | null;
  @Field(() => ID, { nullable: true, description: 'the product is in the consequent (THEN)' }) thenProduct?: string | null;
  @Field(() => Float, { nullable: true }) minLift?: number | null;
  @Field(() => Float, { nullable: true }) minConfidence?: number | null;
  @Field(() => Float, { nullable: true }) minSupport?: number | null;
}

@InputType()
export class RuleSort {
  @Field(() => RuleSortField) field!: RuleSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction!: SortDirection;
}

@InputType({ description: 'what is known of a new customer; any subset of the clustering features' })
export class NewCustomerFeatures {
  @Field(() => Float, { nullable: true }) recency?: number | null;
  @Field(() => Float, { nullable: true }) frequency?: number | null;
  @Field(() => Float, { nullable: true }) monetary?: number | null;
  @Field(() => Float, { nullable: true }) avgOrderValue?: number | null;
  @Field(() => Float, { nullable: true }) avgItemsPerOrder?: number | null;
  @Field(() => Float, { nullable: true }) distinctProducts?: number | null;
  @Field(() => Float, { nullable: true }) returnRate?: number | null;
  @Field(() => Float, { nullable: true }) tenure?: number | null;
  @Field(() => Float, { nullable: true }) typeDiversity?: number | null;
}

@InputType({ description: 'parameters of an analysis run; leave out any to use the job’s default' })
export class AnalysisParamsInput {
  @Field(() => Int, { nullable: true, description: 'number of segments (2…20; default 4)' }) k?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'choose k by silhouette over k = 2…10 (overrides k)' }) autoK?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'random seed: same input and seed give the same graph' }) seed?: number | null;
  @Field(() => ClusteringFeatures, { nullable: true }) features?: ClusteringFeatures | null;
  @Field(() => Float, { nullable: true, description: 'FP-Growth minimum support (fraction of orders)' }) minSupport?: number | null;
  @Field(() => Float, { nullable: true }) minConfidence?: number | null;
  @Field(() => Int, { nullable: true, description: 'largest itemset size' }) maxLen?: number | null;
  @Field(() => Int, { nullable: true, description: 'SIMILAR edges per customer' }) neighbours?: number | null;
  @Field(() => Int, { nullable: true, description: 'RECOMMENDED edges per customer' }) recommendations?: number | null;
  @Field(() => String, {
    nullable: true,
    description: `model to precompute: ${MODEL_NAMES.join(', ')} (default: default, the evaluated best)`,
  })
  model?: string | null;
}
