/**
 * Top-k cosine neighbours of every row of a binary sparse matrix — the same
 * result as `topKCosine` (algorithms/cosine-topk.ts, minShared = 1), computed
 * faster for the few-thousand-row matrices of the recommenders: the common
 * counts of a row are accumulated without a branch in the hot loop, then the
 * dense counts array is scanned once. The branchy "first touch" bookkeeping
 * of the generic version costs about twice the whole accumulation here.
 *
 * Each row's list depends only on the matrix, so the rows can be computed in
 * ranges (`cosineNeighbourRows`), on several threads, and joined in row order
 * (`joinNeighbourRows`, neighbour-lists.ts) into the same lists.
 */
import type { TopKNeighbours } from './cosine-topk.js';
import { rowLengths, transpose, type CsrMatrix } from './csr.js';
import { joinNeighbourRows, type NeighbourRows } from './neighbour-lists.js';
import { grown } from './typed-arrays.js';

/** What every range of rows reads: the matrix, its transpose and the rows' set sizes. */
export interface CosineRowsInput {
  readonly m: CsrMatrix;
  readonly byColumn: CsrMatrix;
  readonly length: Float64Array;
}

export function cosineRowsInput(m: CsrMatrix): CosineRowsInput {
  return { m, byColumn: transpose(m), length: rowLengths(m) };
}

/**
 * For every row, the k other rows with the highest cosine similarity over
 * binary sets, cos(a, b) = |a ∩ b| / √(|a|·|b|); higher first, ties → lower
 * row index (compared exactly on integers); pairs need ≥ 1 common column.
 * Work ≈ Σ over columns of (column length)² + rows², memory O(rows + nnz).
 */
export function cosineNeighbours(m: CsrMatrix, k: number): TopKNeighbours {
  const input = cosineRowsInput(m);
  return joinNeighbourRows(input, [cosineNeighbourRows(input, k, 0, m.rows)]);
}

/** The lists of rows [from, to) (see cosineNeighbours). */
export function cosineNeighbourRows({ m, byColumn, length }: CosineRowsInput, k: number, from: number, to: number): NeighbourRows {
  if (!Number.isInteger(k) || k < 0) throw new Error(`cosineNeighbours: k must be a non-negative integer, got ${k}`);
  const rows = m.rows;
  const colPtr = byColumn.indptr;
  const colRows = byColumn.indices;

  const counts = new Int32Array(rows);
  const heapRow = new Int32Array(Math.max(1, k));
  const heapCommon = new Int32Array(Math.max(1, k));
  const indptr = new Int32Array(to - from + 1);
  let neighbours = new Int32Array(Math.min((to - from) * k, 1 << 20));
  let shared = new Int32Array(neighbours.length);
  let out = 0;
  // Candidate a ranks below candidate b (for a fixed query row): common² / |row| smaller, or equal and higher index.
  const worse = (rowA: number, commonA: number, rowB: number, commonB: number) => {
    const a = commonA * commonA * length[rowB];
    const b = commonB * commonB * length[rowA];
    return a < b || (a === b && rowA > rowB);
  };

  for (let r = from; r < to; r++) {
    indptr[r - from] = out;
    if (k === 0 || length[r] === 0) continue;
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) {
      const c = m.indices[p];
      const end = colPtr[c + 1];
      for (let q = colPtr[c]; q < end; q++) counts[colRows[q]]++;
    }
    counts[r] = 0;
    // Min-heap (root = worst kept). Rows are offered in ascending order, so once the heap is
    // full a candidate whose key equals the root's loses the tie (its index is higher).
    let size = 0;
    // Entry test `common²·|root| > root common²·|s|`; until the heap is full it reads `common > 0`.
    let rootKeyCommon2 = 0;
    let rootLength = 1;
    for (let s = 0; s < rows; s++) {
      const common = counts[s];
      counts[s] = 0;
      if (common * common * rootLength <= rootKeyCommon2 * length[s]) continue;
      if (size === k) {
        // Replace the root and sift down.
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= size) break;
          const right = child + 1;
          if (right < size && worse(heapRow[right], heapCommon[right], heapRow[child], heapCommon[child])) child = right;
          if (!worse(heapRow[child], heapCommon[child], s, common)) break;
          heapRow[i] = heapRow[child];
          heapCommon[i] = heapCommon[child];
          i = child;
        }
        heapRow[i] = s;
        heapCommon[i] = common;
      } else {
        let i = size++;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!worse(s, common, heapRow[parent], heapCommon[parent])) break;
          heapRow[i] = heapRow[parent];
          heapCommon[i] = heapCommon[parent];
          i = parent;
        }
        heapRow[i] = s;
        heapCommon[i] = common;
      }
      if (size === k) {
        rootKeyCommon2 = heapCommon[0] * heapCommon[0];
        rootLength = length[heapRow[0]];
      }
    }
    const found = size;
    if (out + found > neighbours.length) {
      const capacity = Math.max(out + found, neighbours.length * 2);
      neighbours = grown(neighbours, capacity);
      shared = grown(shared, capacity);
    }
    // Drain worst first into the slots from the back: best first in the output.
    for (let slot = size - 1; slot >= 0; slot--) {
      neighbours[out + slot] = heapRow[0];
      shared[out + slot] = heapCommon[0];
      const lastRow = heapRow[size - 1];
      const lastCommon = heapCommon[size - 1];
      size--;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= size) break;
        const right = child + 1;
        if (right < size && worse(heapRow[right], heapCommon[right], heapRow[child], heapCommon[child])) child = right;
        if (!worse(heapRow[child], heapCommon[child], lastRow, lastCommon)) break;
        heapRow[i] = heapRow[child];
        heapCommon[i] = heapCommon[child];
        i = child;
      }
      if (size > 0) {
        heapRow[i] = lastRow;
        heapCommon[i] = lastCommon;
      }
    }
    out += found;
  }
  indptr[to - from] = out;
  return { from, indptr, neighbours: neighbours.subarray(0, out), shared: shared.subarray(0, out) };
}
