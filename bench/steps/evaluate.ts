/** Bench step: evaluate every model on the graph at argv[2] with cutoff argv[3]. */
import { openGraphStore } from '@basketgraph/cypher';
import { runEvaluation } from '@basketgraph/analysis';
import { finishStep } from '../lib/measure.js';

const [dbPath, cutoff] = process.argv.slice(2);
const store = await openGraphStore(dbPath, { owner: 'bench evaluate' });
const report = await runEvaluation(store, { cutoff, top: 10 });
await store.close();
finishStep({ cutoff: report.cutoff, users: report.users, defaultModel: report.defaultModel, models: report.models });
