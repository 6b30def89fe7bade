import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'a customer’s features from the last analysis run' })
export class CustomerFeatures {
  @Field(() => Int, { nullable: true, description: 'days from the last purchase to the day after the last date in the data' }) recency!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'distinct purchase orders' }) frequency!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'net spend: purchase line totals minus the refunds of returns that match a purchase (same product; units capped at those bought)',
  })
  monetary!: number | null;
  @Field(() => Float, { nullable: true, description: 'gross spend: purchase line totals before returns' }) grossMonetary!: number | null;
  @Field(() => Float, { nullable: true, description: 'net average order value: monetary / frequency' }) avgOrderValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'grossMonetary / frequency' }) grossAvgOrderValue!: number | null;
  @Field(() => Float, { nullable: true }) avgItemsPerOrder!: number | null;
  @Field(() => Int, { nullable: true }) distinctProducts!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'share of gross spend refunded by matched returns (1 = everything returned): monetary = grossMonetary × (1 − returnRate)',
  })
  returnRate!: number | null;
  @Field(() => Int, { nullable: true, description: 'days from the first purchase to the day after the last date in the data' }) tenure!:
    number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'share of the catalogue’s product types bought; null when the export has no product types (UCI Online Retail has none)',
  })
  typeDiversity!: number | null;
}

@ObjectType({ description: 'a point of the 2-D PCA projection of the clustering input' })
export class Point {
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
}

@ObjectType()
export class Customer {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => CustomerFeatures, { nullable: true, description: 'null until the analysis has run' }) features!: CustomerFeatures | null;
  @Field(() => Point, { nullable: true }) projection!: Point | null;
}
