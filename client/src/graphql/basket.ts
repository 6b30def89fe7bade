/** Basket builder: recommendations for a set of products. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';
import { RECOMMENDATION } from './fragments';
import type { Recommendation } from './types';

export const BasketRecommendationsQuery: TypedDocumentNode<
  { recommendForBasket: Recommendation[] },
  { productIds: string[]; first: number }
> = gql`
  query BasketRecommendations($productIds: [ID!]!, $first: Int) {
    recommendForBasket(productIds: $productIds, first: $first) {
      ...RecommendationFields
    }
  }
  ${RECOMMENDATION}
`;
