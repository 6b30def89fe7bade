/** Segment page documents. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';
import { PRODUCT_REF, RECOMMENDATION, SEGMENT_REF, SEGMENT_SUMMARY } from './fragments';
import type { CentroidValue, Connection, CustomerFeatures, CustomerSortField, CustomerStatus, ProductRef, Recommendation, SegmentRef, SegmentSummary, SortDirection } from './types';

export interface SegmentDetail extends SegmentSummary {
  centroid: CentroidValue[];
  topProducts: { buyers: number; revenue: number; product: ProductRef }[];
  recommendationsForNewCustomer: Recommendation[];
}

export interface SegmentData {
  segment: SegmentDetail | null;
  segments: SegmentSummary[];
}

export const SegmentQuery: TypedDocumentNode<SegmentData, { id: string }> = gql`
  query Segment($id: ID!) {
    segment(id: $id) {
      ...SegmentSummary
      centroid {
        feature
        raw
        scaled
      }
      topProducts(first: 10) {
        buyers
        revenue
        product {
          ...ProductRef
        }
      }
      recommendationsForNewCustomer(first: 8) {
        ...RecommendationFields
      }
    }
    segments {
      ...SegmentSummary
    }
  }
  ${SEGMENT_SUMMARY}
  ${PRODUCT_REF}
  ${RECOMMENDATION}
`;

export interface CustomerRow {
  id: string;
  country: string | null;
  features: Pick<CustomerFeatures, 'recency' | 'frequency' | 'monetary'> | null;
  segment?: SegmentRef | null;
}

export interface CustomersPageVars {
  first: number;
  after: string | null;
  sort: { field: CustomerSortField; direction: SortDirection };
  /** status: null also lists customers with only returns (an id search finds every customer). */
  filter: { segment?: string; idPrefix?: string; status?: CustomerStatus | null };
}

export const CustomersPageQuery: TypedDocumentNode<{ customers: Connection<CustomerRow> }, CustomersPageVars> = gql`
  query CustomersPage($first: Int, $after: String, $sort: CustomerSort, $filter: CustomerFilter) {
    customers(first: $first, after: $after, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          country
          features {
            recency
            frequency
            monetary
          }
          segment {
            ...SegmentRef
          }
        }
      }
    }
  }
  ${SEGMENT_REF}
`;
