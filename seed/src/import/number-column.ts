/**
 * A column of numbers that grows in fixed-size typed-array chunks: 8 bytes a
 * value (Float64) or 4 (Int32, for indices) instead of a JS array's slot plus
 * its growth slack, no copy of the whole column when it grows, and at most one
 * chunk unused. The import's batch keeps its millions of lines in these.
 */
export type TypedArray = Float64Array | Int32Array | Uint8Array;
type TypedArrayConstructor<A extends TypedArray> = new (length: number) => A;

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
/** Values a chunk holds. */
export const CHUNK_SIZE = CHUNK;
const MASK = CHUNK - 1;
/** Stands for a chunk freed by releaseBefore. */
const RELEASED = new Float64Array(0);

export class NumberColumn<A extends TypedArray = Float64Array> {
  private readonly chunks: A[] = [];
  private count = 0;

  constructor(private readonly make: TypedArrayConstructor<A>) {}

  get length(): number {
    return this.count;
  }

  /** Bytes held by the chunks. */
  get bytes(): number {
    return this.chunks.reduce((sum, c) => sum + c.byteLength, 0);
  }

  push(value: number): void {
    const c = this.count >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(new this.make(CHUNK));
    this.chunks[c][this.count & MASK] = value;
    this.count++;
  }

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & MASK];
  }

  set(i: number, value: number): void {
    this.chunks[i >>> CHUNK_BITS][i & MASK] = value;
  }

  /** Adds `delta` to the value at `i`. */
  add(i: number, delta: number): void {
    this.chunks[i >>> CHUNK_BITS][i & MASK] += delta;
  }

  /**
   * Frees the chunks that hold only values before `i` (reading those afterwards gives undefined); the
   * length stays. For a column read once, front to back.
   */
  releaseBefore(i: number): void {
    for (let c = Math.min(this.chunks.length, Math.floor(i / CHUNK)) - 1; c >= 0 && this.chunks[c] !== RELEASED; c--)
      this.chunks[c] = RELEASED as A;
  }

  /** Keeps the first `length` values and frees the chunks past them. */
  truncate(length: number): void {
    this.count = Math.min(this.count, length);
    this.chunks.length = Math.ceil(this.count / CHUNK);
  }
}

/**
 * Keeps, in place and in order, the rows `i` of the columns (all of one length) where `keep(i)`; returns
 * how many are left.
 */
export function keepRows(columns: NumberColumn<TypedArray>[], keep: (i: number) => boolean): number {
  const n = columns[0]?.length ?? 0;
  let to = 0;
  for (let from = 0; from < n; from++) {
    if (!keep(from)) continue;
    if (to !== from) for (const c of columns) c.set(to, c.get(from));
    to++;
  }
  for (const c of columns) c.truncate(to);
  return to;
}
