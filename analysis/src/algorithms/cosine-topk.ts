/**
 * Top-k cosine neighbours of every row of a binary sparse matrix, by sparse
 * accumulation through the transpose (never a dense n × n matrix).
 */
import { rowLengths, type CsrMatrix, transpose } from './csr.js';
import { cosineNeighbours } from './cosine-neighbours.js';
import { GrowingNeighbourLists } from './neighbour-lists.js';

/** Neighbour lists in CSR layout: row r's neighbours are at indptr[r] .. indptr[r+1]. */
export interface TopKNeighbours {
  readonly indptr: Int32Array;
  /** Neighbour row numbers, best first. */
  readonly neighbours: Int32Array;
  /** Cosine similarity of each neighbour, non-increasing within a row. */
  readonly scores: Float64Array;
  /** Number of columns the row and the neighbour have in common. */
  readonly shared: Int32Array;
}

export interface TopKOptions {
  /** Minimum number of common columns for a pair to count. Default 1. */
  minShared?: number;
}

/**
 * For every row, the k other rows with the highest cosine similarity, where
 * rows are read as binary sets (every stored entry counts as 1):
 * cos(a, b) = |a ∩ b| / √(|a|·|b|).
 * Order: higher cosine first, ties → lower row index. Equal cosines are
 * detected exactly (integer comparison of shared²·|b|), not with floats.
 * A pair needs at least `minShared` common columns; rows with none get no
 * neighbours. Work ≈ Σ over columns of (column length)², memory O(rows + nnz).
 */
export function topKCosine(m: CsrMatrix, k: number, options: TopKOptions = {}): TopKNeighbours {
  const minShared = Math.max(1, options.minShared ?? 1);
  // Without a minimum overlap, the branch-free kernel gives the same lists faster (a test checks they agree).
  return minShared === 1 ? cosineNeighbours(m, k) : topKCosineSparse(m, k, minShared);
}

/** The general sparse-accumulation version (any minimum overlap). */
export function topKCosineSparse(m: CsrMatrix, k: number, minShared: number): TopKNeighbours {
  if (!Number.isInteger(k) || k < 0) throw new Error(`topKCosine: k must be a non-negative integer, got ${k}`);
  const rows = m.rows;
  const byColumn = transpose(m);
  const length = rowLengths(m);

  const counts = new Int32Array(rows);
  const touched = new Int32Array(rows);
  const heap = new CandidateHeap(k, length);
  const indptr = new Int32Array(rows + 1);
  const lists = new GrowingNeighbourLists(Math.min(rows * k, 1 << 20));

  for (let r = 0; r < rows; r++) {
    indptr[r] = lists.count;
    if (k === 0 || length[r] === 0) continue;
    let nTouched = 0;
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) {
      const c = m.indices[p];
      for (let q = byColumn.indptr[c]; q < byColumn.indptr[c + 1]; q++) {
        const s = byColumn.indices[q];
        if (counts[s]++ === 0) touched[nTouched++] = s;
      }
    }
    heap.clear();
    for (let t = 0; t < nTouched; t++) {
      const s = touched[t];
      const common = counts[s];
      counts[s] = 0;
      if (s !== r && common >= minShared) heap.offer(s, common);
    }
    lists.append(heap);
  }
  indptr[rows] = lists.count;
  return lists.finish(indptr, length);
}

/**
 * A bounded binary heap of (row, common) candidates for one query row, whose
 * root is the WORST kept candidate. For a fixed query row, cosine order is
 * the order of common² / |candidate| (the query's length cancels), compared
 * exactly by cross-multiplying integers.
 */
export class CandidateHeap {
  private readonly row: Int32Array;
  private readonly common: Int32Array;
  size = 0;

  constructor(
    private readonly capacity: number,
    private readonly length: Float64Array,
  ) {
    this.row = new Int32Array(capacity);
    this.common = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  /** True when candidate (rowA, commonA) ranks below (rowB, commonB). */
  private worse(rowA: number, commonA: number, rowB: number, commonB: number): boolean {
    const a = commonA * commonA * this.length[rowB];
    const b = commonB * commonB * this.length[rowA];
    return a < b || (a === b && rowA > rowB);
  }

  offer(row: number, common: number): void {
    if (this.size < this.capacity) {
      let i = this.size++;
      // Sift up: parents must be worse than children.
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(row, common, this.row[parent], this.common[parent])) break;
        this.row[i] = this.row[parent];
        this.common[i] = this.common[parent];
        i = parent;
      }
      this.row[i] = row;
      this.common[i] = common;
      return;
    }
    if (!this.worse(this.row[0], this.common[0], row, common)) return;
    this.siftDown(0, row, common);
  }

  private siftDown(start: number, row: number, common: number): void {
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.worse(this.row[right], this.common[right], this.row[child], this.common[child])) {
        child = right;
      }
      if (!this.worse(this.row[child], this.common[child], row, common)) break;
      this.row[i] = this.row[child];
      this.common[i] = this.common[child];
      i = child;
    }
    this.row[i] = row;
    this.common[i] = common;
  }

  /** Empties the heap into rows/commons[offset ..], best first. */
  drainBestFirst(rows: Int32Array, commons: Int32Array, offset: number): void {
    for (let slot = this.size - 1; slot >= 0; slot--) {
      rows[offset + slot] = this.row[0];
      commons[offset + slot] = this.common[0];
      const lastRow = this.row[this.size - 1];
      const lastCommon = this.common[this.size - 1];
      this.size--;
      if (this.size > 0) this.siftDown(0, lastRow, lastCommon);
    }
  }
}
