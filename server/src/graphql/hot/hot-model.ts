/**
 * The primed read model: the data of the hot per-customer lookups
 * (customers, products, segments, each customer's segment, the precomputed
 * recommendations and neighbours, all ranks up to `maxRank`) held in memory,
 * so `customer(id) { recommendations neighbours segment }` does no store work.
 *
 * It is loaded whole with a few table-wide queries (well under a second on
 * the full Online Retail graph) at server start and at the end of every
 * exclusive hold of the gate, before readers are let in again (see
 * `PrimingGate`). Every write the server makes (the analysis job's publish,
 * imports) holds the gate exclusively, so a snapshot always equals what the
 * store holds while a request holds the gate shared: a response never mixes
 * two runs, whichever of the snapshot and the store answers each field.
 *
 * A snapshot is immutable; requests take the current one once they hold the
 * gate (`ApiContext.useReadModel`), and their loaders answer from it
 * (../loaders/model-reads.ts). When loading fails, or the graph is bigger
 * than the budget, there is no snapshot and requests use the store.
 * Like the per-id cache before it, it relies on every write going through the
 * gate: a write that bypasses it (another process writing a Neo4j graph, a
 * test writing the store directly) is not seen until the next exclusive hold.
 * Its size is bounded by a memory budget (`budgetBytes`); the store path
 * alone meets the API's latency target too (bench/results/scale.md), so a
 * graph past the budget is slower per request only by the store lookups.
 */
import type { GraphReader } from '@basketgraph/cypher';
import { toCustomer, toProduct, toSegment } from '../data/rows.js';
import type {
  CustomerModel,
  CustomerPointModel,
  CustomerSegmentModel,
  NeighbourModel,
  ProductModel,
  ReasonModel,
  RecommendationModel,
  SegmentModel,
} from '../data/models.js';
import { MAX_PAGE_SIZE, type PageRequest } from '../pagination.js';
import { DEFAULT_READ_MODEL_MB } from '../../config.js';
import { CUSTOMER_RANGES, type CustomerQuery, type CustomerRange } from '../data/customer-page.js';
import { CustomerTable, type CustomerTablePage, type CustomerTableRow } from './customer-table.js';
import { RankedListBuilder, type RankedLists } from './ranked-lists.js';
import { ReasonColumnsBuilder, type ReasonColumns } from './reason-columns.js';

type Node = Record<string, unknown>;

export interface HotModelOptions {
  /** Ranks kept per list (default 100, the largest `first` the API takes); a larger `first` goes to the store. */
  maxRank?: number;
  /**
   * Heap the model may take, in bytes (default 1 GiB, `READ_MODEL_MB`; the model takes only what the graph needs): a graph whose rows (customers +
   * products + recommendations + neighbours) would take more at `BYTES_PER_ROW` is not primed, and
   * requests read the store. 0 turns the model off.
   */
  budgetBytes?: number;
  /** A row limit instead of the budget (tests). */
  maxRows?: number;
  /** Customers per query of the ranked lists (default PRIME_PAGE_CUSTOMERS). */
  pageCustomers?: number;
}

/**
 * Retained memory per primed row, measured with bench/graphql-load.ts (heap and array buffers with the model minus
 * without, after full GCs) at 10× the bundled data, 1.78 M rows: 587 MB with the lists as objects (≈ 330 bytes a row),
 * 203 MB as columns with the reasons as 840 k distinct texts (141 MB of it), ≈ 100 MB with the reasons as columns too
 * (≈ 58 bytes a row).
 */
export const BYTES_PER_ROW = 60;
export const DEFAULT_BUDGET_BYTES = DEFAULT_READ_MODEL_MB * 2 ** 20;
/**
 * Customers per query of the ranked lists at priming: the store builds each result whole in its buffer pool,
 * and at 30× the bundled data one query for all 2.6M recommendations did not fit in 1 GiB.
 */
export const PRIME_PAGE_CUSTOMERS = 10_000;

/** Consecutive [from, to) ranges of `per` ids each, over the sorted ids ('' = unbounded). */
export function idRanges(ids: Iterable<string>, per: number): { from: string; to: string }[] {
  const sorted = [...ids].sort();
  const ranges: { from: string; to: string }[] = [];
  for (let i = 0; i < sorted.length; i += per) ranges.push({ from: i === 0 ? '' : sorted[i], to: sorted[i + per] ?? '' });
  return ranges.length > 0 ? ranges : [{ from: '', to: '' }];
}

