/** Basket builder: recommendations for a set of products. */
import { graphql } from './graphql';
import { RECOMMENDATION } from './fragments';

export const BasketRecommendationsQuery = graphql(
  `
    query BasketRecommendations($productIds: [ID!]!, $first: Int) {
      recommendForBasket(productIds: $productIds, first: $first) {
        ...RecommendationFields
      }
    }
  `,
  [RECOMMENDATION],
);
