/**
 * The analyze job's load stage, old tree against this one, alternating in one process: the four queries, then each
 * tree's `datasetFromRows` on the same rows (checked to give the same dataset), median per variant.
 *
 *   git archive main | tar -x -C /tmp/old   (or any older tree)
 *   npx tsx bench/load-stage.ts GRAPH_DIR /tmp/old [--rounds 5] [--json NAME]
 */
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openGraphStore } from '@basketgraph/cypher';
import { datasetFromRows, type GraphRows } from '../analysis/src/dataset.js';
import { writeResult, median } from './lib/measure.js';

const [graph, oldTree] = process.argv.slice(2);
if (!graph || !oldTree) throw new Error('usage: npx tsx bench/load-stage.ts GRAPH_DIR OLD_TREE [--rounds 5] [--json NAME]');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const rounds = Number(option('--rounds') ?? 5);
const old = (await import(path.resolve(oldTree, 'analysis/src/dataset.ts'))) as { datasetFromRows: typeof datasetFromRows };

const store = await openGraphStore(graph, { readOnly: true });
const timed = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - t0)];
};
const queryMs: number[] = [];
const encode: Record<'old' | 'new', number[]> = { old: [], new: [] };
let same = true;
for (let round = 0; round < rounds; round++) {
  const [rows, ms] = await timed(async (): Promise<GraphRows> => ({
    lines: (await store.query('analysis-purchase-lines')) as never,
    orders: (await store.query('analysis-orders')) as never,
    productTypes: (await store.query('analysis-product-types')) as never,
    returns: (await store.query('analysis-returns')) as never,
  }));
  queryMs.push(ms);
  const order = round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
  const results = {} as Record<'old' | 'new', unknown>;
  for (const variant of order) {
    const [ds, encodeMs] = await timed(() => (variant === 'old' ? old.datasetFromRows(rows) : datasetFromRows(rows)));
    encode[variant].push(encodeMs);
    results[variant] = ds;
  }
  same &&= isDeepStrictEqual(results.old, results.new);
}
await store.close();
const result = {
  graph,
  oldTree,
  rounds,
  sameDataset: same,
  queryMs,
  encodeOldMs: encode.old,
  encodeNewMs: encode.new,
  medianQuery: median(queryMs),
  medianEncodeOld: median(encode.old),
  medianEncodeNew: median(encode.new),
};
console.log(JSON.stringify(result));
const json = option('--json');
if (json) writeResult(json, result);
if (!same) process.exit(1);
