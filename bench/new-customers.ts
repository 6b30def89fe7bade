/**
 * The cold-start choice of issue 14: what should a new customer of a segment
 * see — segment popularity or the segment CF's aggregated list? Customers
 * whose first order is on/after the cutoff are placed in a train segment from
 * that order alone and scored on what they buy next
 * (analysis/src/evaluation/new-customer-evaluation.ts).
 *
 *   npx tsx bench/new-customers.ts [--data path] [--cutoff 2011-09-09] [--json bench/results/new-customers.json]
 */
import { writeFileSync } from 'node:fs';
import { evaluateNewCustomers } from '../analysis/src/evaluation/new-customer-evaluation.js';
import { loadOnlineRetailDataset } from './lib/load-online-retail.js';
import { FULL_DATA } from './lib/measure.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const ds = await loadOnlineRetailDataset(option('--data') ?? FULL_DATA);
const t0 = performance.now();
const result = evaluateNewCustomers(ds, { cutoff: option('--cutoff') ?? '2011-09-09' });
const ms = performance.now() - t0;
const f = (x: number) => x.toFixed(4);
console.log(
  `new customers (first order ≥ ${result.cutoff}): ${result.newCustomers}; evaluated (bought something new later): ${result.evaluated}; placed per segment: ${result.placed.join(' / ')}`,
);
console.log('| method | NDCG@10 (95 % interval) | hit rate | vs segment popularity (paired, 95 %) |');
console.log('| --- | --- | --- | --- |');
for (const m of result.methods) {
  const diff =
    m.ndcgVsSegmentPopularity === null
      ? '–'
      : `${m.ndcgVsSegmentPopularity >= 0 ? '+' : ''}${f(m.ndcgVsSegmentPopularity)} ± ${f(1.96 * m.ndcgVsSegmentPopularityStdError!)}`;
  console.log(`| ${m.method} | ${f(m.ndcg)} ± ${f(1.96 * m.ndcgStdError)} | ${f(m.hitRate)} | ${diff} |`);
}
console.log(`computed in ${(ms / 1000).toFixed(1)} s`);
const json = option('--json');
if (json) writeFileSync(json, JSON.stringify({ ...result, ms: Math.round(ms) }, null, 2) + '\n');
