/** Segments (few: loaded whole, once per request) and per-segment product popularity. */
import { groupBy, listsById, once, type Answer } from './batch.js';
import type { LoaderDeps } from './deps.js';
import { desc, thenByProduct } from './list-order.js';
import { cents, toSegment } from '../data/rows.js';
import type { ProductModel, SegmentModel } from '../data/models.js';

type Node = Record<string, unknown>;

export interface ProductPopularityModel {
  product: ProductModel;
  buyers: number;
  revenue: number;
}

/** The segment reads the in-memory read model can answer (see CustomerReads). */
export interface SegmentReads {
  /** Segments of the current run, by rank. */
  allSegments(): Answer<readonly SegmentModel[]>;
  segment(id: string): Answer<SegmentModel | null>;
}

export function segmentLoaders({ store, primedProduct }: LoaderDeps) {
  const all = once(async (): Promise<readonly SegmentModel[]> =>
    (await store.query<{ segment: Node }>('api-segments')).map((r) => toSegment(r.segment)),
  );
  return {
    allSegments: all,
    segment: async (id: string): Promise<SegmentModel | null> => (await all()).find((s) => s.id === id) ?? null,
    /** Products bought in the segment, most distinct buyers first (whole list; callers take the head). */
    topProducts: listsById<ProductPopularityModel>(async (ids) => {
      const rows = await store.query<{ segment: string; product: Node; buyers: number; revenue: number }>('api-segment-top-products', {
        ids,
      });
      return groupBy(
        rows,
        (r) => r.segment,
        (r) => ({ product: primedProduct(r.product), buyers: r.buyers, revenue: cents(r.revenue) }),
        thenByProduct(
          desc((x) => x.buyers),
          desc((x) => x.revenue),
        ),
      );
    }),
  };
}

export type SegmentLoaders = ReturnType<typeof segmentLoaders>;
