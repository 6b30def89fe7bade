/** Bench step: run the analysis job (default parameters) on the graph at argv[2]. */
import { openGraphStore } from '@basketgraph/cypher';
import { runAnalysis } from '@basketgraph/analysis';
import { finishStep } from '../lib/measure.js';

const [dbPath] = process.argv.slice(2);
const store = await openGraphStore(dbPath, { owner: 'bench analyze' });
// As `basketgraph analyze` runs it: recommendations on a second thread.
const run = await runAnalysis(store, {}, { twoThreads: true });
await store.close();
finishStep({
  k: run.k,
  rules: run.rules,
  similarEdges: run.similarEdges,
  recommendations: run.recommendations,
  defaultModel: run.defaultModel,
  timings: run.timings,
});
