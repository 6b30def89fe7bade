/**
 * Top-k cosine neighbours whose candidate generation stays linear in the
 * purchases: a very popular column (more than `maxColumnRows` rows) does not
 * make every pair of its rows a candidate. Its rows are put in a seeded random
 * order and cut into blocks of at most `maxColumnRows`; through that column a
 * row only meets the rows of its own block (the banding of locality-sensitive
 * hashing, one band per popular column). Columns at or under the cap make all
 * their pairs candidates, as before.
 *
 * Each row's candidates are ranked by the co-occurrences the blocks show, and
 * the best `shortlistPerNeighbour × k` are scored exactly: the common count is
 * over ALL columns, popular ones included, so a pair that is found has its true
 * cosine; pairs that share nothing but popular columns and never share a block,
 * or that fall outside the shortlist, are missed. With no column over the cap the result is exactly
 * `cosineNeighbours` (a test checks it).
 *
 * Work ≈ Σ over columns of min(length, cap)·length + rows × shortlist ×
 * popular columns per row, i.e. O(purchases × cap) instead of Σ length².
 */
import { CandidateHeap, type TopKNeighbours } from './cosine-topk.js';
import { cosineNeighbours } from './cosine-neighbours.js';
import { rowLengths, transpose, type CsrMatrix } from './csr.js';
import { restartSeed } from './kmeans.js';
import { GrowingNeighbourLists, joinNeighbourRows, type NeighbourRows } from './neighbour-lists.js';

export interface CandidateCap {
  /** A column with more rows than this generates candidates only within blocks of this many rows. */
  readonly maxColumnRows: number;
  /** Seed of the random order of a popular column's rows. */
  readonly seed: number;
  /**
   * Candidates scored exactly per row, as a multiple of k (default 5): the best by the co-occurrences the blocks
   * show. Scoring a candidate exactly costs its popular products, so scoring them all would cost more than the cap
   * saves.
   */
  readonly shortlistPerNeighbour?: number;
}

export const DEFAULT_SHORTLIST_PER_NEIGHBOUR = 5;

/** For every row, the k other rows with the highest cosine over binary sets (see the file comment for the cap). */
export function cappedCosineNeighbours(m: CsrMatrix, k: number, cap: CandidateCap): TopKNeighbours {
  const input = cappedRowsInput(m, cap);
  if (!input) return cosineNeighbours(m, k);
  return joinNeighbourRows(input, [cappedNeighbourRows(input, k, 0, m.rows)]);
}

/** What every range of rows reads (blocks, popular columns); null when no column is over the cap (exact cosine then). */
export interface CappedRowsInput {
  readonly m: CsrMatrix;
  readonly byColumn: CsrMatrix;
  readonly length: Float64Array;
  readonly cap: CandidateCap;
  readonly blocks: Blocks;
  /** Each row's popular columns (CSR), to count a candidate's shared popular columns exactly. */
  readonly popularPtr: Int32Array;
  readonly popularCols: Int32Array;
}

export function cappedRowsInput(m: CsrMatrix, cap: CandidateCap): CappedRowsInput | null {
  if (!(cap.maxColumnRows >= 1)) throw new Error(`cappedCosineNeighbours: maxColumnRows must be ≥ 1, got ${cap.maxColumnRows}`);
  const byColumn = transpose(m);
  let anyPopular = false;
  for (let c = 0; c < byColumn.rows && !anyPopular; c++) anyPopular = byColumn.indptr[c + 1] - byColumn.indptr[c] > cap.maxColumnRows;
  if (!anyPopular) return null;
  const rows = m.rows;
  const blocks = buildBlocks(m, byColumn, cap);
  const length = rowLengths(m);
  const popularPtr = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) {
    let n = 0;
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) n += blocks.popularColumn[m.indices[p]];
    popularPtr[r + 1] = popularPtr[r] + n;
  }
  const popularCols = new Int32Array(popularPtr[rows]);
  for (let r = 0, out = 0; r < rows; r++) {
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) if (blocks.popularColumn[m.indices[p]]) popularCols[out++] = m.indices[p];
  }
  return { m, byColumn, length, cap, blocks, popularPtr, popularCols };
}

/**
 * The candidate structure: every column at or under the cap is one "block" holding all its rows; a popular column
 * is split into ceil(length / cap) blocks of near-equal size by a seeded random order of its rows.
 */
interface Blocks {
  /** Block b's rows are blockRows[blockPtr[b] .. blockPtr[b+1]). */
  readonly blockPtr: Int32Array;
  readonly blockRows: Int32Array;
  /** Whether block b belongs to a popular column (its co-occurrence is then counted separately, exactly). */
  readonly popularBlock: Uint8Array;
  /** The block of each stored entry of m (aligned with m.indices). */
  readonly entryBlock: Int32Array;
  /** Each column's popularity flag. */
  readonly popularColumn: Uint8Array;
}

