import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType()
export class SegmentShares {
  @Field(() => Float, { description: 'share of all customers' }) customers!: number;
  @Field(() => Float, { description: 'share of all revenue' }) revenue!: number;
}

@ObjectType()
export class SegmentMetrics {
  @Field(() => Float) revenue!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Float) meanRecency!: number;
  @Field(() => Float) meanFrequency!: number;
  @Field(() => Float) meanMonetary!: number;
  @Field(() => Float) avgSalesPerCustomer!: number;
  @Field(() => Float) avgSalesPerOrder!: number;
  @Field(() => Float) ordersPerCustomer!: number;
  @Field(() => Float, { nullable: true, description: 'mean silhouette of its members' }) silhouette!: number | null;
}

@ObjectType({ description: 'one coordinate of a segment centroid' })
export class CentroidValue {
  @Field(() => String) feature!: string;
  @Field(() => Float, { description: 'in the feature’s own units' }) raw!: number;
  @Field(() => Float, { description: 'in z-score units' }) scaled!: number;
}

@ObjectType({ description: 'recency, frequency and (net) monetary of a typical customer' })
export class RfmValues {
  @Field(() => Float, { description: 'days since the last purchase' }) recency!: number;
  @Field(() => Float, { description: 'purchase orders' }) frequency!: number;
  @Field(() => Float, { description: 'net spend' }) monetary!: number;
}

@ObjectType({ description: 'how the segment got its name: its median customer against all customers’ median' })
export class SegmentNaming {
  @Field(() => String, {
    description: 'the rule with the numbers it compared, e.g. "… recent — median recency 9 days < 0.75 × 51 days = 38.3 days; …"',
  })
  rule!: string;
  @Field(() => RfmValues, { description: 'the medians of the segment’s members' }) median!: RfmValues;
  @Field(() => RfmValues, { description: 'the medians of all customers: the reference of the name, the description and the segment page' })
  reference!: RfmValues;
}

@ObjectType({ description: 'a K-Means customer segment of the last completed analysis run' })
export class Segment {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'id of the analysis run that wrote it' }) runId!: string;
  @Field(() => Int, { description: '0 for the highest mean monetary' }) rank!: number;
  @Field(() => String, { description: 'decided on its median customer against all customers’ median (see naming)' }) name!: string;
  @Field(() => String, { description: 'one sentence on its median customer' }) description!: string;
  @Field(() => SegmentNaming, {
    nullable: true,
    description: 'the rule that produced the name; null for runs written before it was recorded',
  })
  naming!: SegmentNaming | null;
  @Field(() => Int, { description: 'customers' }) size!: number;
  @Field(() => SegmentShares) shares!: SegmentShares;
  @Field(() => SegmentMetrics) metrics!: SegmentMetrics;
}
