/** Product page and product search documents. */
import { graphql, type ResultOf } from './graphql';
import { PRODUCT_REF, RULE_ROW, SEGMENT_REF, NEXT_PAGE } from './fragments';

export const ProductQuery = graphql(
  `
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
  `,
  [PRODUCT_REF, SEGMENT_REF, RULE_ROW],
);

export type ProductDetail = NonNullable<ResultOf<typeof ProductQuery>['product']>;

export const ProductSearchQuery = graphql(
  `
    query ProductSearch($search: String, $first: Int, $after: String) {
      products(first: $first, after: $after, filter: { search: $search }, sort: { field: BUYERS, direction: DESC }) {
        totalCount
        pageInfo {
          ...NextPage
        }
        edges {
          node {
            ...ProductRef
            buyers
            units
            revenue
          }
        }
      }
    }
  `,
  [PRODUCT_REF, NEXT_PAGE],
);

export type ProductHit = ResultOf<typeof ProductSearchQuery>['products']['edges'][number]['node'];
