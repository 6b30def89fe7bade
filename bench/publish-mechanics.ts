/**
 * How the embedded store should publish a run, measured on the full UCI data: the same run results
 * (SIMILAR, ALSO_BOUGHT, RECOMMENDED: ≈ 250k edges) replacing the previous run's, either
 *  - `single`: the embedded store's publishRun — one transaction that drops and re-creates the result
 *    tables and COPYs the rows, or
 *  - `batched`: Neo4j's mechanics over the same port (publishInBatches) — 5,000-row batches, each its own
 *    transaction, a switch transaction, then the previous run's rows deleted in 5,000-row batches.
 * Alternating, in one process, medians of the publish time.
 *
 *   npx tsx bench/publish-mechanics.ts [rounds]      → bench/results/publish-mechanics.json
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openGraphStore, publishInBatches, storeRow, type GraphWriter, type RunPublication, type StoreRow } from '@basketgraph/cypher';
import { runAnalysis } from '@basketgraph/analysis';
import { FULL_DATA, runStep, writeResult, median } from './lib/measure.js';

const rounds = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-publish-'));
const graph = path.join(dir, 'graph');
try {
  runStep('import', [FULL_DATA, graph]);
  const store = await openGraphStore(graph, { owner: 'bench publish-mechanics' });
  await runAnalysis(store, {}, { twoThreads: true });
  const read = async (q: string) => (await store.cypher(q)).rows;
  const similar = await read(
    'MATCH (a:Customer)-[e:SIMILAR]->(b:Customer) RETURN a.id AS f, b.id AS t, e.score AS score, e.rank AS rank, e.shared AS shared, e.sameSegment AS same',
  );
  const also = await read('MATCH (a:Product)-[e:ALSO_BOUGHT]->(b:Product) RETURN a.id AS f, b.id AS t, e.score AS score, e.rank AS rank');
  const recs = await read(
    'MATCH (a:Customer)-[e:RECOMMENDED]->(b:Product) RETURN a.id AS f, b.id AS t, e.score AS score, e.rank AS rank, e.model AS model, e.reasons AS reasons',
  );
  const edges = similar.length + also.length + recs.length;

  /** The columns every result edge has, from a row read above. */
  const edge = (r: Record<string, unknown>, run: string) => ({
    from: r.f as string,
    to: r.t as string,
    score: r.score as number,
    rank: r.rank as number,
    run,
  });

  const publication = (run: string): RunPublication<void> => ({
    runId: run,
    write: async (w: GraphWriter) => {
      await w.bulkLoad(
        'SIMILAR',
        similar.map((r): StoreRow<'SIMILAR'> =>
          storeRow.SIMILAR({ ...edge(r, run), shared: r.shared as number, sameSegment: r.same as boolean }),
        ),
      );
      await w.bulkLoad(
        'ALSO_BOUGHT',
        also.map((r) => storeRow.ALSO_BOUGHT(edge(r, run))),
      );
      await w.bulkLoad(
        'RECOMMENDED',
        recs.map((r) => storeRow.RECOMMENDED({ ...edge(r, run), model: r.model as string, reasons: r.reasons as string })),
      );
    },
    makeCurrent: async (tx) => {
      await tx.query('analysis-run-switch', { id: run });
    },
  });
  const samples: Record<'single' | 'batched', number[]> = { single: [], batched: [] };
  for (let round = 0; round < rounds; round++) {
    for (const how of round % 2 === 0 ? (['single', 'batched'] as const) : (['batched', 'single'] as const)) {
      const run = `bench-${how}-${round}`;
      await store.write((tx) => tx.bulkLoad('AnalysisRun', [storeRow.AnalysisRun({ id: run, status: 'running', current: false })]));
      const t0 = performance.now();
      await (how === 'single' ? store.publishRun(publication(run)) : publishInBatches(store, publication(run)));
      const ms = Math.round(performance.now() - t0);
      samples[how].push(ms);
      console.log(`round ${round + 1} ${how}: ${ms} ms`);
    }
  }
  await store.close();
  const result = {
    bench:
      'publishing one run of ≈250k analysis edges over the previous run on the embedded store: one transaction (drop + COPY) vs bounded batches (Neo4j mechanics)',
    edges,
    medians: { singleMs: median(samples.single), batchedMs: median(samples.batched) },
    samples,
  };
  console.log(JSON.stringify(result.medians), '→', writeResult('publish-mechanics', result));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
