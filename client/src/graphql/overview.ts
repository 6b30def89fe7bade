/** Overview page: counts, funnel, segments, run (k sweep) and the projection. */
import { graphql, type ResultOf } from './graphql';
import { SEGMENT_REF, SEGMENT_SUMMARY } from './fragments';

export const OverviewQuery = graphql(
  `
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
  `,
  [SEGMENT_SUMMARY],
);

export type OverviewData = ResultOf<typeof OverviewQuery>;
export type Stats = OverviewData['stats'];
export type ImportReport = OverviewData['imports'][number];
export type FunnelStep = ImportReport['funnel'][number];
export type KSweepPoint = NonNullable<OverviewData['latestRun']>['kSweep'][number];

export const ProjectionQuery = graphql(
  `
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
  `,
  [SEGMENT_REF],
);
/** One row of `customerPoints`: the segment is an id (the page joins it with `segments`). */
export type CustomerPointRow = ResultOf<typeof ProjectionQuery>['customerPoints'][number];

/** A projection point joined with its segment (what the scatter plot draws; see lib/use-projection.ts). */
export interface ProjectedCustomer {
  id: string;
  projection: Pick<CustomerPointRow, 'x' | 'y'> | null;
  segment: ResultOf<typeof ProjectionQuery>['segments'][number] | null;
}
