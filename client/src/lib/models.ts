/** What each recommendation model does, for labels and the evaluation page. */
export interface ModelInfo {
  label: string;
  summary: string;
}

export const MODEL_INFO: Record<string, ModelInfo> = {
  default: {
    label: 'Default model',
    summary:
      'DLAE, the denoising form of EASE, over the 1,500 most bought products, on purchases weighted by recency (half-life 120 days): tuned on earlier folds, chosen on the time split, precomputed by the analysis run.',
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
  { value: 'DEFAULT', label: 'Default', hint: 'precomputed' },
  { value: 'POPULARITY', label: 'Popularity', hint: 'most buyers overall' },
  { value: 'SEGMENT_POPULARITY', label: 'In segment', hint: 'most buyers in the customer’s segment' },
  { value: 'USER_KNN', label: 'User-kNN', hint: 'nearest customers' },
  { value: 'ITEM_KNN', label: 'Item-kNN', hint: 'similar products' },
  { value: 'EASE', label: 'EASE', hint: 'fitted on first use: ≈ 7 s' },
  { value: 'RP3BETA', label: 'RP3beta', hint: 'fitted on first use: ≈ 2 s' },
] as const;

export type CustomerModel = (typeof CUSTOMER_MODELS)[number]['value'];

export const isCustomerModel = (v: unknown): v is CustomerModel => CUSTOMER_MODELS.some((m) => m.value === v);
