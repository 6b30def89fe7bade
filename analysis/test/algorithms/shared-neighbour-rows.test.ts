import { afterAll, describe, expect, it } from 'vitest';
import { cosineNeighbourRows, cosineNeighbours, cosineRowsInput } from '../../src/algorithms/cosine-neighbours.js';
import { joinNeighbourRows, type NeighbourRows } from '../../src/algorithms/neighbour-lists.js';
import { cappedCosineNeighbours, type CandidateCap } from '../../src/algorithms/capped-cosine.js';
import type { TopKNeighbours } from '../../src/algorithms/cosine-topk.js';
import type { CsrMatrix } from '../../src/algorithms/csr.js';
import { neighboursOnTwoThreads, rangeRowsFor, rowsKernel, type NeighbourRowsHelper } from '../../src/job/shared-neighbour-rows.js';
import { startSecondThread } from '../../src/job/second-thread.js';
import { randomMatrix } from '../support/matrices.js';

const plain = (t: TopKNeighbours) => ({
  indptr: Array.from(t.indptr),
  neighbours: Array.from(t.neighbours),
  shared: Array.from(t.shared),
  scores: Array.from(t.scores),
});

/** The lists one thread gives: exact, or with the candidate cap. */
const oneThread = (m: CsrMatrix, k: number, cap: CandidateCap | null) =>
  plain(cap ? cappedCosineNeighbours(m, k, cap) : cosineNeighbours(m, k));

describe('customer neighbours computed by two threads', () => {
  const m = randomMatrix(11, 1000, 60);

  it('when the rows are computed in ranges joined in any order then the lists are the one-thread lists', () => {
    const input = cosineRowsInput(m);
    const parts = [
      cosineNeighbourRows(input, 7, 700, 1000),
      cosineNeighbourRows(input, 7, 0, 333),
      cosineNeighbourRows(input, 7, 333, 700),
    ];
    expect(plain(joinNeighbourRows(input, parts))).toEqual(oneThread(m, 7, null));
  });

  it('when a range of rows is missing then joining refuses, naming the rows', () => {
    const input = cosineRowsInput(m);
    expect(() => joinNeighbourRows(input, [cosineNeighbourRows(input, 7, 0, 500), cosineNeighbourRows(input, 7, 600, 1000)])).toThrow(
      'rows 500..599 are missing',
    );
  });

  // A cap of 40 rows per block: the matrix's popular columns (skewed towards low numbers) are over it.
  for (const cap of [null, { maxColumnRows: 40, seed: 3 }]) {
    const kind = cap ? 'with the candidate cap' : 'exact';

    it(`when the other thread claims half of the ranges (${kind}) then this thread computes the rest and waits for its share`, async () => {
      const ranges = Math.ceil(m.rows / rangeRowsFor(m.rows));
      expect(ranges).toBeGreaterThan(2);
      let claimedByHelper = 0;
      // A helper that has already taken half of the ranges by the time this thread starts claiming.
      const helper: NeighbourRowsHelper = (job) => {
        const kernel = rowsKernel(job);
        const parts: NeighbourRows[] = [];
        for (let i = 0; i < Math.floor(ranges / 2); i++) {
          const from = Atomics.add(job.next, 0, 1) * job.rangeRows;
          parts.push(kernel.rows(from, Math.min(job.matrix.rows, from + job.rangeRows)));
          claimedByHelper++;
        }
        return new Promise((resolve) => setTimeout(() => resolve(parts), 20));
      };
      expect(plain(await neighboursOnTwoThreads(m, 7, helper, cap))).toEqual(oneThread(m, 7, cap));
      expect(claimedByHelper).toBe(Math.floor(ranges / 2));
    });
  }

  it('when the candidate cap applies to this matrix then its lists differ from the exact ones (so the capped cases test the cap)', () => {
    const cap = { maxColumnRows: 40, seed: 3 };
    expect(oneThread(m, 7, cap)).not.toEqual(oneThread(m, 7, null));
  });

  it('when the other thread claimed nothing and has failed then this thread does not wait for it', async () => {
    const helper: NeighbourRowsHelper = () => Promise.reject(new Error('the thread is busy elsewhere'));
    expect(plain(await neighboursOnTwoThreads(m, 7, helper))).toEqual(oneThread(m, 7, null));
  });

  describe('with the analysis run’s real second thread', () => {
    const thread = startSecondThread();
    afterAll(() => thread.stop());

    for (const cap of [null, { maxColumnRows: 40, seed: 3 }]) {
      it(`when the second thread claims every range (${cap ? 'with the candidate cap' : 'exact'}) then the ranges it sends back join into the one-thread lists`, async () => {
        const job = { matrix: m, k: 7, next: new Int32Array(new SharedArrayBuffer(4)), rangeRows: 128, cap };
        const parts = await thread.neighbourRows(job);
        expect(parts.length).toBe(Math.ceil(m.rows / 128));
        expect(plain(rowsKernel(job).join(parts))).toEqual(oneThread(m, 7, cap));
      });
    }

    it('when both threads claim ranges of a bigger matrix then the lists are the one-thread lists', async () => {
      const big = randomMatrix(5, 6000, 300);
      // The worker joins while this thread computes; however the ranges fall, the lists agree.
      expect(plain(await neighboursOnTwoThreads(big, 10, thread.neighbourRows))).toEqual(oneThread(big, 10, null));
    });
  });
});