export interface HotStats {
  customers: number;
  products: number;
  segments: number;
  customerSegments: number;
  recommendations: number;
  neighbours: number;
  maxRank: number;
  /** Estimated heap (rows × BYTES_PER_ROW) and the budget, in bytes. */
  estimatedBytes: number;
  /** Bytes of the ranked lists' columns and of the reasons' (ranked-lists.ts, reason-columns.ts). */
  listBytes: number;
  reasonBytes: number;
  distinctReasonLists: number;
  budgetBytes: number;
  loadMs: number;
  /** Per query, in milliseconds. */
  queryMs: Record<string, number>;
}

const EMPTY: readonly never[] = Object.freeze([]);

/** The recommendations as columns: the product's index, the model name's index, the reasons list's index. */
export interface RecommendationColumns {
  lists: RankedLists<'model' | 'reasons'>;
  modelNames: readonly string[];
  reasons: ReasonColumns;
}

/** The neighbours as columns: the neighbour's index, products shared, same segment (1 yes, 0 no, −1 not known). */
export type NeighbourColumns = RankedLists<'shared' | 'sameSegment'>;

/**
 * A recommendation handed out by the read model. Its reasons are built from their columns only when read: most
 * requests (the load benchmark's, a list page) do not ask for them. A getter on the class, so code copying a
 * recommendation must name `reasons` (a spread copies own fields only).
 */
class HeldRecommendation implements RecommendationModel {
  private decoded: ReasonModel[] | undefined;

  constructor(
    readonly product: ProductModel,
    readonly score: number,
    readonly rank: number,
    readonly model: string,
    private readonly reasonLists: ReasonColumns,
    private readonly reasonList: number,
  ) {}

  get reasons(): ReasonModel[] {
    return (this.decoded ??= this.reasonLists.get(this.reasonList));
  }
}

export class HotSnapshot {
  private readonly segmentById: Map<string, SegmentModel>;

  constructor(
    /** Every customer, in the order the ranked lists index them. */
    private readonly customerList: readonly CustomerModel[],
    /** Each customer's index in `customerList`. */
    private readonly customerIndex: ReadonlyMap<string, number>,
    /** Every product, in the order the recommendations index them. */
    private readonly productList: readonly ProductModel[],
    private readonly productById: ReadonlyMap<string, ProductModel>,
    /** As `api-segments` returns them (by rank). */
    readonly segments: readonly SegmentModel[],
    private readonly segmentOf: ReadonlyMap<string, CustomerSegmentModel>,
    private readonly recs: RecommendationColumns,
    private readonly neighbourLists: NeighbourColumns,
    /** Every customer as columns, for the `customers` connection. */
    private readonly customerTable: CustomerTable,
    readonly maxRank: number,
    readonly stats: HotStats,
  ) {
    this.segmentById = new Map(segments.map((s) => [s.id, s]));
  }

  customer(id: string): CustomerModel | null {
    const i = this.customerIndex.get(id);
    return i === undefined ? null : this.customerList[i];
  }

  /** One page of the `customers` connection and its total, as the store would answer it. */
  customerPage(q: CustomerQuery, page: PageRequest): CustomerTablePage {
    return this.customerTable.page(q, page);
  }

  private pointList: CustomerPointModel[] | undefined;

  /** Every projected customer's point and segment id, in id order (built once per snapshot). */
  points(): readonly CustomerPointModel[] {
    if (!this.pointList) {
      const list: CustomerPointModel[] = [];
      for (const c of this.customerTable.all()) {
        if (c.projection)
          list.push({ id: c.id, x: c.projection.x, y: c.projection.y, segment: this.segmentOf.get(c.id)?.segment.id ?? null });
      }
      this.pointList = list;
    }
    return this.pointList;
  }

  product(id: string): ProductModel | null {
    return this.productById.get(id) ?? null;
  }

  segment(id: string): SegmentModel | null {
    return this.segmentById.get(id) ?? null;
  }

  customerSegment(id: string): CustomerSegmentModel | null {
    return this.segmentOf.get(id) ?? null;
  }

  /** The precomputed recommendations with rank ≤ `first`, best first; undefined when `first` > maxRank (ask the store). */
  recommendations(id: string, first: number): readonly RecommendationModel[] | undefined {
    if (first > this.maxRank) return undefined;
    const i = this.customerIndex.get(id);
    if (i === undefined || first <= 0) return EMPTY;
    const { lists, modelNames, reasons } = this.recs;
    const [from, to] = lists.upToRank(i, first);
    if (from === to) return EMPTY;
    const out: RecommendationModel[] = new Array(to - from);
    for (let k = from; k < to; k++) {
      out[k - from] = new HeldRecommendation(
        this.productList[lists.target[k]],
        lists.score[k],
        lists.rank[k],
        modelNames[lists.ints.model[k]],
        reasons,
        lists.ints.reasons[k],
      );
    }
    return out;
  }

