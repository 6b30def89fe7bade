/** Shapes of the API's objects as the explorer asks for them (see server/schema.graphql). */
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}

export interface SegmentRef {
  id: string;
  name: string;
  rank: number;
}

export interface ProductRef {
  id: string;
  description: string | null;
}

export interface SegmentMetrics {
  revenue: number;
  orders: number;
  meanRecency: number;
  meanFrequency: number;
  meanMonetary: number;
  avgSalesPerCustomer: number;
  avgSalesPerOrder: number;
  ordersPerCustomer: number;
  silhouette: number | null;
}

export interface RfmValues {
  recency: number;
  frequency: number;
  monetary: number;
}

/** How a segment got its name: its members' medians against all customers' medians. */
export interface SegmentNaming {
  rule: string;
  median: RfmValues;
  reference: RfmValues;
}

export type CustomerStatus = 'BUYER' | 'RETURNS_ONLY';

export interface SegmentSummary extends SegmentRef {
  description: string;
  /** Null for runs written before names recorded their rule. */
  naming: SegmentNaming | null;
  size: number;
  shares: { customers: number; revenue: number };
  metrics: SegmentMetrics;
}

export interface CentroidValue {
  feature: string;
  raw: number;
  scaled: number;
}

export interface CustomerFeatures {
  recency: number | null;
  frequency: number | null;
  /** Net of matched returns. */
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

export interface RuleRow {
  id: string;
  scope: string;
  support: number;
  confidence: number;
  lift: number;
  leverage: number;
  conviction: number | null;
  count: number;
  if: ProductRef[];
  then: ProductRef[];
  segment: SegmentRef | null;
}

export type ReasonKind = 'NEIGHBOUR' | 'SIMILAR_ITEM' | 'RULE' | 'SEGMENT' | 'POPULAR';

export interface Reason {
  kind: ReasonKind;
  id: string;
  weight: number;
  customer: { id: string } | null;
  product: ProductRef | null;
  rule: { id: string; lift: number; confidence: number; if: ProductRef[]; then: ProductRef[] } | null;
  segment: SegmentRef | null;
}

export interface Recommendation {
  score: number;
  rank: number;
  model: string;
  product: ProductRef;
  reasons: Reason[];
}

export type SortDirection = 'ASC' | 'DESC';
export type RuleSortField = 'LIFT' | 'CONFIDENCE' | 'SUPPORT' | 'LEVERAGE' | 'CONVICTION' | 'COUNT';
export type CustomerSortField = 'ID' | 'RECENCY' | 'FREQUENCY' | 'MONETARY' | 'AVG_ORDER_VALUE' | 'DISTINCT_PRODUCTS' | 'RETURN_RATE' | 'TENURE';

export interface RuleFilter {
  segment?: string;
  scope?: 'GLOBAL' | 'SEGMENT';
  product?: string;
  minLift?: number;
  minConfidence?: number;
  minSupport?: number;
}
