import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'an association rule IF X THEN Y' })
export class Rule {
  @Field(() => ID) id!: string;
  @Field(() => String) runId!: string;
  @Field(() => String, { description: '"global" or the segment id' }) scope!: string;
  @Field(() => Float) support!: number;
  @Field(() => Float) confidence!: number;
  @Field(() => Float) lift!: number;
  @Field(() => Float) leverage!: number;
  @Field(() => Float, { nullable: true, description: 'null when confidence is 1' }) conviction!: number | null;
  @Field(() => Int, { description: 'orders containing X and Y' }) count!: number;
}
