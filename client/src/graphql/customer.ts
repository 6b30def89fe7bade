/** Customer page documents. */
import { graphql, type ResultOf } from './graphql';
import { PRODUCT_REF, RECOMMENDATION, RULE_ROW, SEGMENT_REF, NEXT_PAGE } from './fragments';

export const CustomerQuery = graphql(
  `
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
  `,
  [SEGMENT_REF, PRODUCT_REF, RULE_ROW],
);

export type CustomerDetail = NonNullable<ResultOf<typeof CustomerQuery>['customer']>;
export type CustomerFeatures = NonNullable<CustomerDetail['features']>;
export type NeighbourRow = CustomerDetail['neighbours'][number];
export type SharedPurchase = NeighbourRow['sharedPurchases'][number];

export const CustomerOrdersQuery = graphql(
  `
    query CustomerOrders($id: ID!, $first: Int, $after: String) {
      customer(id: $id) {
        id
        orders(first: $first, after: $after) {
          totalCount
          pageInfo {
            ...NextPage
          }
          edges {
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
  `,
  [PRODUCT_REF, NEXT_PAGE],
);

export type OrderRow = NonNullable<ResultOf<typeof CustomerOrdersQuery>['customer']>['orders']['edges'][number]['node'];

export const CustomerRecommendationsQuery = graphql(
  `
    query CustomerRecommendations($id: ID!, $model: RecommendationModel, $first: Int) {
      customer(id: $id) {
        id
        recommendations(model: $model, first: $first) {
          ...RecommendationFields
        }
      }
    }
  `,
  [RECOMMENDATION],
);
