/** Shared by the paged-list order tests: the order computed in JavaScript, and the check of every page against it. */
import { expect } from 'vitest';

const compare = <K extends number | string>(a: K, b: K) => (a < b ? -1 : a > b ? 1 : 0);

/** Ids ordered by `key` in `direction` ('ASC'|'DESC'), a missing (null) key last in either direction, ties by id. */
export function idsInOrder<R extends { id: string }, K extends number | string>(
  rows: readonly R[],
  key: (r: R) => K | null,
  direction: string,
): string[] {
  const byId = (a: R, b: R) => compare(a.id, b.id);
  const sign = direction === 'DESC' ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return ka === kb ? byId(a, b) : ka === null ? 1 : -1;
      return sign * compare(ka, kb) || byId(a, b);
    })
    .map((r) => r.id);
}

/**
 * Reads the page of `limit` rows at the start, the middle (2,000) and the end of `want`, each `runs` times, and
 * expects each to be that slice of `want`.
 */
export async function expectEveryPage(
  want: readonly string[],
  page: (skip: number, limit: number) => Promise<{ id: string }[]>,
  label: string,
  { limit = 40, runs = 3 }: { limit?: number; runs?: number } = {},
): Promise<void> {
  for (const skip of [0, 2000, want.length - 30]) {
    for (let run = 0; run < runs; run++) {
      const got = await page(skip, limit);
      expect(
        got.map((r) => r.id),
        `${label} skip ${skip}`,
      ).toEqual(want.slice(skip, skip + limit));
    }
  }
}
