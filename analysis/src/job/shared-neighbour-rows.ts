/**
 * The customer neighbours (exact, or with the candidate cap) computed by two threads at once: the rows are cut into ranges, and each thread
 * claims the next unclaimed range from a counter in shared memory until none is left, so a thread that joins late
 * (the second thread finishes the recommendations first) still takes an even share of what remains. The ranges
 * are joined in row order: the lists are the ones one thread would give (cosine-neighbours.ts).
 */
import { cosineNeighbourRows, cosineRowsInput } from '../algorithms/cosine-neighbours.js';
import { joinNeighbourRows, type NeighbourRows } from '../algorithms/neighbour-lists.js';
import { cappedNeighbourRows, cappedRowsInput, type CandidateCap } from '../algorithms/capped-cosine.js';
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import type { CsrMatrix } from '../algorithms/csr.js';

export interface NeighbourRowsJob {
  matrix: CsrMatrix;
  k: number;
  /** Over a SharedArrayBuffer: [0] is the next range to claim. */
  next: Int32Array;
  rangeRows: number;
  /** The candidate cap (capped-cosine.ts), or null for the exact lists. */
  cap: CandidateCap | null;
}

/** A kernel's lists of a range of rows, and their join. Both threads build their own from the job. */
export interface RowsKernel {
  rows(from: number, to: number): NeighbourRows;
  join(parts: readonly NeighbourRows[]): TopKNeighbours;
}

export function rowsKernel(job: Pick<NeighbourRowsJob, 'matrix' | 'k' | 'cap'>): RowsKernel {
  const capped = job.cap ? cappedRowsInput(job.matrix, job.cap) : null;
  if (capped)
    return { rows: (from, to) => cappedNeighbourRows(capped, job.k, from, to), join: (parts) => joinNeighbourRows(capped, parts) };
  const exact = cosineRowsInput(job.matrix);
  return { rows: (from, to) => cosineNeighbourRows(exact, job.k, from, to), join: (parts) => joinNeighbourRows(exact, parts) };
}

/** Rows per range: about 128 ranges, so a late thread can still take half of what is left; at least 256 rows. */
export const rangeRowsFor = (rows: number) => Math.max(256, Math.ceil(rows / 128));

/** Computes ranges claimed from `job.next` until every range is claimed; hands each to `onRows`. */
export function claimNeighbourRows(job: NeighbourRowsJob, onRows: (rows: NeighbourRows) => void, kernel?: RowsKernel): void {
  const ranges = Math.ceil(job.matrix.rows / job.rangeRows);
  if (Atomics.load(job.next, 0) >= ranges) return;
  const rows = kernel ?? rowsKernel(job);
  for (let range = Atomics.add(job.next, 0, 1); range < ranges; range = Atomics.add(job.next, 0, 1)) {
    const from = range * job.rangeRows;
    onRows(rows.rows(from, Math.min(job.matrix.rows, from + job.rangeRows)));
  }
}

/** What the other thread offers: it runs the same job and resolves with the ranges it claimed. */
export type NeighbourRowsHelper = (job: NeighbourRowsJob) => Promise<NeighbourRows[]>;

/**
 * Every row's k nearest rows by cosine (exact, or with `cap`), with `helper` claiming ranges beside this thread.
 * Waits for the helper only if it claimed a range; a helper still busy with other work when this thread has
 * claimed every range is not waited for.
 */
export async function neighboursOnTwoThreads(
  matrix: CsrMatrix,
  k: number,
  helper: NeighbourRowsHelper,
  cap: CandidateCap | null = null,
): Promise<TopKNeighbours> {
  const job: NeighbourRowsJob = { matrix, k, next: new Int32Array(new SharedArrayBuffer(4)), rangeRows: rangeRowsFor(matrix.rows), cap };
  const theirs = helper(job);
  // Not awaited when this thread claims every range; a failure then must not go unhandled.
  theirs.catch(() => {});
  const kernel = rowsKernel(job);
  const mine: NeighbourRows[] = [];
  claimNeighbourRows(job, (rows) => mine.push(rows), kernel);
  const covered = mine.reduce((n, part) => n + part.indptr.length - 1, 0);
  return kernel.join(covered === matrix.rows ? mine : [...mine, ...(await theirs)]);
}
