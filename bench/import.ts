/** Import benchmark: the full UCI Online Retail file into a fresh embedded store (target ≤ 10 s, ≤ 600 MB). */
import { mkdtempSync, rmSync } from 'node:fs';
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { FULL_DATA, runStep, writeResult, wallAndRssMedians } from './lib/measure.js';

export function benchImport(runs = 3) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-bench-'));
    try {
      const r = runStep('import', [FULL_DATA, path.join(dir, 'graph')]);
      const diskKb = Number(execSync(`du -sk ${dir}`).toString().split('\t')[0]);
      samples.push({ wallMs: r.wallMs, peakRssMb: r.peakRssMb, diskMb: Math.round(diskKb / 102.4) / 10, ...r.report });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const result = {
    bench: 'import full UCI Online Retail (embedded store, process start included)',
    targets: { wallMs: 10_000, peakRssMb: 600 },
    ...wallAndRssMedians(samples),
    samples,
  };
  console.log(
    `import: median ${result.medianWallMs} ms wall, ${result.medianPeakRssMb} MB peak RSS (${runs} runs) → ${writeResult('import', result)}`,
  );
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) benchImport();
