import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import type { GraphStore, RowStreamingReader } from '@basketgraph/cypher';
import { prepareGraph } from '../../src/cli/prepare-graph.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = path.join(ROOT, 'seed/test/fixtures/online-retail-5k.csv');

describe('what `basketgraph start` prepares before serving', () => {
  let t: TempStore;
  const lines: string[] = [];
  const log = (line: string) => void lines.push(line);
  const count = async (label: string) => (await t.store.cypher(`MATCH (n:${label}) RETURN count(n) AS n`)).rows[0].n;

  beforeAll(async () => {
    t = await openTempStore();
    // The tables and progress lines the CLI prints are not what these tests look at.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  }, 60_000);
  afterAll(async () => {
    vi.restoreAllMocks();
    await t.dispose();
  });

  it('when the graph is empty then it is imported, analysed and evaluated (the purchases read once), and a cutoff outside the data falls back to auto', async () => {
    // The purchase lines are streamed row by row (`eachRow`) where the store streams, else read whole (`query`).
    const store = t.store as GraphStore & Partial<RowStreamingReader>;
    const query = vi.spyOn(store, 'query');
    const eachRow = vi.spyOn(store as RowStreamingReader, 'eachRow');
    // The 5k sample holds December 2010 only: the bundled data's 2011-09-09 split is outside it.
    const steps = await prepareGraph(t.store, { dataFile: SAMPLE, cutoff: '2011-09-09', log });
    const reads = [...query.mock.calls, ...eachRow.mock.calls].filter(([name]) => name === 'analysis-purchase-lines');
    expect(reads).toHaveLength(1);
    query.mockRestore();
    eachRow.mockRestore();
    expect(steps.imported).toBe(SAMPLE);
    expect(steps.analysed).toBe(true);
    const [span] = (await t.store.cypher("MATCH (o:`Order` {kind: 'purchase'}) RETURN min(o.date) AS first, max(o.date) AS last")).rows;
    expect(steps.evaluated! > String(span.first) && steps.evaluated! <= String(span.last)).toBe(true);
    expect(lines.some((l) => /no customer bought both before and on\/after 2011-09-09: .*; trying --cutoff auto/.test(l))).toBe(true);
    const [evaluation] = await t.store.query('evaluation-latest');
    expect(evaluation.cutoff).toBe(steps.evaluated);
    expect(await count('AnalysisRun')).toBe(1);
  }, 120_000);

  it('when everything is there then a later start does nothing and adds nothing', async () => {
    const orders = await count('`Order`');
    const steps = await prepareGraph(t.store, { dataFile: SAMPLE, cutoff: '2011-09-09', log });
    expect(steps).toEqual({ imported: null, analysed: false, evaluated: null });
    expect(await count('`Order`')).toBe(orders);
    expect(await count('AnalysisRun')).toBe(1);
    expect(await count('Evaluation')).toBe(1);
  }, 60_000);
});
