/** Product page and product search documents. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';
import { PRODUCT_REF, RULE_ROW, SEGMENT_REF } from './fragments';
import type { Connection, ProductRef, RuleRow, SegmentRef } from './types';

export interface ProductDetail extends ProductRef {
  type: string | null;
  variant: string | null;
  buyers: number;
  orders: number;
  units: number;
  revenue: number;
  alsoBought: { score: number; rank: number; product: ProductRef & { buyers: number } }[];
  ifRules: RuleRow[];
  thenRules: RuleRow[];
  popularityBySegment: { buyers: number; share: number; segment: SegmentRef & { size: number } }[];
}

export const ProductQuery: TypedDocumentNode<{ product: ProductDetail | null }, { id: string }> = gql`
  query Product($id: ID!) {
    product(id: $id) {
      ...ProductRef
      type
      variant
      buyers
      orders
      units
      revenue
      alsoBought(first: 12) {
        score
        rank
        product {
          ...ProductRef
          buyers
        }
      }
      ifRules: rules(first: 10, role: IF) {
        ...RuleRow
      }
      thenRules: rules(first: 10, role: THEN) {
        ...RuleRow
      }
      popularityBySegment {
        buyers
        share
        segment {
          ...SegmentRef
          size
        }
      }
    }
  }
  ${PRODUCT_REF}
  ${SEGMENT_REF}
  ${RULE_ROW}
`;

export interface ProductHit extends ProductRef {
  buyers: number;
  units: number;
  revenue: number;
}

export const ProductSearchQuery: TypedDocumentNode<
  { products: Connection<ProductHit> },
  { search: string; first: number; after: string | null }
> = gql`
  query ProductSearch($search: String, $first: Int, $after: String) {
    products(first: $first, after: $after, filter: { search: $search }, sort: { field: BUYERS, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProductRef
          buyers
          units
          revenue
        }
      }
    }
  }
  ${PRODUCT_REF}
`;
