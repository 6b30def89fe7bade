/** Batched lookups keyed by customer id. */
import { byId, groupBy, listsById, LoaderFamily, once, type Answer, type Family, type Lookup, type PrimedLookup } from './batch.js';
import type { LoaderDeps } from './deps.js';
import { by, byRankThenId, desc, thenByProduct } from './list-order.js';
import { cents, toCustomer, toOrder, toReasons, toSegment } from '../data/rows.js';
import { customerPage, type CustomerQuery } from '../data/customer-page.js';
import type { Connection, PageRequest } from '../pagination.js';
import { fetchCustomerLists, neighboursFromLists, recommendationsFromLists, type StoredLists } from './customer-lists.js';
import type {
  CustomerModel,
  CustomerPointModel,
  CustomerSegmentModel,
  NeighbourModel,
  OrderModel,
  ProductModel,
  RecommendationModel,
} from '../data/models.js';

type Node = Record<string, unknown>;

export interface PurchasedProductModel {
  product: ProductModel;
  orders: number;
  quantity: number;
  spent: number;
}

/**
 * The customer reads the in-memory read model can answer, one interface for
 * both sources: `customerLoaders` reads the store, `customerModelReads`
 * (model-reads.ts) the model; createLoaders picks per request.
 */
export interface CustomerReads {
  customer: PrimedLookup<string, CustomerModel | null>;
  customerSegment: Lookup<string, CustomerSegmentModel | null>;
  /** Precomputed RECOMMENDED edges, best first (at most `first` per customer). */
  recommendations: Family<number, Lookup<string, readonly RecommendationModel[]>>;
  /** SIMILAR neighbours, most similar first (at most `first` per customer). */
  neighbours: Family<number, Lookup<string, readonly NeighbourModel[]>>;
  /** Every projected customer's point and segment id, in id order. */
  points(): Answer<readonly CustomerPointModel[]>;
  /** One page of the `customers` connection (also `Segment.customers`). */
  page(q: CustomerQuery, page: PageRequest): Answer<Connection<CustomerModel>>;
}

/** `first` for reading every stored recommendation of a customer (the analysis keeps at most 200). */
export const ALL_RANKS = 200;

export function customerLoaders(deps: LoaderDeps) {
  const { store, primedProduct, primedCustomer } = deps;
  const lists = byId<StoredLists>((ids) => fetchCustomerLists(store, ids));
  const edgeRecommendations = new LoaderFamily((first: number) =>
    listsById<RecommendationModel>(async (ids) => {
      const rows = await store.query<{ customer: string; product: Node; score: number; rank: number; model: string; reasons: string }>(
        'api-customer-recommendations',
        { ids, first },
      );
      return groupBy(
        rows,
        (r) => r.customer,
        (r) => ({ product: primedProduct(r.product), score: r.score, rank: r.rank, model: r.model, reasons: toReasons(r.reasons) }),
        byRankThenId((x) => x.product.id),
      );
    }),
  );
  const edgeNeighbours = new LoaderFamily((first: number) =>
    listsById<NeighbourModel>(async (ids) => {
      const rows = await store.query<{
        customer: string;
        neighbour: Node;
        score: number;
        rank: number;
        shared: number;
        sameSegment: boolean | null;
      }>('api-customer-neighbours', { ids, first });
      return groupBy(
        rows,
        (r) => r.customer,
        (r) => ({
          of: r.customer,
          customer: primedCustomer(r.neighbour),
          score: r.score,
          rank: r.rank,
          sharedProducts: r.shared ?? 0,
          sameSegment: r.sameSegment ?? null,
        }),
        byRankThenId((x) => x.customer.id),
      );
    }),
  );
  return {
    customer: byId(async (ids) => {
      const rows = await store.query<{ customer: Node }>('api-customers-by-id', { ids });
      return new Map(rows.map((r) => [String(r.customer.id), toCustomer(r.customer)]));
    }),

    customerSegment: byId<CustomerSegmentModel>(async (ids) => {
      const rows = await store.query<{ customer: string; segment: Node; distance: number | null }>('api-customer-segments', { ids });
      return new Map(rows.map((r) => [r.customer, { segment: toSegment(r.segment), distance: r.distance }]));
    }),

    /** Precomputed recommendations, best first (at most `first` per customer): customer-lists.ts. */
    recommendations: new LoaderFamily((first: number) =>
      listsById<RecommendationModel>((ids) => recommendationsFromLists(ids, first, lists, deps.product(), edgeRecommendations.get(first))),
    ),

    /** Every stored recommendation of a customer with its reasons, from the RECOMMENDED edges. */
    recommendationsWithReasons: edgeRecommendations.get(ALL_RANKS),

    /** SIMILAR neighbours, most similar first (at most `first` per customer): customer-lists.ts. */
    neighbours: new LoaderFamily((first: number) =>
      listsById<NeighbourModel>((ids) => neighboursFromLists(ids, first, lists, edgeNeighbours.get(first))),
    ),

    points: once(async (): Promise<readonly CustomerPointModel[]> => {
      const rows = await store.query<{ id: string; x: number; y: number; segment: string | null }>('api-customer-points');
      return rows.map((r) => ({ id: String(r.id), x: Number(r.x), y: Number(r.y), segment: r.segment ?? null }));
    }),

    page: (q: CustomerQuery, page: PageRequest): Promise<Connection<CustomerModel>> => customerPage(store, q, page),

    /** Every order of the customer, newest first (callers page through it). */
    orders: listsById<OrderModel>(async (ids) => {
      const rows = await store.query<{ customer: string; orderNode: Node }>('api-customer-orders', { ids });
      return groupBy(
        rows,
        (r) => r.customer,
        (r) => toOrder(r.orderNode),
        by(
          desc((o) => o.datetime),
          desc((o) => o.id),
        ),
      );
    }),

    /** Every product the customer bought, most units first. */
    products: listsById<PurchasedProductModel>(async (ids) => {
      const rows = await store.query<{ customer: string; product: Node; orders: number; quantity: number; spent: number }>(
        'api-customer-products',
        { ids },
      );
      return groupBy(
        rows,
        (r) => r.customer,
        (r) => ({ product: primedProduct(r.product), orders: r.orders, quantity: r.quantity, spent: cents(r.spent) }),
        thenByProduct(desc((x) => x.quantity)),
      );
    }),

    /** The products of the customer's last purchase order. */
    lastBasket: byId<{ order: string; products: string[] }>(async (ids) => {
      const rows = await store.query<{ customer: string; orderId: string; products: string[] }>('api-customer-last-baskets', { ids });
      return new Map(rows.map((r) => [r.customer, { order: r.orderId, products: r.products ?? [] }]));
    }),
  };
}

export type CustomerLoaders = ReturnType<typeof customerLoaders>;
