/** Segment page documents. */
import { graphql, type ResultOf, type VariablesOf } from './graphql';
import { PRODUCT_REF, RECOMMENDATION, SEGMENT_REF, SEGMENT_SUMMARY, NEXT_PAGE } from './fragments';

export const SegmentQuery = graphql(
  `
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
  `,
  [SEGMENT_SUMMARY, PRODUCT_REF, RECOMMENDATION],
);

export type SegmentData = ResultOf<typeof SegmentQuery>;
export type SegmentDetail = NonNullable<SegmentData['segment']>;

export const CustomersPageQuery = graphql(
  `
    query CustomersPage($first: Int, $after: String, $sort: CustomerSort, $filter: CustomerFilter) {
      customers(first: $first, after: $after, sort: $sort, filter: $filter) {
        totalCount
        pageInfo {
          ...NextPage
        }
        edges {
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
  `,
  [SEGMENT_REF, NEXT_PAGE],
);

export type CustomerRow = ResultOf<typeof CustomersPageQuery>['customers']['edges'][number]['node'];
export type CustomersPageVars = VariablesOf<typeof CustomersPageQuery>;
