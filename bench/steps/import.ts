/** Bench step: import one file into a fresh embedded store at argv[3]. */
import { openGraphStore } from '@basketgraph/cypher';
import { importFile } from '@basketgraph/seed';
import { finishStep } from '../lib/measure.js';

const [file, dbPath] = process.argv.slice(2);
const store = await openGraphStore(dbPath, { owner: 'bench import' });
const report = await importFile(store, file);
await store.close();
const last = report.funnel[report.funnel.length - 1];
finishStep({ lineItems: last.rows, customers: last.customers, products: last.products, timings: report.timings });
