/**
 * The embedded store publishes a run through staging tables filled in bounded transactions
 * (staged-publish.ts): while they fill, other connections see the staged rows committed but every query
 * still serves the previous run; the switch swaps the tables in one transaction.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeRow, type GraphWriter } from '@basketgraph/cypher';
import { LadybugStore } from '../src/embedded/ladybug-store.js';
import { LadybugSession } from '../src/embedded/ladybug-session.js';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('the embedded store publishes a run in bounded transactions', () => {
  let dir: string;
  let store: LadybugStore;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-staged-'));
    store = await LadybugStore.open(path.join(dir, 'graph'), { owner: 'test', publishRowsPerTransaction: 2 });
    await store.ensureSchema();
    await store.write(async (tx) => {
      await tx.bulkLoad(
        'Customer',
        IDS.map((id) => storeRow.Customer({ id })),
      );
      await tx.bulkLoad(
        'AnalysisRun',
        ['r1', 'r2'].map((id) => storeRow.AnalysisRun({ id, status: 'running', current: false })),
      );
    });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A→B SIMILAR edges between consecutive ids (five rows: three staging transactions of at most two). */
  const edges = (run: string, score: number) =>
    IDS.slice(1).map((to, i) => storeRow.SIMILAR({ from: IDS[i], to, score, rank: 1, shared: 1, sameSegment: false, run }));
  const served = async () =>
    (await store.query('api-customer-neighbours', { ids: IDS, first: 10 })).map((r) => `${r.customer}:${r.score}`).sort();
  const count = async (table: string) => Number((await store.cypher(`MATCH ()-[e:${table}]->() RETURN count(e) AS n`)).rows[0].n);
  const tables = async () => (await store.cypher('CALL show_tables() RETURN name')).rows.map((r) => String(r.name));

  const publish = (run: string, score: number, whileStaged?: () => Promise<void>) =>
    store.publishRun({
      runId: run,
      write: async (w: GraphWriter) => {
        await w.bulkLoad('SIMILAR', edges(run, score));
        await whileStaged?.();
      },
      makeCurrent: async (tx) => {
        await tx.query('analysis-run-switch', { id: run });
      },
    });

  it('when rows are staged then they are committed, other connections still read the previous run, and the switch serves the new one', async () => {
    await publish('r1', 0.5);
    const before = await served();
    expect(before).toEqual(['a:0.5', 'b:0.5', 'c:0.5', 'd:0.5', 'e:0.5']);
    let whileStaged: { served: string[]; staged: number } | null = null;
    await publish('r2', 0.25, async () => {
      whileStaged = { served: await served(), staged: await count('SIMILAR__staged') };
    });
    expect(whileStaged).toEqual({ served: before, staged: 5 });
    expect(await served()).toEqual(['a:0.25', 'b:0.25', 'c:0.25', 'd:0.25', 'e:0.25']);
    expect(await count('SIMILAR')).toBe(5);
    expect((await tables()).filter((t) => t.endsWith('__staged'))).toEqual([]);
  });

  it('when a run is staged then a relationship table goes in bounded COPYs and a node table in one, whatever its size', async () => {
    // Key lookups on a node table filled by several COPYs are about five times slower (staged-publish.ts).
    const copies = vi.spyOn(LadybugSession.prototype, 'copyBulkFile');
    try {
      await store.publishRun({
        runId: 'r1',
        write: async (w: GraphWriter) => {
          await w.bulkLoad('SIMILAR', edges('r1', 0.5));
          await w.bulkLoad(
            'CustomerLists',
            IDS.map((id) => storeRow.CustomerLists({ id, run: 'r1', model: 'm', recommendations: '[]', neighbours: '[]' })),
          );
        },
        makeCurrent: async (tx) => {
          await tx.query('analysis-run-switch', { id: 'r1' });
        },
      });
      expect(copies.mock.calls.map(([file]) => file.table)).toEqual([
        'SIMILAR__staged',
        'SIMILAR__staged',
        'SIMILAR__staged',
        'CustomerLists__staged',
      ]);
    } finally {
      copies.mockRestore();
    }
    expect((await store.query('api-customer-lists', { ids: IDS })).map((r) => r.customer).sort()).toEqual(IDS);
  });

  it('when a publish fails while staging then the previous run is served and the next publish replaces the leftover staging tables', async () => {
    await publish('r1', 0.5);
    await expect(
      publish('r2', 0.25, () => {
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect((await tables()).some((t) => t === 'SIMILAR__staged')).toBe(true);
    expect(await served()).toEqual(['a:0.5', 'b:0.5', 'c:0.5', 'd:0.5', 'e:0.5']);
    await publish('r1', 0.125);
    expect(await served()).toEqual(['a:0.125', 'b:0.125', 'c:0.125', 'd:0.125', 'e:0.125']);
    expect(await count('SIMILAR')).toBe(5);
  });

  it('when a staging COPY fails while the next file is being written then the publish fails, the previous run is served and no file is left', async () => {
    await publish('r1', 0.5);
    const copied: string[] = [];
    const failing = store.publishRun({
      runId: 'r2',
      write: async (w: GraphWriter) => {
        await w.bulkLoad(
          'SIMILAR',
          (function* () {
            // The first transaction names a customer the graph does not have: its COPY fails while the rows of
            // the second transaction are being written to their file.
            yield storeRow.SIMILAR({ from: 'a', to: 'nobody', score: 0.25, rank: 1, shared: 1, sameSegment: false, run: 'r2' });
            for (const row of edges('r2', 0.25)) {
              copied.push(String(row[0]));
              yield row;
            }
          })(),
        );
      },
      makeCurrent: async (tx) => {
        await tx.query('analysis-run-switch', { id: 'r2' });
      },
    });
    await expect(failing).rejects.toThrow(/nobody|primary key|not found/i);
    expect(copied.length).toBeGreaterThan(1);
    expect(await served()).toEqual(['a:0.5', 'b:0.5', 'c:0.5', 'd:0.5', 'e:0.5']);
    expect(readdirSync(store.tempDir())).toEqual([]);
    await publish('r2', 0.25);
    expect(await served()).toEqual(['a:0.25', 'b:0.25', 'c:0.25', 'd:0.25', 'e:0.25']);
  });
});
