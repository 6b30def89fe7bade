import { CustomerResolver } from './customer-resolver.js';
import { CustomerPropertiesResolver } from './customer-properties-resolver.js';
import { SegmentResolver } from './segment-resolver.js';
import { ProductResolver } from './product-resolver.js';
import { RuleResolver } from './rule-resolver.js';
import { OrderResolver } from './order-resolver.js';
import { RecommendationResolver } from './recommendation-resolver.js';
import { RecommendationReasonsResolver } from './recommendation-reasons-resolver.js';
import { AnalysisResolver } from './analysis-resolver.js';
import { EvaluationResolver } from './evaluation-resolver.js';
import { ImportResolver } from './import-resolver.js';
import { StatsResolver } from './stats-resolver.js';
import { CypherResolver } from './cypher-resolver.js';
import { NeighbourResolver } from './neighbour-resolver.js';
import { ProjectionResolver } from './projection-resolver.js';
import { ExperimentResolver } from './experiment-resolver.js';

export const RESOLVERS = [
  CustomerResolver,
  CustomerPropertiesResolver,
  SegmentResolver,
  ProductResolver,
  RuleResolver,
  OrderResolver,
  RecommendationResolver,
  RecommendationReasonsResolver,
  AnalysisResolver,
  EvaluationResolver,
  ImportResolver,
  StatsResolver,
  CypherResolver,
  NeighbourResolver,
  ProjectionResolver,
  ExperimentResolver,
] as const;
