/** Customers × products purchase patterns for recommender tests. */
import { buildCsr, type CsrMatrix } from '../../src/algorithms/csr.js';

/** A binary pattern from each customer's product list. */
export function matrix(rows: number[][], cols: number): CsrMatrix {
  const r: number[] = [];
  const c: number[] = [];
  rows.forEach((items, u) => items.forEach((i) => (r.push(u), c.push(i))));
  return buildCsr(rows.length, cols, r, c);
}

/** 1–6 products per customer, skewed towards low product numbers; the same seed gives the same pattern. */
export function randomMatrix(seed: number, users: number, items: number): CsrMatrix {
  let s = seed;
  const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return matrix(
    Array.from({ length: users }, () => {
      const set = new Set<number>();
      const n = 1 + Math.floor(next() * 6);
      for (let i = 0; i < n; i++) set.add(Math.floor(items * next() ** 2));
      return [...set];
    }),
    items,
  );
}
