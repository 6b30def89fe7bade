import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ReasonKind } from './enums.js';
import { Product } from './product.js';
import { Customer } from './customer.js';
import { Segment } from './segment.js';

@ObjectType({ description: 'why a product was recommended: a neighbour who bought it, a similar item, a rule or popularity' })
export class Reason {
  @Field(() => ReasonKind) kind!: ReasonKind;
  @Field(() => ID, { description: 'customer id (NEIGHBOUR), product id (SIMILAR_ITEM), rule id (RULE), segment id or "global" (POPULAR)' })
  id!: string;
  @Field(() => Float, { description: 'this reason’s contribution to the score' }) weight!: number;
}

@ObjectType()
export class Recommendation {
  @Field(() => Product) product!: Product;
  @Field(() => Float) score!: number;
  @Field(() => Int, { description: '1 = best' }) rank!: number;
  @Field(() => String, { description: 'model that produced it' }) model!: string;
  // reasons: RecommendationReasonsResolver
  @Field(() => String, {
    nullable: true,
    description: 'the experiment variant the customer is assigned to (recommendations(experiment:) only)',
  })
  variant?: string | null;
}

@ObjectType({ description: 'a product both the customer and a neighbour bought' })
export class SharedPurchase {
  @Field(() => Product) product!: Product;
  @Field(() => Int, { description: 'units the customer bought' }) quantity!: number;
  @Field(() => Int, { description: 'units the neighbour bought' }) neighbourQuantity!: number;
}

@ObjectType()
export class Neighbour {
  @Field(() => Customer) customer!: Customer;
  @Field(() => Float, { description: 'cosine similarity of the products bought' }) score!: number;
  @Field(() => Int) rank!: number;
  @Field(() => Int, { description: 'distinct products both bought' }) sharedProducts!: number;
  @Field(() => Boolean, { nullable: true }) sameSegment!: boolean | null;
}

@ObjectType()
export class NewCustomerRecommendations {
  @Field(() => Segment, { nullable: true, description: 'the segment the recommendations come from' }) segment!: Segment | null;
  @Field(() => [Recommendation]) recommendations!: Recommendation[];
}
