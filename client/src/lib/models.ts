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
  'segment-user-knn': {
    label: 'Segment user-kNN',
    summary: 'Customer-based CF fitted per segment: products of the most similar customers within the customer’s own segment.',
  },
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
  { value: 'SEGMENT_USER_KNN', label: 'Segment user-kNN', hint: 'nearest customers in the same segment; fitted on first use: ≈ 2 s' },
  { value: 'ITEM_KNN', label: 'Item-kNN', hint: 'similar products' },
  { value: 'EASE', label: 'EASE', hint: 'fitted on first use: ≈ 7 s' },
  { value: 'RP3BETA', label: 'RP3beta', hint: 'fitted on first use: ≈ 2 s' },
] as const;

export type CustomerModel = (typeof CUSTOMER_MODELS)[number]['value'];

export const isCustomerModel = (v: unknown): v is CustomerModel => CUSTOMER_MODELS.some((m) => m.value === v);

/**
 * A model's recorded settings in one line, e.g. `halfLifeDays 120; ease: weight 1, lambda 300`:
 * nested objects (the default's components) become `name: key value, …`, separated by semicolons.
 */
export function formatSettings(settings: Record<string, unknown>): string {
  const flat = (o: Record<string, unknown>) =>
    Object.entries(o)
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(', ');
  const parts: string[] = [];
  for (const [key, value] of Object.entries(settings)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const inner = value as Record<string, unknown>;
      const nested = Object.values(inner).every((v) => v && typeof v === 'object');
      if (nested) for (const [name, v] of Object.entries(inner)) parts.push(`${name}: ${flat(v as Record<string, unknown>)}`);
      else parts.push(`${key}: ${flat(inner)}`);
    } else parts.push(`${key} ${String(value)}`);
  }
  return parts.join('; ');
}
