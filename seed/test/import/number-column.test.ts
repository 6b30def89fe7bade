import { describe, expect, it } from 'vitest';
import { keepRows, NumberColumn } from '../../src/import/number-column.js';

describe('NumberColumn', () => {
  it('when more values than one chunk are pushed then each reads back, and truncating frees the chunks past the end', () => {
    const c = new NumberColumn(Float64Array);
    const n = 200_000; // > 3 chunks of 65,536
    for (let i = 0; i < n; i++) c.push(i + 0.25);
    expect(c.length).toBe(n);
    expect([c.get(0), c.get(65_535), c.get(65_536), c.get(n - 1)]).toEqual([0.25, 65_535.25, 65_536.25, n - 0.75]);
    expect(c.bytes).toBe(4 * 65_536 * 8);
    c.add(70_000, 1);
    expect(c.get(70_000)).toBe(70_001.25);
    c.truncate(65_537);
    expect(c.length).toBe(65_537);
    expect(c.bytes).toBe(2 * 65_536 * 8);
    c.push(-1);
    expect(c.get(65_537)).toBe(-1);
  });

  it('when rows are kept by a predicate then every column keeps the same rows, in order', () => {
    const a = new NumberColumn(Int32Array);
    const b = new NumberColumn(Float64Array);
    for (let i = 0; i < 100_000; i++) {
      a.push(i);
      b.push(i / 2);
    }
    const left = keepRows([a, b], (i) => i % 3 === 0);
    expect(left).toBe(33_334);
    expect([a.length, b.length]).toEqual([left, left]);
    for (const i of [0, 1, 21_845, left - 1]) expect([a.get(i), b.get(i)]).toEqual([3 * i, (3 * i) / 2]);
  });
});