  /** The neighbours with rank ≤ `first`, most similar first; undefined when `first` > maxRank (ask the store). */
  neighbours(id: string, first: number): readonly NeighbourModel[] | undefined {
    if (first > this.maxRank) return undefined;
    const i = this.customerIndex.get(id);
    if (i === undefined || first <= 0) return EMPTY;
    const lists = this.neighbourLists;
    const [from, to] = lists.upToRank(i, first);
    if (from === to) return EMPTY;
    const out: NeighbourModel[] = new Array(to - from);
    for (let k = from; k < to; k++) {
      const same = lists.ints.sameSegment[k];
      out[k - from] = {
        of: id,
        customer: this.customerList[lists.target[k]],
        score: lists.score[k],
        rank: lists.rank[k],
        sharedProducts: lists.ints.shared[k],
        sameSegment: same < 0 ? null : same === 1,
      };
    }
    return out;
  }
}

export class HotModelTooBig extends Error {}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** A customer node's filterable features as stored (money unrounded), null as NaN. */
function storedFeatures(n: Node): Record<CustomerRange, number> {
  const out = {} as Record<CustomerRange, number>;
  for (const f of CUSTOMER_RANGES) {
    const v = n[f];
    out[f] = v === null || v === undefined ? NaN : Number(v);
  }
  return out;
}

/**
 * Loads a snapshot with a handful of table-wide queries. Throws when a row
 * points at a node the snapshot does not hold (the graph changed while it was
 * being read: a write that did not hold the gate), or when it is too big.
 */
