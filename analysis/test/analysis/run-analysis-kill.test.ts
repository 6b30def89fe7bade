/**
 * A real kill: an analysis process is SIGKILLed in the middle of publishing its run. The graph must still
 * serve the previous run, and the next run must mark the killed one failed and leave only its own results.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openGraphStore, type GraphStore } from '@basketgraph/cypher';
import { importFile } from '@basketgraph/seed';
import { SAMPLE_5K } from '@basketgraph/seed/testing';
import { runAnalysis } from '@basketgraph/analysis';

const CHILD = fileURLToPath(new URL('../support/analyse-and-die.ts', import.meta.url));
const PARAMS = { k: 3, seed: 7, minSupport: 0.05, recommendations: 5, neighbours: 5 };

/** What readers see through the API's queries. */
async function served(store: GraphStore) {
  const [current] = await store.query('current-run');
  const segments = (await store.query('api-segments')).map((r) => (r.segment as { id: string; name: string }).name);
  const neighbours = await store.query('api-hot-neighbours', { maxRank: 5, from: '', to: '' });
  const recommended = await store.query('api-hot-recommendations', { maxRank: 5, from: '', to: '' });
  const rules = await store.query('api-rules-count', {
    segment: '',
    scope: '',
    minLift: 0,
    minConfidence: 0,
    minSupport: 0,
    product: '',
    ifProduct: '',
    thenProduct: '',
  });
  return { current: current?.id, segments, neighbours: neighbours.length, recommended: recommended.length, rules: rules[0].total };
}

describe('an analysis process killed while it publishes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-kill-'));
  const dbPath = path.join(dir, 'graph');
  let before: Awaited<ReturnType<typeof served>>;
  beforeAll(async () => {
    const store = await openGraphStore(dbPath, { owner: 'test' });
    await importFile(store, SAMPLE_5K);
    await runAnalysis(store, PARAMS);
    before = await served(store);
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const KILL_POINTS = ['^writing segments', '^writing neighbours', ' rules$', ' recommendations$'];
  it.each(KILL_POINTS)(
    'when it is killed at the publish step /%s/ then the previous run is still served',
    (killAt) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, dbPath, killAt], { encoding: 'utf8', timeout: 120_000 });
      expect(child.signal, child.stderr).toBe('SIGKILL');
      return openGraphStore(dbPath, { owner: 'test' }).then(async (store) => {
        try {
          expect(await served(store)).toEqual(before);
        } finally {
          await store.close();
        }
      });
    },
    150_000,
  );

  it('when the next run completes then it marks the killed runs failed and only its own results remain', async () => {
    const store = await openGraphStore(dbPath, { owner: 'test' });
    try {
      const next = await runAnalysis(store, PARAMS);
      const runs = (await store.cypher('MATCH (r:AnalysisRun) RETURN r.id AS id, r.status AS status, r.current AS current')).rows;
      expect(runs.filter((r) => r.current).map((r) => r.id)).toEqual([next.id]);
      expect(runs.filter((r) => r.status === 'failed').length).toBe(KILL_POINTS.length);
      const leftovers = await store.cypher(`MATCH ()-[e:SIMILAR]->() WHERE e.run <> '${next.id}' RETURN count(*) AS n`);
      expect(leftovers.rows[0].n).toBe(0);
      expect({ ...(await served(store)), current: before.current }).toEqual(before);
    } finally {
      await store.close();
    }
  }, 120_000);
});
