/** Fragments shared by several documents, and the shapes they select. */
import { graphql, type ResultOf } from './graphql';

export const PRODUCT_REF = graphql(`
  fragment ProductRef on Product {
    id
    description
  }
`);

/** What a pager needs of a connection's page: whether there is a next one, and where it starts. */
export const NEXT_PAGE = graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);
export type NextPage = ResultOf<typeof NEXT_PAGE>;

export const SEGMENT_REF = graphql(`
  fragment SegmentRef on Segment {
    id
    name
    rank
  }
`);

export const SEGMENT_SUMMARY = graphql(
  `
    fragment SegmentSummary on Segment {
      ...SegmentRef
      description
      naming {
        rule
        median {
          recency
          frequency
          monetary
        }
        reference {
          recency
          frequency
          monetary
        }
      }
      size
      shares {
        customers
        revenue
      }
      metrics {
        revenue
        orders
        meanRecency
        meanFrequency
        meanMonetary
        avgSalesPerCustomer
        avgSalesPerOrder
        ordersPerCustomer
        silhouette
      }
    }
  `,
  [SEGMENT_REF],
);

/** A rule's two sides: the products it starts from (if) and the ones it suggests (then). */
export const RULE_SIDES = graphql(
  `
    fragment RuleSides on Rule {
      if {
        ...ProductRef
      }
      then {
        ...ProductRef
      }
    }
  `,
  [PRODUCT_REF],
);

export const RULE_ROW = graphql(
  `
    fragment RuleRow on Rule {
      id
      scope
      support
      confidence
      lift
      leverage
      conviction
      count
      ...RuleSides
      segment {
        ...SegmentRef
      }
    }
  `,
  [RULE_SIDES, SEGMENT_REF],
);

export const RECOMMENDATION = graphql(
  `
    fragment RecommendationFields on Recommendation {
      score
      rank
      model
      product {
        ...ProductRef
      }
      reasons {
        kind
        id
        weight
        customer {
          id
        }
        product {
          ...ProductRef
        }
        rule {
          id
          lift
          confidence
          ...RuleSides
        }
        segment {
          ...SegmentRef
        }
      }
    }
  `,
  [PRODUCT_REF, RULE_SIDES, SEGMENT_REF],
);

export type ProductRef = ResultOf<typeof PRODUCT_REF>;
export type SegmentRef = ResultOf<typeof SEGMENT_REF>;
export type SegmentSummary = ResultOf<typeof SEGMENT_SUMMARY>;
export type SegmentMetrics = SegmentSummary['metrics'];
export type RuleRow = ResultOf<typeof RULE_ROW>;
export type Recommendation = ResultOf<typeof RECOMMENDATION>;
export type Reason = Recommendation['reasons'][number];
