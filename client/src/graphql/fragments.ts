/** Fragments shared by several documents. */
import { gql } from '@urql/vue';

export const PRODUCT_REF = gql`
  fragment ProductRef on Product {
    id
    description
  }
`;

export const SEGMENT_REF = gql`
  fragment SegmentRef on Segment {
    id
    name
    rank
  }
`;

export const SEGMENT_SUMMARY = gql`
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
  ${SEGMENT_REF}
`;

export const RULE_ROW = gql`
  fragment RuleRow on Rule {
    id
    scope
    support
    confidence
    lift
    leverage
    conviction
    count
    if {
      ...ProductRef
    }
    then {
      ...ProductRef
    }
    segment {
      ...SegmentRef
    }
  }
  ${PRODUCT_REF}
  ${SEGMENT_REF}
`;

export const RECOMMENDATION = gql`
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
        if {
          ...ProductRef
        }
        then {
          ...ProductRef
        }
      }
      segment {
        ...SegmentRef
      }
    }
  }
  ${PRODUCT_REF}
  ${SEGMENT_REF}
`;
