import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'a customer’s point in the 2-D projection (PCA of the clustering input), with its segment' })
export class CustomerPoint {
  @Field(() => ID) id!: string;
  @Field(() => Float) x!: number;
  @Field(() => Float) y!: number;
  @Field(() => ID, { nullable: true, description: 'segment id (see `segments`)' }) segment!: string | null;
}
