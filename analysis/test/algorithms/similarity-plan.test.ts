import { describe, expect, it } from 'vitest';
import { buildCsr } from '../../src/algorithms/csr.js';
import { AUTO_CANDIDATE_CAP, similarityPlan } from '../../src/job/compute-similarity.js';

/** Customers × products: product 0 bought by all four customers, product 1 by two, product 2 by one. */
const matrix = buildCsr(4, 3, [0, 1, 2, 3, 0, 1, 2], [0, 0, 0, 0, 1, 1, 2], undefined, { binary: true });

describe('the similarity stage chooses its kernel by the exact kernel’s work', () => {
  it('when the pairs of buyers per product stay within the limit then neighbours are exact', () => {
    expect(similarityPlan(matrix, 21)).toEqual({ work: 4 ** 2 + 2 ** 2 + 1 ** 2, cap: null });
  });

  it('when they exceed the limit then the candidate cap is used', () => {
    expect(similarityPlan(matrix, 20)).toEqual({ work: 21, cap: AUTO_CANDIDATE_CAP });
  });
});
