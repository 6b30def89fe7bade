/**
 * Precomputed recommendations held as columns (typed arrays), customer by customer. One recommendation with its
 * reasons takes about 60 bytes here, against about 270 as an object with its own JSON reasons string: at 30× the
 * bundled data (2.6M recommendations) the objects took ≈ 0.7 GB of the analysis run's peak memory. The columns
 * also cross from the second thread without being copied (their buffers are transferred). The JSON of each row's
 * reasons is built as the store writes the row (`recommendationRecords`), by the same `reasonRecords` as before.
 */
import type { PurchaseDataset } from '../dataset.js';
import type { RecommendationReason } from '../recommend/recommender.js';
import { grown } from '../algorithms/typed-arrays.js';
import { reasonRecords } from './reason-records.js';

export interface RecommendationColumns {
  /** The first customer number covered; customers `from .. from + indptr.length - 2`. */
  readonly from: number;
  /** Customer from + i's recommendations are entries indptr[i] .. indptr[i + 1], best first (rank 1, 2, …). */
  readonly indptr: Int32Array;
  readonly product: Int32Array;
  readonly score: Float64Array;
  /** Entry e's reasons are reasonPtr[e] .. reasonPtr[e + 1], largest first. */
  readonly reasonPtr: Int32Array;
  /** Index into REASON_KINDS. */
  readonly reasonKind: Uint8Array;
  readonly reasonId: Int32Array;
  readonly reasonWeight: Float64Array;
}

/** One recommendation as a row of the RECOMMENDED edge (ids, not numbers; reasons as JSON). */
export interface RecommendationRecord {
  customer: string;
  product: string;
  score: number;
  rank: number;
  /** JSON: [{kind, id, weight}] */
  reasons: string;
}

const REASON_KINDS: readonly RecommendationReason['kind'][] = ['neighbour', 'similar-item', 'popularity', 'segment'];
const KIND_CODE = new Map(REASON_KINDS.map((k, i) => [k, i]));

/** Fills the columns of consecutive customers, one customer at a time. */
export class RecommendationColumnsBuilder {
  private readonly indptr: number[] = [0];
  private product = new Int32Array(1024);
  private score = new Float64Array(1024);
  private reasonPtr = new Int32Array(1025);
  private reasonKind = new Uint8Array(1024);
  private reasonId = new Int32Array(1024);
  private reasonWeight = new Float64Array(1024);
  private entries = 0;
  private reasons = 0;

  constructor(private readonly from: number) {}

  /** The next customer's recommendations, best first: products, each with its score (`scoreOf[product]`) and reasons. */
  addCustomer(products: ArrayLike<number>, scoreOf: ArrayLike<number>, reasons: (entry: number) => readonly RecommendationReason[]): void {
    for (let i = 0; i < products.length; i++) {
      if (this.entries === this.product.length) this.growEntries();
      this.product[this.entries] = products[i];
      this.score[this.entries] = scoreOf[products[i]];
      for (const r of reasons(i)) {
        if (this.reasons === this.reasonKind.length) this.growReasons();
        this.reasonKind[this.reasons] = KIND_CODE.get(r.kind)!;
        this.reasonId[this.reasons] = r.id;
        this.reasonWeight[this.reasons] = r.weight;
        this.reasons++;
      }
      this.entries++;
      this.reasonPtr[this.entries] = this.reasons;
    }
    this.indptr.push(this.entries);
  }

  finish(): RecommendationColumns {
    const { entries: e, reasons: n } = this;
    return {
      from: this.from,
      indptr: Int32Array.from(this.indptr),
      product: this.product.slice(0, e),
      score: this.score.slice(0, e),
      reasonPtr: this.reasonPtr.slice(0, e + 1),
      reasonKind: this.reasonKind.slice(0, n),
      reasonId: this.reasonId.slice(0, n),
      reasonWeight: this.reasonWeight.slice(0, n),
    };
  }

  private growEntries(): void {
    const size = this.product.length * 2;
    this.product = grown(this.product, size);
    this.score = grown(this.score, size);
    this.reasonPtr = grown(this.reasonPtr, size + 1);
  }

  private growReasons(): void {
    const size = this.reasonKind.length * 2;
    this.reasonKind = grown(this.reasonKind, size);
    this.reasonId = grown(this.reasonId, size);
    this.reasonWeight = grown(this.reasonWeight, size);
  }
}

/** Columns of consecutive customer ranges (in order, no gap) joined into one. */
export function joinRecommendationColumns(parts: readonly RecommendationColumns[]): RecommendationColumns {
  const from = parts[0]?.from ?? 0;
  const builder = { customers: 0, entries: 0, reasons: 0 };
  for (const p of parts) {
    if (p.from !== from + builder.customers)
      throw new Error(`joinRecommendationColumns: customers from ${from + builder.customers} are missing`);
    builder.customers += p.indptr.length - 1;
    builder.entries += p.product.length;
    builder.reasons += p.reasonKind.length;
  }
  const out = {
    from,
    indptr: new Int32Array(builder.customers + 1),
    product: new Int32Array(builder.entries),
    score: new Float64Array(builder.entries),
    reasonPtr: new Int32Array(builder.entries + 1),
    reasonKind: new Uint8Array(builder.reasons),
    reasonId: new Int32Array(builder.reasons),
    reasonWeight: new Float64Array(builder.reasons),
  };
  let c = 0;
  let e = 0;
  let r = 0;
  for (const p of parts) {
    for (let i = 1; i < p.indptr.length; i++) out.indptr[c + i] = e + p.indptr[i];
    for (let i = 1; i < p.reasonPtr.length; i++) out.reasonPtr[e + i] = r + p.reasonPtr[i];
    out.product.set(p.product, e);
    out.score.set(p.score, e);
    out.reasonKind.set(p.reasonKind, r);
    out.reasonId.set(p.reasonId, r);
    out.reasonWeight.set(p.reasonWeight, r);
    c += p.indptr.length - 1;
    e += p.product.length;
    r += p.reasonKind.length;
  }
  return out;
}

export const recommendationCount = (c: RecommendationColumns) => c.product.length;

/** The buffers of the columns, to transfer them to another thread. */
export const columnBuffers = (c: RecommendationColumns) =>
  [c.indptr, c.product, c.score, c.reasonPtr, c.reasonKind, c.reasonId, c.reasonWeight].map((a) => a.buffer as ArrayBuffer);

/** The reasons of entry `e`, as the model gave them. */
export function entryReasons(c: RecommendationColumns, e: number): RecommendationReason[] {
  const out: RecommendationReason[] = [];
  for (let r = c.reasonPtr[e]; r < c.reasonPtr[e + 1]; r++)
    out.push({ kind: REASON_KINDS[c.reasonKind[r]], id: c.reasonId[r], weight: c.reasonWeight[r] });
  return out;
}

/** The recommendations as rows, customers (dataset numbers) in `order` (default: number order). */
export function* recommendationRecords(ds: PurchaseDataset, c: RecommendationColumns, order?: Int32Array): Generator<RecommendationRecord> {
  const customers = c.indptr.length - 1;
  for (let i = 0; i < (order ? order.length : customers); i++) {
    const local = order ? order[i] - c.from : i;
    if (local < 0 || local >= customers) continue;
    const customer = ds.customers[c.from + local];
    for (let e = c.indptr[local], rank = 1; e < c.indptr[local + 1]; e++, rank++) {
      yield {
        customer,
        product: ds.products[c.product[e]],
        score: c.score[e],
        rank,
        reasons: JSON.stringify(reasonRecords(ds, entryReasons(c, e))),
      };
    }
  }
}
