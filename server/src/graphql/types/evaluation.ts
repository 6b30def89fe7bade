import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'offline metrics of one recommender at the evaluation’s cutoff and list length' })
export class ModelMetrics {
  @Field(() => String) name!: string;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'what the name stood for in this evaluation (hyperparameters; for `default`, its half-life and components)',
  })
  settings!: unknown;
  @Field(() => Float, { nullable: true }) precision!: number | null;
  @Field(() => Float, { nullable: true }) recall!: number | null;
  @Field(() => Float, { nullable: true }) ndcg!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'standard error of ndcg over the evaluated customers (95 % interval ≈ ndcg ± 1.96 × this)',
  })
  ndcgStdError!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'ndcg minus the default model’s, on the same customers (null for the default itself)',
  })
  ndcgVsDefault!: number | null;
  @Field(() => Float, { nullable: true, description: 'standard error of ndcgVsDefault, paired by customer' })
  ndcgVsDefaultStdError!: number | null;
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
