/**
 * Analysis benchmarks on the full UCI data, imported once into a fresh embedded store:
 * `analyze` with defaults (target ≤ 8 s wall, ≤ 1 GB peak RSS, writing included) and
 * `evaluate` of all models on the 2011-09-09 split (target ≤ 60 s).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FULL_DATA, runStep, writeResult, wallAndRssMedians } from './lib/measure.js';

export function benchAnalyze(runs = 3) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-bench-'));
  const graph = path.join(dir, 'graph');
  try {
    runStep('import', [FULL_DATA, graph]);
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const r = runStep('analyze', [graph]);
      samples.push({ wallMs: r.wallMs, peakRssMb: r.peakRssMb, ...r.report });
    }
    const analyze = {
      bench: 'analyze full UCI Online Retail with default parameters (process start and writing to the embedded store included)',
      targets: { wallMs: 8_000, peakRssMb: 1_024 },
      ...wallAndRssMedians(samples),
      samples,
    };
    console.log(
      `analyze: median ${analyze.medianWallMs} ms wall, ${analyze.medianPeakRssMb} MB peak RSS (${runs} runs) → ${writeResult('analyze', analyze)}`,
    );
    const e = runStep('evaluate', [graph, '2011-09-09']);
    const evaluate = {
      bench: 'evaluate all models, cutoff 2011-09-09, top 10',
      targets: { wallMs: 60_000 },
      wallMs: e.wallMs,
      peakRssMb: e.peakRssMb,
      ...e.report,
    };
    console.log(`evaluate: ${evaluate.wallMs} ms wall → ${writeResult('evaluate', evaluate)}`);
    return { analyze, evaluate };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchAnalyze();
