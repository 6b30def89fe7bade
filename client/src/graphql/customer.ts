/** Customer page documents. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';
import { PRODUCT_REF, RECOMMENDATION, RULE_ROW, SEGMENT_REF } from './fragments';
import type { CentroidValue, Connection, CustomerFeatures, CustomerStatus, ProductRef, Recommendation, RuleRow, SegmentRef } from './types';

export interface PurchasedProduct {
  orders: number;
  quantity: number;
  spent: number;
  product: ProductRef;
}

export interface SharedPurchase {
  product: ProductRef;
  quantity: number;
  neighbourQuantity: number;
}

export interface NeighbourRow {
  score: number;
  rank: number;
  sharedProducts: number;
  sameSegment: boolean | null;
  customer: { id: string; country: string | null; segment: SegmentRef | null };
  sharedPurchases: SharedPurchase[];
}

export interface CustomerDetail {
  id: string;
  country: string | null;
  status: CustomerStatus;
  features: CustomerFeatures | null;
  segmentDistance: number | null;
  segment: (SegmentRef & { size: number; centroid: CentroidValue[] }) | null;
  lastOrder: { id: string; date: string } | null;
  products: PurchasedProduct[];
  neighbours: NeighbourRow[];
  rules: RuleRow[];
}

export const CustomerQuery: TypedDocumentNode<{ customer: CustomerDetail | null }, { id: string }> = gql`
  query Customer($id: ID!) {
    customer(id: $id) {
      id
      country
      status
      features {
        recency
        frequency
        monetary
        grossMonetary
        avgOrderValue
        grossAvgOrderValue
        avgItemsPerOrder
        distinctProducts
        returnRate
        tenure
        typeDiversity
      }
      segmentDistance
      segment {
        ...SegmentRef
        size
        centroid {
          feature
          raw
          scaled
        }
      }
      lastOrder {
        id
        date
      }
      products(first: 100) {
        orders
        quantity
        spent
        product {
          ...ProductRef
        }
      }
      neighbours(first: 12) {
        score
        rank
        sharedProducts
        sameSegment
        customer {
          id
          country
          segment {
            ...SegmentRef
          }
        }
        sharedPurchases(first: 10) {
          product {
            ...ProductRef
          }
          quantity
          neighbourQuantity
        }
      }
      rules(first: 5) {
        ...RuleRow
      }
    }
  }
  ${SEGMENT_REF}
  ${PRODUCT_REF}
  ${RULE_ROW}
`;

export interface OrderRow {
  id: string;
  kind: 'PURCHASE' | 'RETURN';
  date: string;
  total: number;
  itemCount: number;
  lineCount: number;
  lines: { quantity: number; lineTotal: number; product: ProductRef }[];
  returns: { quantity: number; amount: number; product: ProductRef }[];
}

export const CustomerOrdersQuery: TypedDocumentNode<
  { customer: { id: string; orders: Connection<OrderRow> } | null },
  { id: string; first: number; after: string | null }
> = gql`
  query CustomerOrders($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      id
      orders(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            kind
            date
            total
            itemCount
            lineCount
            lines {
              quantity
              lineTotal
              product {
                ...ProductRef
              }
            }
            returns {
              quantity
              amount
              product {
                ...ProductRef
              }
            }
          }
        }
      }
    }
  }
  ${PRODUCT_REF}
`;

export const CustomerRecommendationsQuery: TypedDocumentNode<
  { customer: { id: string; recommendations: Recommendation[] } | null },
  { id: string; model: string; first: number }
> = gql`
  query CustomerRecommendations($id: ID!, $model: RecommendationModel, $first: Int) {
    customer(id: $id) {
      id
      recommendations(model: $model, first: $first) {
        ...RecommendationFields
      }
    }
  }
  ${RECOMMENDATION}
`;
