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

@ObjectType({ description: 'a K-Means customer segment of the last completed analysis run' })
export class Segment {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'id of the analysis run that wrote it' }) runId!: string;
  @Field(() => Int, { description: '0 for the highest mean monetary' }) rank!: number;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => Int, { description: 'customers' }) size!: number;
  @Field(() => SegmentShares) shares!: SegmentShares;
  @Field(() => SegmentMetrics) metrics!: SegmentMetrics;
}