function buildBlocks(m: CsrMatrix, byColumn: CsrMatrix, cap: CandidateCap): Blocks {
  const cols = byColumn.rows;
  const limit = cap.maxColumnRows;
  const popularColumn = new Uint8Array(cols);
  let nBlocks = 0;
  for (let c = 0; c < cols; c++) {
    const length = byColumn.indptr[c + 1] - byColumn.indptr[c];
    if (length > limit) popularColumn[c] = 1;
    nBlocks += Math.max(1, Math.ceil(length / limit));
  }
  const blockPtr = new Int32Array(nBlocks + 1);
  const blockRows = new Int32Array(byColumn.indices.length);
  const popularBlock = new Uint8Array(nBlocks);
  // The block of each entry of the transpose (aligned with byColumn.indices).
  const blockAt = new Int32Array(byColumn.indices.length);
  let b = 0;
  let out = 0;
  for (let c = 0; c < cols; c++) {
    const start = byColumn.indptr[c];
    const end = byColumn.indptr[c + 1];
    const length = end - start;
    if (!popularColumn[c]) {
      blockPtr[b] = out;
      for (let q = start; q < end; q++) {
        blockRows[out++] = byColumn.indices[q];
        blockAt[q] = b;
      }
      b++;
      continue;
    }
    // Seeded random order of the column's entries: sort by a hash of (seed, column, row), ties → lower row.
    const columnSeed = restartSeed(cap.seed, c);
    const order = Array.from({ length }, (_, i) => start + i);
    const key = order.map((q) => restartSeed(columnSeed, byColumn.indices[q]));
    order.sort((x, y) => key[x - start] - key[y - start] || x - y);
    const parts = Math.ceil(length / limit);
    for (let part = 0; part < parts; part++) {
      blockPtr[b] = out;
      popularBlock[b] = 1;
      for (let i = Math.floor((part * length) / parts); i < Math.floor(((part + 1) * length) / parts); i++) {
        blockRows[out++] = byColumn.indices[order[i]];
        blockAt[order[i]] = b;
      }
      b++;
    }
  }
  blockPtr[nBlocks] = out;

  // Rows ascending visit each column's entries in the transpose's order (it lists rows ascending).
  const entryBlock = new Int32Array(m.indices.length);
  const cursor = byColumn.indptr.slice(0, cols);
  for (let r = 0; r < m.rows; r++) {
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) entryBlock[p] = blockAt[cursor[m.indices[p]]++];
  }
  return { blockPtr, blockRows, popularBlock, entryBlock, popularColumn };
}

/** The lists of rows [from, to) (see cappedCosineNeighbours); any ranges joined give the lists of one pass. */
export function cappedNeighbourRows(input: CappedRowsInput, k: number, from: number, to: number): NeighbourRows {
  if (!Number.isInteger(k) || k < 0) throw new Error(`cappedCosineNeighbours: k must be a non-negative integer, got ${k}`);
  const { m, byColumn, length, cap, popularPtr, popularCols } = input;
  const { blockPtr, blockRows, popularBlock, entryBlock } = input.blocks;
  const rows = m.rows;
  const counts = new Int32Array(rows);
  const approx = new Int32Array(rows);
  const seen = new Int32Array(rows).fill(-1);
  const touched = new Int32Array(rows);
  const stamp = new Int32Array(byColumn.rows).fill(-1);
  const heap = new CandidateHeap(k, length);
  const shortlistSize = Math.max(k, Math.ceil(k * (cap.shortlistPerNeighbour ?? DEFAULT_SHORTLIST_PER_NEIGHBOUR)));
  const shortlist = new CandidateHeap(shortlistSize, length);
  const shortRows = new Int32Array(shortlistSize);
  const shortCommon = new Int32Array(shortlistSize);
  const indptr = new Int32Array(to - from + 1);
  const lists = new GrowingNeighbourLists(Math.min((to - from) * k, 1 << 20));

  for (let r = from; r < to; r++) {
    indptr[r - from] = lists.count;
    if (k === 0 || length[r] === 0) continue;
    let nTouched = 0;
    for (let p = m.indptr[r]; p < m.indptr[r + 1]; p++) {
      const b = entryBlock[p];
      const add = popularBlock[b] ? 0 : 1;
      const end = blockPtr[b + 1];
      for (let q = blockPtr[b]; q < end; q++) {
        const s = blockRows[q];
        if (seen[s] !== r) {
          seen[s] = r;
          counts[s] = 0;
          approx[s] = 0;
          touched[nTouched++] = s;
        }
        counts[s] += add;
        approx[s]++;
      }
    }
    // The shortlist: the best candidates by the co-occurrences seen (popular products only within blocks).
    shortlist.clear();
    for (let t = 0; t < nTouched; t++) if (touched[t] !== r) shortlist.offer(touched[t], approx[touched[t]]);
    const listed = shortlist.size;
    shortlist.drainBestFirst(shortRows, shortCommon, 0);
    // Exact scoring: common products over all columns, the popular ones included.
    for (let q = popularPtr[r]; q < popularPtr[r + 1]; q++) stamp[popularCols[q]] = r;
    heap.clear();
    for (let t = 0; t < listed; t++) {
      const s = shortRows[t];
      heap.offer(s, counts[s] + sharedPopular(popularCols, popularPtr, r, s, stamp));
    }
    lists.append(heap);
  }
  indptr[to - from] = lists.count;
  return lists.rows(from, indptr);
}

/**
 * How many popular columns rows r and s share (`stamp[c] === r` marks r's): a scan of s's list when it is no
 * longer than r's, else a binary search of each of r's columns in s's sorted list (big customers are often
 * shortlisted, and their lists are long).
 */
function sharedPopular(cols: Int32Array, ptr: Int32Array, r: number, s: number, stamp: Int32Array): number {
  let common = 0;
  const sFrom = ptr[s];
  const sTo = ptr[s + 1];
  if (sTo - sFrom <= (ptr[r + 1] - ptr[r]) * 4) {
    for (let q = sFrom; q < sTo; q++) if (stamp[cols[q]] === r) common++;
    return common;
  }
  for (let q = ptr[r]; q < ptr[r + 1]; q++) {
    const c = cols[q];
    let lo = sFrom;
    let hi = sTo;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cols[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    if (lo < sTo && cols[lo] === c) common++;
  }
  return common;
}
