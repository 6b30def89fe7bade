/**
 * Building the SIMILAR rows of a publish (the ≈ 86k edges of the full UCI data: 4,334 customers × 20
 * neighbours), two ways, alternating, medians: destructuring each edge with a rest pattern
 * (`{ r, p, ...e }`, then `{ ...e, … }`) as write-results.ts did, against naming the fields. Also the same
 * rows written as the embedded store's COPY file. Synthetic neighbours; no graph needed.
 *
 *   npx tsx bench/publish-rows.ts [rounds]      → bench/results/publish-rows.json
 */
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkedRows, rowHeader, storeRow } from '@basketgraph/cypher';
import { writeCsv } from '../cypher/src/csv-writer.js';
import { writeResult, median } from './lib/measure.js';

const rounds = Number(process.argv[2] ?? 5);
const customers = 4_334;
const k = 20;
const ids = Array.from({ length: customers }, (_, i) => String(12_346 + i));
const indptr = Int32Array.from({ length: customers + 1 }, (_, i) => i * k);
const neighbours = Int32Array.from({ length: customers * k }, (_, i) => (i * 7_919) % customers);
const scores = Float32Array.from({ length: customers * k }, (_, i) => ((i * 2_654_435_761) % 1_000) / 1_000);
const shared = Int32Array.from({ length: customers * k }, (_, i) => i % 17);
const segment = Int32Array.from({ length: customers }, (_, i) => i % 4);
const run = 'run-20261206-051319';

function* pairs() {
  for (let r = 0; r < customers; r++)
    for (let p = indptr[r], rank = 1; p < indptr[r + 1]; p++, rank++)
      yield { r, p, from: ids[r], to: ids[neighbours[p]], score: scores[p], rank };
}
const variants = {
  restPattern: function* () {
    for (const { r, p, ...e } of pairs())
      yield storeRow.SIMILAR({ ...e, shared: shared[p], sameSegment: segment[r] === segment[neighbours[p]], run });
  },
  namedFields: function* () {
    for (const { r, p, from, to, score, rank } of pairs())
      yield storeRow.SIMILAR({ from, to, score, rank, shared: shared[p], sameSegment: segment[r] === segment[neighbours[p]], run });
  },
};

const samples: Record<string, { rowsMs: number[]; rowsAndCsvMs: number[] }> = {};
const file = path.join(os.tmpdir(), `basketgraph-publish-rows-${process.pid}.csv`);
try {
  for (let round = 0; round < rounds; round++) {
    for (const [name, rows] of Object.entries(variants)) {
      const s = (samples[name] ??= { rowsMs: [], rowsAndCsvMs: [] });
      let t = performance.now();
      let n = 0;
      for (const _ of rows()) n++;
      s.rowsMs.push(Math.round(performance.now() - t));
      t = performance.now();
      await writeCsv(file, rowHeader('SIMILAR'), checkedRows('SIMILAR', rows()));
      s.rowsAndCsvMs.push(Math.round(performance.now() - t));
      console.log(`round ${round + 1} ${name}: ${n} rows ${s.rowsMs.at(-1)} ms, rows + CSV ${s.rowsAndCsvMs.at(-1)} ms`);
    }
  }
} finally {
  rmSync(file, { force: true });
}
const result = {
  bench: 'SIMILAR rows of a publish (86,680 edges), rest pattern vs named fields, alternating; machine possibly shared (loadAverage)',
  rounds,
  loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  medians: Object.fromEntries(
    Object.entries(samples).map(([k, v]) => [k, { rowsMs: median(v.rowsMs), rowsAndCsvMs: median(v.rowsAndCsvMs) }]),
  ),
  samples,
};
console.log(JSON.stringify(result.medians), '→', writeResult('publish-rows', result));
