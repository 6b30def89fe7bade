/**
 * A key lookup's cost must follow the rows it asks for, not the size of the shop: its plan starts from the
 * node's primary key and never scans a whole table that grows with customers, orders, products or edges.
 * Ladybug plans from cardinality estimates, and on the full Online Retail graph it planned
 * `(c:Customer {id: $id})-[r:RECOMMENDED]->(p:Product) WHERE r.run = $run` as a scan of every Product and
 * every RECOMMENDED edge (17.8 ms instead of 2.8 ms; docs/scale.md). This checks the plan of every query
 * declared `Plan: key lookup` on a fabricated graph where the same misplan shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getQuery, LadybugStore, loadCatalog, storeRow, tableOf, unmaskedScans, type PlanOperator } from '@basketgraph/cypher';
import { loadWideRankedGraph, openTempStore, type TempStore } from '@basketgraph/cypher/testing';

/** Tables whose size does not grow with the shop: one row per run, segment, import or evaluation. */
const SMALL = new Set(['AnalysisRun', 'Segment', 'Import', 'Evaluation']);
const RUN = 'run-wide';

const describePlan = (plan: PlanOperator[]) => plan.map((o) => `${o.name}[${o.id}] ${tableOf(o) ?? ''}`.trim()).join(', ');

describe('key-lookup query plans (embedded store)', () => {
  let t: TempStore;
  let store: LadybugStore;
  let customer: string;
  let product: string;

  beforeAll(async () => {
    t = await openTempStore();
    store = t.store as LadybugStore;
    const graph = await loadWideRankedGraph(store, { size: 4200, perNode: 20 });
    [customer, product] = [graph.customers[7], graph.products[7]];
    await store.write(async (tx) => {
      await tx.bulkLoad(
        'Segment',
        [0, 1, 2].map((i) => storeRow.Segment({ id: `S${i}`, run: RUN, rank: i, name: `segment ${i}` })),
      );
      await tx.bulkLoad(
        { rel: 'IN_SEGMENT', from: 'Customer', to: 'Segment' },
        graph.customers.map((id, i) => storeRow.IN_SEGMENT({ from: id, to: `S${i % 3}`, distance: 1, run: RUN })),
      );
    });
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  const keyLookups = [...new Set([...loadCatalog().values()].filter((q) => q.keyLookup).map((q) => q.name))];
  const params = (names: string[]) =>
    Object.fromEntries(
      names.map((n) => {
        if (n === 'id') return [n, customer];
        if (n === 'ids') return [n, [customer, 'unknown']];
        if (n === 'first') return [n, 10];
        if (n === 'currentRun') return [n, RUN];
        throw new Error(`no test value for $${n}`);
      }),
    );

  it('when the catalog is read then the single-id forms of the API are declared key lookups', () => {
    const singleId = [...loadCatalog().values()].filter((q) => q.name.startsWith('api-') && q.params.includes('id')).map((q) => q.name);
    expect(singleId.length).toBeGreaterThanOrEqual(5);
    expect(keyLookups).toEqual(expect.arrayContaining(singleId));
  });

  it.each(keyLookups)('when %s is planned then it starts from a primary key and scans no growing table whole', async (name) => {
    const q = getQuery(name, 'embedded');
    const id = name.startsWith('api-product') ? product : customer;
    const plan = await store.explain(q.text, {
      ...params(q.params),
      ...(q.params.includes('id') ? { id } : {}),
      ...(q.params.includes('ids') ? { ids: [id, 'unknown'] } : {}),
    });
    expect(plan.length, 'the plan was read').toBeGreaterThan(1);
    // One key ($id) or one key per element of a list (`UNWIND $ids AS i MATCH (n {id: i})`).
    expect(
      plan.some((o) => o.name === 'PRIMARY_KEY_SCAN_NODE_TABLE' || o.name === 'QUERY_PRIMARY_KEY_LOOKUP'),
      describePlan(plan),
    ).toBe(true);
    expect(unmaskedScans(plan, SMALL).map((o) => `${o.name}[${o.id}] ${tableOf(o)}`)).toEqual([]);
  });

  // RECOMMENDED and SIMILAR are stored forwards only (schema.ts `forwardOnly`), which leaves Ladybug no backward
  // plan for them; ALSO_BOUGHT is stored both ways and shows the misplan the check must catch.
  it('when a ranked list stored both ways is filtered by a run parameter without a join hint then the check finds the full scan', async () => {
    const text =
      'MATCH (a:Product {id: $id})-[r:ALSO_BOUGHT]->(p:Product) WHERE r.rank <= $first AND r.run = $currentRun ' +
      'RETURN a.id AS from, p AS product, r.score AS score, r.rank AS rank ORDER BY rank';
    const plan = await store.explain(text, { id: product, first: 10, currentRun: RUN });
    expect(unmaskedScans(plan, SMALL).map(tableOf)).toContain('Product');
  });
});
