import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'node and relationship counts of the graph' })
export class Stats {
  @Field(() => Int, { description: 'customers with at least one purchase line (as the import funnel counts them)' }) customers!: number;
  @Field(() => Int, { description: 'customers with only returns in the data (CustomerStatus.RETURNS_ONLY), not in `customers`' })
  returnsOnlyCustomers!: number;
  @Field(() => Int) products!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Int) purchaseLines!: number;
  @Field(() => Int) returnLines!: number;
  @Field(() => Int) imports!: number;
  @Field(() => Int) segments!: number;
  @Field(() => Int) rules!: number;
  @Field(() => Int, { description: 'SIMILAR edges (customer neighbours)' }) similar!: number;
  @Field(() => Int, { description: 'RECOMMENDED edges' }) recommended!: number;
}
