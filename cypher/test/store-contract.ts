/**
 * The behaviour every graph-store adapter must have, as one suite run against
 * the embedded store always and against Neo4j when NEO4J_URL is set.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { storeRow, type GraphStore, type GraphWriter } from '@basketgraph/cypher';

const similar = (from: string, to: string, score: number, run: string) =>
  storeRow.SIMILAR({ from, to, score, rank: 1, shared: 1, sameSegment: false, run });

export interface StoreHandle {
  store: GraphStore;
  dispose(): Promise<void>;
}

export function storeContract(open: () => Promise<StoreHandle>): void {
  let h: StoreHandle;
  beforeEach(async () => {
    h = await open();
  });
  afterEach(async () => {
    await h.dispose();
  });

  const count = async (label: string) => (await h.store.cypher(`MATCH (n:\`${label}\`) RETURN count(n) AS n`)).rows[0].n as number;

  it('when rows are bulk-loaded in a transaction then queries read them back with their types', async () => {
    await h.store.write(async (tx) => {
      await tx.bulkLoad('Customer', [
        storeRow.Customer({ id: 'c1', country: 'France' }),
        storeRow.Customer({ id: 'c2', country: 'United Kingdom, "GB"' }),
      ]);
      await tx.bulkLoad('Segment', [
        storeRow.Segment({
          id: 'S0',
          run: 'run1',
          rank: 0,
          name: 'Champions',
          description: 'best',
          size: 2,
          customerShare: 1,
          revenue: 10.5,
          revenueShare: 1,
          orders: 3,
          meanRecency: 5,
          meanFrequency: 1.5,
          meanMonetary: 5.25,
          avgSalesPerCustomer: 5.25,
          avgSalesPerOrder: 3.5,
          ordersPerCustomer: 1.5,
          centroidRaw: [1.5, 2, 3],
          centroidScaled: [0.1, -0.2, 0],
          silhouette: 0.7,
        }),
      ]);
      await tx.bulkLoad({ rel: 'IN_SEGMENT', from: 'Customer', to: 'Segment' }, [
        storeRow.IN_SEGMENT({ from: 'c1', to: 'S0', distance: 0.25, run: 'run1' }),
        storeRow.IN_SEGMENT({ from: 'c2', to: 'S0', distance: 1, run: 'run1' }),
      ]);
      await tx.bulkLoad('SIMILAR', [
        storeRow.SIMILAR({ from: 'c1', to: 'c2', score: 0.5, rank: 1, shared: 3, sameSegment: true, run: 'run1' }),
      ]);
      await tx.bulkLoad('Rule', [
        storeRow.Rule({
          id: 'R1',
          run: 'run1',
          scope: 'global',
          antecedent: ['85123A', 'gift_0001_10'],
          consequent: ['22423'],
          support: 0.02,
          confidence: 1,
          lift: 24.5,
          leverage: 0.019,
          conviction: null,
          count: 40,
        }),
      ]);
    });
    expect((await h.store.cypher('MATCH (r:Rule) RETURN r.antecedent AS a, r.consequent AS c, r.conviction AS conviction')).rows).toEqual([
      { a: ['85123A', 'gift_0001_10'], c: ['22423'], conviction: null },
    ]);
    const rows = (
      await h.store.cypher(
        'MATCH (c:Customer)-[e:IN_SEGMENT]->(s:Segment) RETURN c.id AS id, c.country AS country, e.distance AS d, s.centroidRaw AS centroid ORDER BY id',
      )
    ).rows;
    expect(rows).toEqual([
      { id: 'c1', country: 'France', d: 0.25, centroid: [1.5, 2, 3] },
      { id: 'c2', country: 'United Kingdom, "GB"', d: 1, centroid: [1.5, 2, 3] },
    ]);
    const similar = (await h.store.cypher('MATCH (:Customer)-[s:SIMILAR]->(:Customer) RETURN s.rank AS rank, s.sameSegment AS same')).rows;
    expect(similar).toEqual([{ rank: 1, same: true }]);
  });

  it('when tables are cleared and reloaded in a transaction then queries (also ones prepared before) read the new rows', async () => {
    const customers = ['a', 'b', 'c'].map((id) => storeRow.Customer({ id }));
    await h.store.write(async (tx) => {
      await tx.bulkLoad('Customer', customers);
      await tx.bulkLoad('SIMILAR', [similar('a', 'b', 0.5, 'r1')]);
    });
    const query = 'MATCH (a:Customer)-[s:SIMILAR]->(b:Customer) RETURN a.id AS a, b.id AS b, s.score AS score';
    expect((await h.store.cypher(query)).rows).toEqual([{ a: 'a', b: 'b', score: 0.5 }]);
    await h.store.write(async (tx) => {
      await tx.clearTables(['SIMILAR']);
      await tx.bulkLoad('SIMILAR', [similar('b', 'c', 0.25, 'r1')]);
    });
    expect((await h.store.cypher(query)).rows).toEqual([{ a: 'b', b: 'c', score: 0.25 }]);
    expect(await count('Customer')).toBe(3);
    await expect(
      h.store.write(async (tx) => {
        await tx.clearTables(['SIMILAR']);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await h.store.cypher(query)).rows).toEqual([{ a: 'b', b: 'c', score: 0.25 }]);
  });

  it('when a bulk-load row has the wrong number of values then the error names the table and the row, and nothing is written', async () => {
    const rows = [storeRow.Product({ id: 'p1' }), ['p2', 'MUG'], storeRow.Product({ id: 'p3' })];
    await expect(h.store.write((tx) => tx.bulkLoad('Product', rows))).rejects.toThrow(
      'bulk load into Product: row 2 has 2 values, the table has 5 (id, description, type, variant, sku)',
    );
    expect(await count('Product')).toBe(0);
  });

  /** A run of SIMILAR edges a→b, b→c … over `ids`, published as run `runId` (scores tell runs apart). */
  const publishSimilar = (runId: string, score: number, options: { failAfterWrite?: boolean } = {}) =>
    h.store.publishRun({
      runId,
      write: async (w: GraphWriter) => {
        await w.bulkLoad('SIMILAR', [similar('a', 'b', score, runId), similar('b', 'c', score, runId)]);
        if (options.failAfterWrite) throw new Error('killed');
      },
      makeCurrent: async (tx) => {
        await tx.query('analysis-run-switch', { id: runId });
      },
    });
  const setUpRuns = async (...ids: string[]) => {
    await h.store.write(async (tx) => {
      await tx.bulkLoad(
        'Customer',
        ['a', 'b', 'c'].map((id) => storeRow.Customer({ id })),
      );
      await tx.bulkLoad(
        'AnalysisRun',
        ids.map((id) => storeRow.AnalysisRun({ id, status: 'running', current: false })),
      );
    });
  };
  const neighbours = async () =>
    (await h.store.query('api-customer-neighbours', { ids: ['a', 'b'], first: 10 })).map((r) => `${r.customer}:${r.score}`).sort();
  const similarRuns = async () =>
    (await h.store.cypher('MATCH ()-[e:SIMILAR]->() RETURN DISTINCT e.run AS run')).rows.map((r) => r.run).sort();

  it("when a run is published then it is the current run, readers see only its results and the previous run's are removed", async () => {
    await setUpRuns('r1', 'r2');
    await publishSimilar('r1', 0.5);
    expect((await h.store.query('current-run')).map((r) => r.id)).toEqual(['r1']);
    expect(await neighbours()).toEqual(['a:0.5', 'b:0.5']);
    await publishSimilar('r2', 0.25);
    expect((await h.store.query('current-run')).map((r) => r.id)).toEqual(['r2']);
    expect(await neighbours()).toEqual(['a:0.25', 'b:0.25']);
    expect(await similarRuns()).toEqual(['r2']);
  });

  it('when a publish stops before the switch then the previous run stays current and served, and the next publish cleans up', async () => {
    await setUpRuns('r1', 'r2', 'r3');
    await publishSimilar('r1', 0.5);
    await expect(publishSimilar('r2', 0.25, { failAfterWrite: true })).rejects.toThrow('killed');
    expect((await h.store.query('current-run')).map((r) => r.id)).toEqual(['r1']);
    expect(await neighbours()).toEqual(['a:0.5', 'b:0.5']);
    await publishSimilar('r3', 0.125);
    expect(await neighbours()).toEqual(['a:0.125', 'b:0.125']);
    expect(await similarRuns()).toEqual(['r3']);
  });

  it('when whole-valued DOUBLE and INT64 columns are loaded then they read back as float and integer (Cypher division shows it)', async () => {
    await h.store.write(async (tx) => {
      await tx.bulkLoad('Order', [
        storeRow.Order({
          id: 'o1',
          kind: 'purchase',
          date: '2011-01-01',
          datetime: '2011-01-01T10:00:00',
          total: 3,
          itemCount: 3,
          lineCount: 1,
        }),
      ]);
      await tx.bulkLoad('Segment', [
        storeRow.Segment({ id: 'S0', run: 'run1', rank: 0, name: 'A', size: 2, customerShare: 1, centroidRaw: [1, 2, 3] }),
      ]);
    });
    // A whole DOUBLE sent as an integer would make total / 2 an integer division (1); an INT64 must stay one.
    const rows = (await h.store.cypher("MATCH (o:`Order` {id: 'o1'}) RETURN o.total / 2 AS half, o.itemCount / 2 AS halfCount")).rows;
    expect(rows).toEqual([{ half: 1.5, halfCount: 1 }]);
    const segment = (await h.store.cypher("MATCH (s:Segment {id: 'S0'}) RETURN s.customerShare / 2 AS share, s.size / 4 AS quarterSize"))
      .rows;
    expect(segment).toEqual([{ share: 0.5, quarterSize: 0 }]);
  });

  it('when a batched write loads rows then they read back exactly once, equal order lines included', async () => {
    const products = Array.from({ length: 25 }, (_, i) => storeRow.Product({ id: `p${i}`, description: `P ${i}` }));
    const orders = Array.from({ length: 4 }, (_, i) =>
      storeRow.Order({ id: `o${i}`, kind: 'purchase', date: '2011-01-01', total: 2, itemCount: 2, lineCount: 2 }),
    );
    const line = (o: string) => storeRow.CONTAINS({ from: o, to: 'p1', quantity: 1, unitPrice: 1, lineTotal: 1 });
    const lines = orders.flatMap(([o]) => [line(o as string), line(o as string)]);
    const loaded = await h.store.writeInBatches(async (tx) => {
      await tx.bulkLoad('Product', products);
      await tx.bulkLoad('Order', orders);
      return tx.bulkLoad('CONTAINS', lines);
    });
    expect(loaded).toBe(8);
    expect(await count('Product')).toBe(25);
    // Two equal lines of one order stay two edges (one per order line).
    expect((await h.store.cypher("MATCH (:`Order` {id: 'o0'})-[l:CONTAINS]->(:Product) RETURN count(l) AS n")).rows).toEqual([{ n: 2 }]);
  });

  it('when the work inside write() fails then nothing it wrote is kept', async () => {
    await expect(
      h.store.write(async (tx) => {
        await tx.bulkLoad('Product', [['p1', 'MUG', null, null, null]]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count('Product')).toBe(0);
  });

  it('when an ad-hoc query would write under readOnly then it is refused and the graph is unchanged', async () => {
    await expect(h.store.cypher("CREATE (:Product {id: 'x'})", {}, { readOnly: true })).rejects.toThrow(/only reads/);
    expect(await count('Product')).toBe(0);
  });

  it('when quoted text first appears after hundreds of plain rows then every row loads intact', async () => {
    // Found on a Shopify export: the first 420 recommendations had no reasons ("[]"), the 421st a JSON text with
    // quotes and commas — the embedded store guessed the CSV dialect from the first rows and refused the load.
    const plain = Array.from({ length: 2500 }, (_, i) => [`p${i}`, `PLAIN ${i}`, null, null, null]);
    const quoted = [
      ['q1', 'MUG, "BIG"', null, null, null],
      ['q2', '[{"kind":"SIMILAR_ITEM","id":"AA-1","weight":1}]', null, null, null],
    ];
    await h.store.write((tx) => tx.bulkLoad('Product', [...plain, ...quoted]));
    expect(await count('Product')).toBe(2502);
    const rows = (
      await h.store.cypher("MATCH (p:Product) WHERE p.id IN ['q1', 'q2', 'p2499'] RETURN p.id AS id, p.description AS d ORDER BY id")
    ).rows;
    expect(rows).toEqual([
      { id: 'p2499', d: 'PLAIN 2499' },
      { id: 'q1', d: 'MUG, "BIG"' },
      { id: 'q2', d: '[{"kind":"SIMILAR_ITEM","id":"AA-1","weight":1}]' },
    ]);
  });

  it('when an ad-hoc query returns more than maxRows then the rows are capped and marked truncated', async () => {
    await h.store.write((tx) =>
      tx.bulkLoad(
        'Product',
        Array.from({ length: 5 }, (_, i) => [`p${i}`, `P ${i}`, null, null, null]),
      ),
    );
    const result = await h.store.cypher('MATCH (p:Product) RETURN p.id AS id ORDER BY id', {}, { maxRows: 3, readOnly: true });
    expect(result).toEqual({ columns: ['id'], rows: [{ id: 'p0' }, { id: 'p1' }, { id: 'p2' }], truncated: true });
  });

  it('when an ad-hoc query has a time limit then a quick one completes and a slow one stops with TIMEOUT', async () => {
    const quick = await h.store.cypher('RETURN 1 AS one', {}, { readOnly: true, timeoutMs: 5_000 });
    expect(quick.rows).toEqual([{ one: 1 }]);
    await h.store.write((tx) =>
      tx.bulkLoad(
        'Product',
        Array.from({ length: 4000 }, (_, i) => [`p${i}`, null, null, null, null]),
      ),
    );
    // 16 million pairs with a string comparison each: about a second when not stopped.
    const pairs = 'MATCH (a:Product), (b:Product) WHERE a.id + b.id < b.id + a.id RETURN count(*) AS n';
    await expect(h.store.cypher(pairs, {}, { readOnly: true, timeoutMs: 50 })).rejects.toMatchObject({ code: 'TIMEOUT' });
    // The limit does not stick to the connections other queries use afterwards.
    expect((await h.store.cypher(pairs)).rows[0].n).toBeGreaterThan(0);
  });

  it('when many requests run the same named query at once then all get their answer', async () => {
    await h.store.write((tx) => tx.bulkLoad('Import', [['abc', 'f.csv', 'online-retail', '2026-01-01T00:00:00Z', 5, 4, 0, 1, 1, 1, '[]']]));
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => h.store.query('import-by-id', { id: i % 2 ? 'abc' : 'nope' })));
    expect(answers.map((a) => a.length)).toEqual(Array.from({ length: 24 }, (_, i) => i % 2));
  });

  it('when a named query takes parameters then they bind (including whole numbers as LIMIT)', async () => {
    await h.store.write((tx) => tx.bulkLoad('Import', [['abc', 'f.csv', 'online-retail', '2026-01-01T00:00:00Z', 5, 4, 0, 1, 1, 1, '[]']]));
    expect(await h.store.query('import-by-id', { id: 'abc' })).toEqual([{ id: 'abc', file: 'f.csv', importedAt: '2026-01-01T00:00:00Z' }]);
    expect(await h.store.query('import-by-id', { id: 'nope' })).toEqual([]);
  });

  it('when customers lack the buyer flag (a graph made before it) then ensureSchema sets it from their orders, and an update after new orders turns returns-only customers into buyers', async () => {
    const order = (id: string, kind: string, lineCount: number) =>
      storeRow.Order({ id, kind, date: '2026-01-01', datetime: '2026-01-01', total: 1, itemCount: lineCount, lineCount });
    await h.store.write(async (tx) => {
      await tx.bulkLoad(
        'Customer',
        ['bought', 'returned', 'empty', 'none'].map((id) => storeRow.Customer({ id })),
      );
      await tx.bulkLoad('Order', [
        order('o1', 'purchase', 2),
        order('o2', 'return', 1),
        order('o3', 'purchase', 0),
        order('o4', 'return', 1),
      ]);
      await tx.bulkLoad('PLACED', [
        storeRow.PLACED({ from: 'bought', to: 'o1' }),
        storeRow.PLACED({ from: 'bought', to: 'o4' }),
        storeRow.PLACED({ from: 'returned', to: 'o2' }),
        storeRow.PLACED({ from: 'empty', to: 'o3' }),
      ]);
    });
    const flags = async () =>
      Object.fromEntries((await h.store.cypher('MATCH (c:Customer) RETURN c.id AS id, c.buyer AS buyer')).rows.map((r) => [r.id, r.buyer]));
    expect(Object.values(await flags())).toEqual([null, null, null, null]);
    await h.store.ensureSchema();
    expect(await flags()).toEqual({ bought: true, returned: false, empty: false, none: false });
    await h.store.write(async (tx) => {
      await tx.bulkLoad('Order', [order('o5', 'purchase', 1)]);
      await tx.bulkLoad('PLACED', [storeRow.PLACED({ from: 'returned', to: 'o5' })]);
      await tx.query('customers-buyer-update');
    });
    expect(await flags()).toEqual({ bought: true, returned: true, empty: false, none: false });
  });
}
