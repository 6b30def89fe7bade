import { afterAll, describe, expect, it } from 'vitest';
import {
  cosineNeighbourRows,
  cosineNeighbours,
  cosineRowsInput,
  joinNeighbourRows,
  type NeighbourRows,
} from '../../src/algorithms/cosine-neighbours.js';
import type { TopKNeighbours } from '../../src/algorithms/cosine-topk.js';
import { neighboursOnTwoThreads, rangeRowsFor, type NeighbourRowsHelper } from '../../src/job/shared-neighbour-rows.js';
import { startSecondThread } from '../../src/job/second-thread.js';
import { randomMatrix } from '../support/matrices.js';

const plain = (t: TopKNeighbours) => ({
  indptr: Array.from(t.indptr),
  neighbours: Array.from(t.neighbours),
  shared: Array.from(t.shared),
  scores: Array.from(t.scores),
});

describe('customer neighbours computed by two threads', () => {
  const m = randomMatrix(11, 1000, 60);
  const oneThread = plain(cosineNeighbours(m, 7));

  it('when the rows are computed in ranges joined in any order then the lists are the one-thread lists', () => {
    const input = cosineRowsInput(m);
    const parts = [cosineNeighbourRows(input, 7, 700, 1000), cosineNeighbourRows(input, 7, 0, 333), cosineNeighbourRows(input, 7, 333, 700)];
    expect(plain(joinNeighbourRows(input, parts))).toEqual(oneThread);
  });

  it('when a range of rows is missing then joining refuses, naming the rows', () => {
    const input = cosineRowsInput(m);
    expect(() => joinNeighbourRows(input, [cosineNeighbourRows(input, 7, 0, 500), cosineNeighbourRows(input, 7, 600, 1000)])).toThrow(
      'rows 500..599 are missing',
    );
  });

  it('when the other thread claims half of the ranges then this thread computes the rest and waits for its share', async () => {
    const ranges = Math.ceil(m.rows / rangeRowsFor(m.rows));
    expect(ranges).toBeGreaterThan(2);
    let claimedByHelper = 0;
    // A helper that has already taken every other range by the time this thread starts claiming.
    const helper: NeighbourRowsHelper = (job) => {
      const input = cosineRowsInput(job.matrix);
      const parts: NeighbourRows[] = [];
      for (let i = 0; i < Math.floor(ranges / 2); i++) {
        const range = Atomics.add(job.next, 0, 1);
        const from = range * job.rangeRows;
        parts.push(cosineNeighbourRows(input, job.k, from, Math.min(job.matrix.rows, from + job.rangeRows)));
        claimedByHelper++;
      }
      return new Promise((resolve) => setTimeout(() => resolve(parts), 20));
    };
    expect(plain(await neighboursOnTwoThreads(m, 7, helper))).toEqual(oneThread);
    expect(claimedByHelper).toBe(Math.floor(ranges / 2));
  });

  it('when the other thread claimed nothing and has failed then this thread does not wait for it', async () => {
    const helper: NeighbourRowsHelper = () => Promise.reject(new Error('the thread is busy elsewhere'));
    expect(plain(await neighboursOnTwoThreads(m, 7, helper))).toEqual(oneThread);
  });

  describe('with the analysis run’s real second thread', () => {
    const thread = startSecondThread();
    afterAll(() => thread.stop());

    it('when the second thread claims every range then the ranges it sends back join into the one-thread lists', async () => {
      const input = cosineRowsInput(m);
      const parts = await thread.neighbourRows({ matrix: m, k: 7, next: new Int32Array(new SharedArrayBuffer(4)), rangeRows: 128 });
      expect(parts.length).toBe(Math.ceil(m.rows / 128));
      expect(plain(joinNeighbourRows(input, parts))).toEqual(oneThread);
    });

    it('when both threads claim ranges of a bigger matrix then the lists are the one-thread lists', async () => {
      const big = randomMatrix(5, 6000, 300);
      // The worker joins while this thread computes; however the ranges fall, the lists agree.
      expect(plain(await neighboursOnTwoThreads(big, 10, thread.neighbourRows))).toEqual(plain(cosineNeighbours(big, 10)));
    });
  });
});
