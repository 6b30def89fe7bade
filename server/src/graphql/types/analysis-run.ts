import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { RunStatus } from './enums.js';

@ObjectType()
export class StageTiming {
  @Field(() => String) stage!: string;
  @Field(() => Float) ms!: number;
}

@ObjectType({ description: 'clustering quality for one k of the k sweep' })
export class KSweepPoint {
  @Field(() => Int) k!: number;
  @Field(() => Float, { nullable: true }) inertia!: number | null;
  @Field(() => Float, { nullable: true }) silhouette!: number | null;
  @Field(() => Float, { nullable: true }) daviesBouldin!: number | null;
}

@ObjectType({ description: 'one run of the analysis job' })
export class AnalysisRun {
  @Field(() => ID) id!: string;
  @Field(() => RunStatus) status!: RunStatus;
  @Field(() => GraphQLJSON, { nullable: true }) params!: unknown;
  @Field(() => String) startedAt!: string;
  @Field(() => String, { nullable: true }) finishedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'current or last stage' }) stage!: string | null;
  @Field(() => Float, { nullable: true, description: '0…1 while this server runs it' }) progress!: number | null;
  @Field(() => [StageTiming]) timings!: StageTiming[];
  @Field(() => [KSweepPoint], { description: 'empty unless k was chosen automatically' }) kSweep!: KSweepPoint[];
  @Field(() => Int, { nullable: true, description: 'number of segments' }) k!: number | null;
  @Field(() => [String], { description: 'clustering features, in centroid order' }) featureNames!: string[];
  @Field(() => String, { nullable: true, description: 'model written as the precomputed recommendations' }) defaultModel!: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'what defaultModel stood for in this run: its hyperparameters; for `default`, the recency half-life and the components it blends',
  })
  modelSettings!: unknown;
  @Field(() => String, { nullable: true }) error!: string | null;
}
