/** Overview page: counts, funnel, segments, run (k sweep) and the projection. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';
import { SEGMENT_REF, SEGMENT_SUMMARY } from './fragments';
import type { SegmentRef, SegmentSummary } from './types';

export interface Stats {
  /** Customers with at least one purchase line (as the funnel counts them). */
  customers: number;
  /** Customers with only returns in the data, counted apart. */
  returnsOnlyCustomers: number;
  products: number;
  orders: number;
  purchaseLines: number;
  returnLines: number;
  imports: number;
  segments: number;
  rules: number;
  similar: number;
  recommended: number;
}

export interface FunnelStep {
  step: string;
  removed: number;
  rows: number;
  customers: number;
  products: number;
  orders: number;
}

export interface ImportReport {
  id: string;
  file: string;
  format: string | null;
  importedAt: string | null;
  funnel: FunnelStep[];
}

export interface KSweepPoint {
  k: number;
  inertia: number | null;
  silhouette: number | null;
}

export interface RunSummary {
  id: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  startedAt: string;
  finishedAt: string | null;
  k: number | null;
  defaultModel: string | null;
  kSweep: KSweepPoint[];
}

export interface OverviewData {
  stats: Stats;
  imports: ImportReport[];
  segments: SegmentSummary[];
  latestRun: RunSummary | null;
}

export const OverviewQuery: TypedDocumentNode<OverviewData, Record<string, never>> = gql`
  query Overview {
    stats {
      customers
      returnsOnlyCustomers
      products
      orders
      purchaseLines
      returnLines
      imports
      segments
      rules
      similar
      recommended
    }
    imports {
      id
      file
      format
      importedAt
      funnel {
        step
        removed
        rows
        customers
        products
        orders
      }
    }
    segments {
      ...SegmentSummary
    }
    latestRun {
      id
      status
      startedAt
      finishedAt
      k
      defaultModel
      kSweep {
        k
        inertia
        silhouette
      }
    }
  }
  ${SEGMENT_SUMMARY}
`;

export interface ProjectedCustomer {
  id: string;
  projection: { x: number; y: number } | null;
  segment: SegmentRef | null;
}

/** One row of `customerPoints`: the segment is an id (the page joins it with `segments`). */
export interface CustomerPointRow {
  id: string;
  x: number;
  y: number;
  segment: string | null;
}

export const ProjectionQuery: TypedDocumentNode<{ customerPoints: CustomerPointRow[]; segments: SegmentRef[] }, Record<string, never>> = gql`
  query Projection {
    customerPoints {
      id
      x
      y
      segment
    }
    segments {
      ...SegmentRef
    }
  }
  ${SEGMENT_REF}
`;