/**
 * The `customers` connection (the explorer's Customers page, bench/lib/customer-ids.ts) on an existing graph, side
 * by side with another tree: four pages executed in-process with graphql-js against each tree's schema, context
 * and loaders (no HTTP, no response cache), with the in-memory read model on and off, trees alternating, median
 * milliseconds per request per tree. The other tree is a checkout with its own node_modules, e.g.
 * `git archive <commit> | tar -x -C /tmp/old` and `cp -al node_modules /tmp/old/`.
 *
 *   npx tsx bench/customer-pages.ts GRAPH_DIR OTHER_TREE [rounds] [--reps N] [--only model|store]   → bench/results/customer-pages.json
 *
 * GRAPH_DIR is an imported and analysed graph (e.g. `basketgraph import` of the generated 10× export, then
 * `analyze`); each measurement is a child process of the tree it measures, opening the graph in turn.
 */
import os from 'node:os';
import path from 'node:path';
import { alternatingRuns, cliOption, treeApi } from './lib/tree-api.js';
import { ROOT, writeResult, median } from './lib/measure.js';

const CONNECTION = 'totalCount edges { node { id country features { monetary recency } } } pageInfo { hasNextPage endCursor }';
/** The pages measured: `after` is an offset (encoded by each tree's own cursor function). */
const CASES: Record<string, { filter?: unknown; sort?: unknown; after?: number; fields?: string }> = {
  'first page + totalCount': {},
  'first page, ids only (customer-ids.ts)': { fields: 'edges { node { id } } pageInfo { hasNextPage endCursor }' },
  'deep page (offset 20000)': { after: 20000 },
  'filtered (country + monetary range)': { filter: { country: 'United Kingdom', monetary: { min: 500 } } },
  'sorted by monetary DESC': { sort: { field: 'MONETARY', direction: 'DESC' } },
  'segment S1 by recency, page 3': { filter: { segment: 'S1' }, sort: { field: 'RECENCY', direction: 'ASC' }, after: 199 },
};

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => cliOption(args, name, fallback);

if (args[0] === '--measure') await measure(args[1], args[2], args[3] === 'model', Number(args[4]));
else await compare();

/** In a child process: median milliseconds per request of each case, `reps` sequential requests after 2 unmeasured ones. */
async function measure(tree: string, graph: string, model: boolean, reps: number): Promise<void> {
  const { from, openGraphStore, graphql, buildApiSchema, RequestContext, loadHotSnapshot } = await treeApi(tree);
  const { encodeCursor } = await from('graphql/pagination.ts');
  const store = await openGraphStore(graph, { owner: 'bench customer-pages', bufferPoolBytes: 4 * 2 ** 30 });
  try {
    const schema = await buildApiSchema();
    const p0 = performance.now();
    const snapshot = model ? await loadHotSnapshot(store) : null;
    const primeMs = Math.round(performance.now() - p0);
    const out: Record<string, number> = {};
    for (const [name, c] of Object.entries(CASES)) {
      const source = `query($filter: CustomerFilter, $sort: CustomerSort, $after: String) { customers(first: 100, filter: $filter, sort: $sort, after: $after) { ${c.fields ?? CONNECTION} } }`;
      const variableValues = {
        filter: c.filter ?? null,
        sort: c.sort ?? null,
        after: c.after === undefined ? null : encodeCursor(c.after),
      };
      const run = async () => {
        const ctx = new RequestContext(store, store, 'off', {});
        ctx.useReadModel(snapshot);
        const t0 = performance.now();
        const result = await graphql({ schema, source, variableValues, contextValue: ctx });
        if (result.errors) throw new Error(String(result.errors[0]));
        return performance.now() - t0;
      };
      const first = await run(); // builds a sort order on the model path
      await run();
      const ms: number[] = [];
      for (let i = 0; i < reps; i++) ms.push(await run());
      out[name] = Math.round(median(ms) * 100) / 100;
      out[`${name} (first request)`] = Math.round(first * 100) / 100;
    }
    console.log(JSON.stringify({ primeMs, ...out }));
  } finally {
    await store.close();
  }
}

async function compare(): Promise<void> {
  const [graphArg, otherRoot, roundsArg] = args;
  if (!graphArg || !otherRoot || otherRoot.startsWith('--'))
    throw new Error('usage: tsx bench/customer-pages.ts GRAPH_DIR OTHER_TREE [rounds] [--reps N] [--only model|store]');
  const rounds = Number(roundsArg && !roundsArg.startsWith('--') ? roundsArg : 2);
  const reps = Number(option('reps', '5'));
  const only = option('only', '');
  const graph = path.resolve(graphArg);
  const sources = (['model', 'store'] as const).filter((s) => !only || s === only);
  const trees = { other: path.resolve(otherRoot), this: ROOT };
  const samples: Record<string, Record<string, number[]>> = {};
  const script = path.join(ROOT, 'bench/customer-pages.ts');
  for (const { round, name, source, result: m } of alternatingRuns(script, trees, rounds, sources, (_, source) => [
    graph,
    source,
    String(reps),
  ])) {
    const sample = (samples[`${name} ${source}`] ??= {});
    for (const [k, v] of Object.entries(m)) (sample[k] ??= []).push(v);
    console.log(`round ${round + 1} ${name} ${source}: ${JSON.stringify(m)}`);
  }
  const result = {
    graph,
    reps,
    rounds,
    other: trees.other,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    medianMs: Object.fromEntries(
      Object.entries(samples).map(([k, byCase]) => [k, Object.fromEntries(Object.entries(byCase).map(([c, xs]) => [c, median(xs)]))]),
    ),
    samples,
  };
  console.log(JSON.stringify(result.medianMs, null, 2));
  console.log(`wrote ${writeResult('customer-pages', result)}`);
}
