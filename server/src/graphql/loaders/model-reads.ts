/**
 * The in-memory read model's side of the loaders: the reads it holds
 * (CustomerReads, ProductReads, SegmentReads), answered from the request's
 * snapshot at once — no promise, no store query. Where the snapshot cannot
 * answer (a `first` beyond the ranks it keeps) the store's loader does.
 * createLoaders puts these in place of the store's when the request has a
 * snapshot; resolvers never know which source answered.
 */
import { LoaderFamily, modelLookup } from './batch.js';
import type { CustomerReads } from './customer-loaders.js';
import type { ProductReads } from './product-loaders.js';
import type { SegmentReads } from './segment-loaders.js';
import type { HotSnapshot } from '../hot/hot-model.js';
import { toConnection } from '../pagination.js';

export function customerModelReads(hot: HotSnapshot, store: CustomerReads): CustomerReads {
  return {
    customer: modelLookup(
      (id) => hot.customer(id),
      () => store.customer,
    ),
    customerSegment: modelLookup(
      (id) => hot.customerSegment(id),
      () => store.customerSegment,
    ),
    recommendations: new LoaderFamily((first: number) =>
      modelLookup(
        (id) => hot.recommendations(id, first),
        () => store.recommendations.get(first),
      ),
    ),
    neighbours: new LoaderFamily((first: number) =>
      modelLookup(
        (id) => hot.neighbours(id, first),
        () => store.neighbours.get(first),
      ),
    ),
    points: () => hot.points(),
    page: (q, page) => {
      const { rows, total } = hot.customerPage(q, page);
      return toConnection(rows, page, () => Promise.resolve(total));
    },
  };
}

export function productModelReads(hot: HotSnapshot, store: ProductReads): ProductReads {
  return {
    product: modelLookup(
      (id) => hot.product(id),
      () => store.product,
    ),
  };
}

export function segmentModelReads(hot: HotSnapshot): SegmentReads {
  return {
    allSegments: () => hot.segments,
    segment: (id) => hot.segment(id),
  };
}
