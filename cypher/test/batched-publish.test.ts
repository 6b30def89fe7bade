/**
 * The batched publish (Neo4j's `publishRun`) is written over the store port alone, so it is checked here on
 * the embedded store: which transactions it makes, and what readers see when it stops half-way.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { publishInBatches, storeRow, type GraphStore, type GraphWriter } from '@basketgraph/cypher';

const CUSTOMERS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** The store, with each write transaction recorded as the list of what ran in it. */
function recording(store: GraphStore): { store: GraphStore; transactions: string[][] } {
  const transactions: string[][] = [];
  const spy = new Proxy(store, {
    get(target, prop) {
      if (prop === 'write') {
        return <T>(work: (tx: GraphWriter) => Promise<T>) =>
          target.write((tx) => {
            const ops: string[] = [];
            transactions.push(ops);
            const recorder: GraphWriter = {
              query: (name, params) => (ops.push(name), tx.query(name, params)),
              cypher: (text, params) => (ops.push(text.startsWith('MATCH ()-[e:') ? 'remove-rels' : 'cypher'), tx.cypher(text, params)),
              bulkLoad: (target, rows) => {
                const list = [...rows];
                ops.push(`load ${list.length}`);
                return tx.bulkLoad(target, list);
              },
              clearTables: (tables) => tx.clearTables(tables),
            };
            return work(recorder);
          });
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: spy, transactions };
}

/** A run's SIMILAR edges: each customer → the next, with the run's score; optionally stopping after `stopAfter` rows. */
function similarRun(runId: string, score: number, stopAfter = Infinity) {
  return {
    runId,
    write: (w: GraphWriter) =>
      w.bulkLoad(
        'SIMILAR',
        (function* () {
          for (let i = 0; i + 1 < CUSTOMERS.length; i++) {
            if (i >= stopAfter) throw new Error('killed');
            yield storeRow.SIMILAR({ from: CUSTOMERS[i], to: CUSTOMERS[i + 1], score, rank: 1, shared: 1, sameSegment: false, run: runId });
          }
        })(),
      ),
    makeCurrent: async (tx: GraphWriter) => {
      await tx.query('analysis-run-switch', { id: runId });
    },
  };
}

describe('publishing a run in bounded batches', () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore();
    await t.store.write(async (tx) => {
      await tx.bulkLoad(
        'Customer',
        CUSTOMERS.map((id) => storeRow.Customer({ id })),
      );
      await tx.bulkLoad(
        'AnalysisRun',
        ['r1', 'r2', 'r3'].map((id) => storeRow.AnalysisRun({ id, status: 'running', current: false })),
      );
    });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const served = async () =>
    (await t.store.query('api-customer-neighbours', { ids: CUSTOMERS, first: 5 })).map((r) => `${r.customer}:${r.score}`).sort();
  const runsInGraph = async () =>
    (await t.store.cypher('MATCH ()-[e:SIMILAR]->() RETURN DISTINCT e.run AS run')).rows.map((r) => r.run).sort();

  it('when a run is published then each batch is its own transaction and one small transaction switches the current run', async () => {
    await publishInBatches(t.store, similarRun('r1', 0.5), 2);
    const { store, transactions } = recording(t.store);
    await publishInBatches(store, similarRun('r2', 0.25), 2);
    const loads = transactions.filter((ops) => ops.some((op) => op.startsWith('load')));
    expect(loads).toEqual([['load 2'], ['load 2'], ['load 1']]);
    const switches = transactions.filter((ops) => ops.includes('analysis-run-switch'));
    expect(switches).toEqual([['analysis-run-switch']]);
    // The previous run's 5 edges go after the switch, 2 per transaction.
    const afterSwitch = transactions.slice(transactions.indexOf(switches[0]) + 1).filter((ops) => ops.includes('remove-rels'));
    expect(afterSwitch.length).toBeGreaterThanOrEqual(3);
    expect(await served()).toEqual(['a:0.25', 'b:0.25', 'c:0.25', 'd:0.25', 'e:0.25']);
    expect(await runsInGraph()).toEqual(['r2']);
  });

  it('when a publish is killed between batches then the previous run is served, and the next run removes the leftovers', async () => {
    await publishInBatches(t.store, similarRun('r1', 0.5), 2);
    await expect(publishInBatches(t.store, similarRun('r2', 0.25, 3), 2)).rejects.toThrow('killed');
    expect(await runsInGraph()).toEqual(['r1', 'r2']); // the first batch of r2 was committed
    expect(await served()).toEqual(['a:0.5', 'b:0.5', 'c:0.5', 'd:0.5', 'e:0.5']);
    expect((await t.store.query('current-run')).map((r) => r.id)).toEqual(['r1']);

    const { store, transactions } = recording(t.store);
    await publishInBatches(store, similarRun('r3', 0.125), 2);
    const firstLoad = transactions.findIndex((ops) => ops.some((op) => op.startsWith('load')));
    expect(transactions.slice(0, firstLoad).some((ops) => ops.includes('remove-rels'))).toBe(true);
    expect(await served()).toEqual(['a:0.125', 'b:0.125', 'c:0.125', 'd:0.125', 'e:0.125']);
    expect(await runsInGraph()).toEqual(['r3']);
  });
});
