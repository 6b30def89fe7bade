import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'offline metrics of one recommender at the evaluation’s cutoff and list length' })
export class ModelMetrics {
  @Field(() => String) name!: string;
  @Field(() => Float, { nullable: true }) precision!: number | null;
  @Field(() => Float, { nullable: true }) recall!: number | null;
  @Field(() => Float, { nullable: true }) ndcg!: number | null;
  @Field(() => Float, { nullable: true }) hitRate!: number | null;
  @Field(() => Float, { nullable: true }) map!: number | null;
  @Field(() => Float, { nullable: true }) coverage!: number | null;
}

@ObjectType({ description: 'an offline evaluation of the recommenders on a time split' })
export class Evaluation {
  @Field(() => ID) id!: string;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { description: 'train before this date, test on and after it' }) cutoff!: string;
  @Field(() => Int, { description: 'list length k' }) top!: number;
  @Field(() => Int, { description: 'users evaluated' }) users!: number;
  @Field(() => String, { nullable: true }) defaultModel!: string | null;
  @Field(() => [ModelMetrics]) models!: ModelMetrics[];
}
