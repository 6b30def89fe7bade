/**
 * Plain data the resolvers hand to GraphQL: graph rows mapped into the shapes
 * of the schema's object types (see ../types/).
 */
import type { Reason, RuleRecord } from '@basketgraph/analysis';
import type { FunnelRow, ImportReport } from '@basketgraph/seed';

export interface CustomerFeaturesModel {
  recency: number | null;
  frequency: number | null;
  monetary: number | null;
  grossMonetary: number | null;
  avgOrderValue: number | null;
  grossAvgOrderValue: number | null;
  avgItemsPerOrder: number | null;
  distinctProducts: number | null;
  returnRate: number | null;
  tenure: number | null;
  typeDiversity: number | null;
}

export interface CustomerModel {
  id: string;
  country: string | null;
  /** Null until the analysis job has run. */
  features: CustomerFeaturesModel | null;
  projection: { x: number; y: number } | null;
  /** Customer.buyer: has a purchase order with lines (status BUYER); null where the graph has not set it yet. */
  buyer: boolean | null;
}

/** One point of the customers' 2-D projection. */
export interface CustomerPointModel {
  id: string;
  x: number;
  y: number;
  segment: string | null;
}

export interface RfmModel {
  recency: number;
  frequency: number;
  monetary: number;
}

export interface SegmentModel {
  id: string;
  runId: string;
  rank: number;
  name: string;
  description: string;
  naming: { rule: string; median: RfmModel; reference: RfmModel } | null;
  size: number;
  shares: { customers: number; revenue: number };
  metrics: {
    revenue: number;
    orders: number;
    meanRecency: number;
    meanFrequency: number;
    meanMonetary: number;
    avgSalesPerCustomer: number;
    avgSalesPerOrder: number;
    ordersPerCustomer: number;
    silhouette: number | null;
  };
  centroidRaw: number[];
  centroidScaled: number[];
}

/** A customer's segment and distance to its centroid. */
export interface CustomerSegmentModel {
  segment: SegmentModel;
  distance: number | null;
}

export interface ProductModel {
  id: string;
  description: string | null;
  type: string | null;
  variant: string | null;
  sku: string | null;
}

/** A rule as the analysis wrote it (one definition of its measures), with its id and run. */
export interface RuleModel extends RuleRecord {
  id: string;
  runId: string;
}

export interface OrderModel {
  id: string;
  kind: 'PURCHASE' | 'RETURN';
  date: string;
  datetime: string;
  total: number;
  itemCount: number;
  lineCount: number;
}

/** The analysis package's reason kinds (one definition). */
export type ReasonKind = Reason['kind'];

export interface ReasonModel {
  kind: ReasonKind;
  /** Customer id (NEIGHBOUR), product id (SIMILAR_ITEM), rule id (RULE), segment id (SEGMENT), "global" (POPULAR). */
  id: string;
  weight: number;
}

export interface RecommendationModel {
  product: ProductModel;
  score: number;
  rank: number;
  model: string;
  /**
   * Absent when the recommendation was read from the customer's CustomerLists row: the Recommendation resolver
   * then reads them from the customer's RECOMMENDED edges (`of`) when a client asks.
   */
  reasons?: ReasonModel[];
  /** The customer it was precomputed for (set when `reasons` is absent). */
  of?: string;
  /** The experiment variant it was served for (recommendations(experiment:) only). */
  variant?: string | null;
}

/**
 * A customer given by id alone (a neighbour read from a CustomerLists row): the Customer resolvers load its
 * properties when a client asks for them (customer-properties-resolver.ts).
 */
export interface CustomerRef {
  id: string;
  byReference: true;
}

export const isCustomerRef = (c: CustomerModel | CustomerRef): c is CustomerRef => 'byReference' in c;

export interface NeighbourModel {
  /** The customer whose neighbour this is. */
  of: string;
  customer: CustomerModel | CustomerRef;
  score: number;
  rank: number;
  sharedProducts: number;
  sameSegment: boolean | null;
}

export type RunStatus = 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface AnalysisRunModel {
  id: string;
  status: RunStatus;
  params: unknown;
  startedAt: string;
  finishedAt: string | null;
  stage: string | null;
  /** 0…1 while this server runs it; null for runs read from the graph. */
  progress: number | null;
  timings: { stage: string; ms: number }[];
  kSweep: { k: number; inertia: number | null; silhouette: number | null; daviesBouldin: number | null }[];
  k: number | null;
  featureNames: string[];
  defaultModel: string | null;
  modelSettings: unknown;
  error: string | null;
}

export interface EvaluationModel {
  id: string;
  createdAt: string;
  cutoff: string;
  top: number;
  users: number;
  defaultModel: string | null;
  models: {
    name: string;
    settings: unknown;
    precision: number | null;
    recall: number | null;
    ndcg: number | null;
    ndcgStdError: number | null;
    ndcgVsDefault: number | null;
    ndcgVsDefaultStdError: number | null;
    hitRate: number | null;
    map: number | null;
    coverage: number | null;
  }[];
}

/** The importer's funnel row (one definition). */
export type FunnelStepModel = FunnelRow;

/** An import as stored: the importer's report's counts, with the format and timings as the graph keeps them. */
export interface ImportReportModel
  extends Pick<ImportReport, 'id' | 'file' | 'alreadyImported' | 'rows' | 'lineItems' | 'returnLines' | 'customers' | 'products' | 'orders' | 'funnel'> {
  format: string | null;
  importedAt: string | null;
  readMs: number | null;
  writeMs: number | null;
}
