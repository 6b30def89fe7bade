/** A temp graph from the 5k-line fixture: import, analyse (k = 4), evaluate; then closed for the server. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openGraphStore } from '@basketgraph/cypher';
import { runAnalysis, runEvaluation } from '@basketgraph/analysis';
import { importFile } from '@basketgraph/seed';
import { FIXTURE_CSV } from './paths';

export async function prepareGraph(): Promise<{ dir: string; graph: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-e2e-'));
  const graph = path.join(dir, 'graph');
  const store = await openGraphStore(graph, { owner: 'explorer e2e setup' });
  try {
    await importFile(store, FIXTURE_CSV, {});
    await runAnalysis(store, { k: 4, seed: 42 });
    await runEvaluation(store, { cutoff: '2010-12-02', top: 10 });
  } finally {
    await store.close();
  }
  return { dir, graph };
}
