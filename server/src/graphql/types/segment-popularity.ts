import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Segment } from './segment.js';

@ObjectType({ description: 'how many customers of a segment bought a product' })
export class SegmentPopularity {
  @Field(() => Segment) segment!: Segment;
  @Field(() => Int) buyers!: number;
  @Field(() => Float, { description: 'buyers / segment size' }) share!: number;
}
