/** Evaluation page. */
import { graphql, type ResultOf } from './graphql';

export const EvaluationQuery = graphql(`
  query Evaluation {
    evaluation {
      id
      createdAt
      cutoff
      top
      users
      defaultModel
      models {
        name
        settings
        precision
        recall
        ndcg
        ndcgStdError
        ndcgVsDefault
        ndcgVsDefaultStdError
        hitRate
        map
        coverage
      }
    }
    latestRun {
      id
      defaultModel
      finishedAt
    }
  }
`);

export type EvaluationData = ResultOf<typeof EvaluationQuery>;
export type ModelMetrics = NonNullable<EvaluationData['evaluation']>['models'][number];
