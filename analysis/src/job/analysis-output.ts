/** Everything one analysis run computes, ready to be written to the graph. */
import type { PurchaseDataset } from '../dataset.js';
import type { CustomerFeatures } from '../algorithms/customer-features.js';
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import type { SegmentationResult } from './compute-segments.js';
import type { RecommendationColumns } from './recommendation-columns.js';

export interface RuleRecord {
  /** "global" or a segment id. */
  scope: string;
  antecedent: string[];
  consequent: string[];
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  conviction: number | null;
  count: number;
}

export interface AnalysisOutput {
  runId: string;
  dataset: PurchaseDataset;
  features: CustomerFeatures;
  segmentation: SegmentationResult;
  similarCustomers: TopKNeighbours;
  alsoBought: TopKNeighbours;
  rules: RuleRecord[];
  defaultModel: string;
  recommendations: RecommendationColumns;
}

/**
 * What the publish step takes: the recommendations may still be on their way
 * from the second thread (compute-in-two-threads.ts); they are written last.
 */
export type PublishableOutput = Omit<AnalysisOutput, 'recommendations'> & {
  recommendations: RecommendationColumns | Promise<RecommendationColumns>;
};

export const ruleId = (r: Pick<RuleRecord, 'scope' | 'antecedent' | 'consequent'>) =>
  `${r.scope}:${r.antecedent.join('+')}=>${r.consequent.join('+')}`;
