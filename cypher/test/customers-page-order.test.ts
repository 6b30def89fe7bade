/**
 * api-customers-page on a graph the embedded store scans on several threads: every sort, both directions, at
 * several offsets, against the order computed here (missing values last, ties by id). Ladybug 0.19.1 misorders
 * multi-key sorts with null keys and sorts `-value` (−0.0 for 0) before every negative number there, so the
 * query sorts one number key; this checks that it holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWideRankedGraph, openTempStore, type TempStore } from '@basketgraph/cypher/testing';

const FEATURES = ['recency', 'frequency', 'monetary', 'avgOrderValue', 'distinctProducts', 'returnRate', 'tenure'];
const RUNS = 3;

interface Row {
  id: string;
  monetary: number | null;
  recency: number | null;
}

describe('the customers page query on a graph scanned by several threads', () => {
  let t: TempStore;
  let rows: Row[];
  beforeAll(async () => {
    t = await openTempStore();
    const g = await loadWideRankedGraph(t.store, { perNode: 1, lists: [] });
    // Deterministic values with many ties, zeros and missing ones; customers listed out of id order.
    rows = g.customers.map((id, i) => ({
      id,
      monetary: i % 11 === 0 ? null : i % 7 === 0 ? 0 : ((i * 7919) % 1000) / 4,
      recency: i % 13 === 0 ? null : (i * 31) % 50,
    }));
    await t.store.write((tx) =>
      tx.cypher(
        "UNWIND $rows AS r MATCH (c:Customer {id: r.id}) SET c.monetary = CASE WHEN r.m = '' THEN NULL ELSE CAST(r.m AS DOUBLE) END, c.recency = CASE WHEN r.r = '' THEN NULL ELSE CAST(r.r AS INT64) END",
        {
          rows: rows.map((r) => ({
            id: r.id,
            m: r.monetary === null ? '' : String(r.monetary),
            r: r.recency === null ? '' : String(r.recency),
          })),
        },
      ),
    );
  });
  afterAll(() => t?.dispose());

  const expected = (field: 'id' | 'monetary' | 'recency', direction: string): string[] => {
    const sign = direction === 'DESC' ? -1 : 1;
    const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    if (field === 'id') return [...rows].sort((a, b) => sign * byId(a, b)).map((r) => r.id);
    return [...rows]
      .sort((a, b) => {
        const ka = a[field];
        const kb = b[field];
        if (ka === null || kb === null) return ka === kb ? byId(a, b) : ka === null ? 1 : -1;
        return sign * (ka - kb) || byId(a, b);
      })
      .map((r) => r.id);
  };

  it('when customers are paged by id or a feature, either direction, then every page is the exact slice of that order', async () => {
    const params: Record<string, unknown> = { segment: '', country: '', idPrefix: '', status: '', limit: 40 };
    for (const f of FEATURES) Object.assign(params, { [`${f}On`]: false, [`${f}Min`]: -Number.MAX_VALUE, [`${f}Max`]: Number.MAX_VALUE });
    for (const field of ['id', 'monetary', 'recency'] as const) {
      for (const direction of ['ASC', 'DESC']) {
        const want = expected(field, direction);
        for (const skip of [0, 2000, want.length - 30]) {
          for (let run = 0; run < RUNS; run++) {
            const got = await t.store.query<{ id: string }>('api-customers-page', { ...params, sortField: field, direction, skip });
            expect(
              got.map((r) => r.id),
              `${field} ${direction} skip ${skip}`,
            ).toEqual(want.slice(skip, skip + 40));
          }
        }
      }
    }
  });
});
