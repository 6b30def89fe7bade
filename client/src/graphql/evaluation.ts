/** Evaluation page. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';

export interface ModelMetrics {
  name: string;
  /** What the name stood for in that evaluation (JSON object; null for evaluations stored before it was recorded). */
  settings: Record<string, unknown> | null;
  precision: number | null;
  recall: number | null;
  ndcg: number | null;
  /** Standard error of ndcg over the evaluated customers. */
  ndcgStdError: number | null;
  /** ndcg − the default model's, and its paired standard error (null for the default). */
  ndcgVsDefault: number | null;
  ndcgVsDefaultStdError: number | null;
  hitRate: number | null;
  map: number | null;
  coverage: number | null;
}

export interface EvaluationData {
  evaluation: {
    id: string;
    createdAt: string;
    cutoff: string;
    top: number;
    users: number;
    defaultModel: string | null;
    models: ModelMetrics[];
  } | null;
  latestRun: { id: string; defaultModel: string | null; finishedAt: string | null } | null;
}

export const EvaluationQuery: TypedDocumentNode<EvaluationData, Record<string, never>> = gql`
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
`;
