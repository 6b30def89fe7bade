/**
 * The read model's recommendation reasons as columns: each distinct reasons text (a JSON list, as stored) parsed
 * once at priming into kind / id / weight columns, lists by offsets, ids in one table of distinct strings. At 10×
 * the bundled data the 840 k distinct texts took 141 MB as UTF-8 and had to be decoded and parsed per request;
 * as columns a reason takes 13 bytes and `get` builds its objects directly.
 */
import { toReasons } from '../data/rows.js';
import type { ReasonKind, ReasonModel } from '../data/models.js';

export class ReasonColumnsBuilder {
  private readonly listOf = new Map<string, number>();
  private readonly start: number[] = [0];
  private readonly kind: number[] = [];
  private readonly id: number[] = [];
  private readonly weight: number[] = [];
  private readonly kinds: ReasonKind[] = [];
  private readonly kindIndex = new Map<ReasonKind, number>();
  private readonly ids: string[] = [];
  private readonly idIndex = new Map<string, number>();

  /** The index of the reasons list stored as `text` (the same for equal texts); parsed as the store path parses it. */
  add(text: string): number {
    let list = this.listOf.get(text);
    if (list !== undefined) return list;
    list = this.start.length - 1;
    this.listOf.set(text, list);
    for (const r of toReasons(text)) {
      this.kind.push(indexOf(this.kindIndex, this.kinds, r.kind));
      this.id.push(indexOf(this.idIndex, this.ids, r.id));
      this.weight.push(r.weight);
    }
    this.start.push(this.kind.length);
    return list;
  }

  build(): ReasonColumns {
    return new ReasonColumns(
      Int32Array.from(this.start),
      Uint8Array.from(this.kind),
      Int32Array.from(this.id),
      Float64Array.from(this.weight),
      this.kinds,
      this.ids,
    );
  }
}

function indexOf<T>(index: Map<T, number>, values: T[], value: T): number {
  let i = index.get(value);
  if (i === undefined) {
    i = values.length;
    index.set(value, i);
    values.push(value);
  }
  return i;
}

export class ReasonColumns {
  constructor(
    private readonly start: Int32Array,
    private readonly kind: Uint8Array,
    private readonly id: Int32Array,
    private readonly weight: Float64Array,
    private readonly kinds: readonly ReasonKind[],
    private readonly ids: readonly string[],
  ) {}

  /** Distinct reasons lists held. */
  get size(): number {
    return this.start.length - 1;
  }

  /** Bytes held by the columns (the id strings not counted). */
  get bytes(): number {
    return this.start.byteLength + this.kind.byteLength + this.id.byteLength + this.weight.byteLength;
  }

  get(list: number): ReasonModel[] {
    const out: ReasonModel[] = [];
    for (let k = this.start[list]; k < this.start[list + 1]; k++) {
      out.push({ kind: this.kinds[this.kind[k]], id: this.ids[this.id[k]], weight: this.weight[k] });
    }
    return out;
  }
}
