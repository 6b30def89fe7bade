import { openGraphStore } from '@basketgraph/cypher';
import { runAnalysis } from '@basketgraph/seed';
const store = await openGraphStore('/tmp/an/graph', { owner: 'x' });
let t = performance.now();
const run = await runAnalysis(store, {}, { onProgress: (p: any) => { const now = performance.now(); console.log(`${Math.round(now - t)} ms → ${p.stage} ${p.message ?? ''}`); t = now; } });
const t0 = performance.now();
await store.close();
console.log('close', Math.round(performance.now() - t0), JSON.stringify(run.timings));