export async function loadHotSnapshot(store: GraphReader, options: HotModelOptions = {}): Promise<HotSnapshot> {
  const maxRank = options.maxRank ?? MAX_PAGE_SIZE;
  const budget = options.budgetBytes ?? DEFAULT_BUDGET_BYTES;
  const maxRows = options.maxRows ?? Math.floor(budget / BYTES_PER_ROW);
  const t0 = performance.now();
  const queryMs: Record<string, number> = {};
  const timed = async <R>(name: string, params: Record<string, unknown> = {}): Promise<R[]> => {
    const q0 = performance.now();
    const rows = await store.query<R & Record<string, unknown>>(name, params);
    queryMs[name] = (queryMs[name] ?? 0) + Math.round(performance.now() - q0);
    return rows;
  };
  /** The rows of a ranked-list query, one range of customers at a time. */
  async function* byCustomerRange<R>(name: string, ids: Iterable<string>): AsyncGenerator<R> {
    for (const range of idRanges(ids, options.pageCustomers ?? PRIME_PAGE_CUSTOMERS)) yield* await timed<R>(name, { maxRank, ...range });
  }

  const [size] = await timed<{ customers: number; products: number; recommended: number; similar: number }>('api-hot-size', { maxRank });
  const rows = Number(size?.customers ?? 0) + Number(size?.products ?? 0) + Number(size?.recommended ?? 0) + Number(size?.similar ?? 0);
  if (rows > maxRows) {
    throw new HotModelTooBig(
      options.maxRows === undefined
        ? `the graph has ${rows} rows to prime (≈ ${mb(rows * BYTES_PER_ROW)} MB), more than the budget of ${mb(budget)} MB (READ_MODEL_MB)`
        : `the graph has ${rows} rows to prime, more than the limit of ${maxRows}`,
    );
  }

  const customers = new Map<string, number>();
  const customerList: CustomerModel[] = [];
  const customerRows: CustomerTableRow[] = [];
  for (const r of await timed<{ customer: Node }>('api-hot-customers')) {
    const c = toCustomer(r.customer);
    if (customers.has(c.id)) continue;
    customers.set(c.id, customerList.length);
    customerList.push(c);
    customerRows.push({ customer: c, segment: null, features: storedFeatures(r.customer) });
  }
  const products = new Map<string, ProductModel>();
  const productIndex = new Map<string, number>();
  const productList: ProductModel[] = [];
  for (const r of await timed<{ product: Node }>('api-hot-products')) {
    const p = toProduct(r.product);
    if (products.has(p.id)) continue;
    products.set(p.id, p);
    productIndex.set(p.id, productList.length);
    productList.push(p);
  }
  const segments = (await timed<{ segment: Node }>('api-segments')).map((r) => toSegment(r.segment));
  const segmentById = new Map(segments.map((s) => [s.id, s]));
  const dangling = (what: string) =>
    new Error(`the graph changed while the read model was loading (${what}); it will be loaded again after the next write`);

  const segmentOf = new Map<string, CustomerSegmentModel>();
  for (const r of await timed<{ customer: string; segment: string; distance: number | null }>('api-hot-customer-segments')) {
    const segment = segmentById.get(String(r.segment));
    if (!segment) throw dangling(`segment ${r.segment}`);
    segmentOf.set(String(r.customer), { segment, distance: r.distance ?? null });
  }
  for (const row of customerRows) row.segment = segmentOf.get(row.customer.id)?.segment.id ?? null;
  const customerTable = new CustomerTable(customerRows);

  // Recommendations as columns (ranked-lists.ts): model names stored once, reasons as columns (reason-columns.ts),
  // identical lists (e.g. popularity's) once.
  const recs = new RankedListBuilder(['model', 'reasons'] as const);
  const modelIndex = new Map<string, number>();
  const modelNames: string[] = [];
  const reasonLists = new ReasonColumnsBuilder();
  for await (const r of byCustomerRange<{ customer: string; product: string; score: number; rank: number; model: string; reasons: string }>(
    'api-hot-recommendations',
    customers.keys(),
  )) {
    const product = productIndex.get(String(r.product));
    if (product === undefined) throw dangling(`product ${r.product}`);
    const owner = customers.get(String(r.customer));
    if (owner === undefined) throw dangling(`customer ${r.customer}`);
    const modelText = String(r.model);
    let model = modelIndex.get(modelText);
    if (model === undefined) {
      model = modelNames.length;
      modelIndex.set(modelText, model);
      modelNames.push(modelText);
    }
    const reasons = reasonLists.add(typeof r.reasons === 'string' ? r.reasons : '');
    recs.add(owner, product, Number(r.score), Number(r.rank), { model, reasons });
  }
  const recCount = recs.size;
  const recColumns: RecommendationColumns = { lists: recs.build(customerList.length), modelNames, reasons: reasonLists.build() };

  const neighbours = new RankedListBuilder(['shared', 'sameSegment'] as const);
  for await (const r of byCustomerRange<{
    customer: string;
    neighbour: string;
    score: number;
    rank: number;
    shared: number | null;
    sameSegment: boolean | null;
  }>('api-hot-neighbours', customers.keys())) {
    const neighbour = customers.get(String(r.neighbour));
    if (neighbour === undefined) throw dangling(`customer ${r.neighbour}`);
    const owner = customers.get(String(r.customer));
    if (owner === undefined) throw dangling(`customer ${r.customer}`);
    const sameSegment = r.sameSegment === null || r.sameSegment === undefined ? -1 : r.sameSegment ? 1 : 0;
    neighbours.add(owner, neighbour, Number(r.score), Number(r.rank), { shared: Number(r.shared ?? 0), sameSegment });
  }
  const nbCount = neighbours.size;
  const neighbourColumns = neighbours.build(customerList.length);

  const stats: HotStats = {
    customers: customers.size,
    products: products.size,
    segments: segments.length,
    customerSegments: segmentOf.size,
    recommendations: recCount,
    neighbours: nbCount,
    maxRank,
    estimatedBytes: rows * BYTES_PER_ROW,
    listBytes: recColumns.lists.bytes + neighbourColumns.bytes,
    reasonBytes: recColumns.reasons.bytes,
    distinctReasonLists: recColumns.reasons.size,
    budgetBytes: budget,
    loadMs: Math.round(performance.now() - t0),
    queryMs,
  };
  return new HotSnapshot(
    customerList,
    customers,
    productList,
    products,
    segments,
    segmentOf,
    recColumns,
    neighbourColumns,
    customerTable,
    maxRank,
    stats,
  );
}

/** Holds the current snapshot and reloads it on demand (from `PrimingGate`, inside an exclusive hold). */
export class HotModel {
  private snapshot: HotSnapshot | null = null;

  constructor(
    private readonly store: GraphReader,
    private readonly options: HotModelOptions = {},
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** The snapshot requests should read, or null (then they read the store). */
  get current(): HotSnapshot | null {
    return this.snapshot;
  }

  /**
   * Replaces the snapshot with a fresh one; never throws. Call it only while
   * no request holds the gate (the old snapshot is dropped first, so a failed
   * load leaves requests on the store rather than on stale data).
   */
  async refresh(): Promise<void> {
    this.snapshot = null;
    try {
      this.snapshot = await loadHotSnapshot(this.store, this.options);
    } catch (e) {
      this.log(`the primed read model was not loaded, requests read the store instead: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Drops the snapshot (requests read the store until the next refresh). */
  drop(): void {
    this.snapshot = null;
  }
}
