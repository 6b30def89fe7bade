/** What each recommendation model does, for labels and the evaluation page. */
export interface ModelInfo {
  label: string;
  summary: string;
}

export const MODEL_INFO: Record<string, ModelInfo> = {
  default: {
    label: 'Default blend',
    summary:
      'A recency-weighted blend of collaborative models (user-kNN, EASE, RP3beta), tuned offline on a time split and precomputed by the analysis run.',
  },
  popularity: { label: 'Popularity', summary: 'The products with the most distinct buyers overall.' },
  'segment-popularity': { label: 'Segment popularity', summary: 'The most bought products within the customer’s segment.' },
  'user-knn': { label: 'User-kNN', summary: 'Products of the most similar customers (SIMILAR edges).' },
  'item-knn': { label: 'Item-kNN', summary: 'Products similar to what the customer bought (ALSO_BOUGHT edges).' },
  ease: { label: 'EASE', summary: 'A linear item-item model fitted in closed form (shrinkage λ).' },
  rp3beta: { label: 'RP3beta', summary: 'Random walks customer → product → customer → product, popularity-damped.' },
  basket: { label: 'Basket', summary: 'Similar items and rules fired by the products in the basket.' },
};

export const modelLabel = (name: string | null | undefined): string => (name ? (MODEL_INFO[name]?.label ?? name) : '–');

/** The models the API computes for a customer (GraphQL enum RecommendationModel). */
export const CUSTOMER_MODELS = [
  { value: 'DEFAULT', label: 'Default', hint: 'precomputed blend' },
  { value: 'POPULARITY', label: 'Popularity', hint: 'most buyers overall' },
  { value: 'SEGMENT_POPULARITY', label: 'Segment popularity', hint: 'most buyers in the segment' },
  { value: 'USER_KNN', label: 'User-kNN', hint: 'nearest customers' },
  { value: 'ITEM_KNN', label: 'Item-kNN', hint: 'similar products' },
] as const;

export type CustomerModel = (typeof CUSTOMER_MODELS)[number]['value'];

export const isCustomerModel = (v: unknown): v is CustomerModel => CUSTOMER_MODELS.some((m) => m.value === v);
