/**
 * Side-by-side bench of two trees on a shared machine: `import` and `analyze` of the full UCI data, old and
 * new alternating in one run, medians per tree. The other tree is a checkout with its own node_modules,
 * e.g. `git archive <commit> | tar -x -C /tmp/old` and `cp -al node_modules /tmp/old/`.
 *
 *   npx tsx bench/side-by-side.ts /tmp/old [rounds]      → bench/results/side-by-side.json
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FULL_DATA, ROOT, runStep, writeResult } from './lib/measure.js';

const [otherRoot, roundsArg] = process.argv.slice(2);
if (!otherRoot) throw new Error('usage: tsx bench/side-by-side.ts OTHER_TREE [rounds]');
const rounds = Number(roundsArg ?? 3);
const trees = { other: path.resolve(otherRoot), this: ROOT };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const samples: Record<string, { import: number[]; analyze: number[] }> = {
  other: { import: [], analyze: [] },
  this: { import: [], analyze: [] },
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-side-by-side-'));
try {
  for (let round = 0; round < rounds; round++) {
    // Alternate which tree goes first, so drift in the machine's load falls on both.
    const order = round % 2 === 0 ? (['other', 'this'] as const) : (['this', 'other'] as const);
    for (const name of order) {
      const graph = path.join(dir, `${name}-${round}`);
      const imp = runStep('import', [FULL_DATA, graph], {}, trees[name]);
      const ana = runStep('analyze', [graph], {}, trees[name]);
      samples[name].import.push(imp.wallMs);
      samples[name].analyze.push(ana.wallMs);
      console.log(`round ${round + 1} ${name}: import ${imp.wallMs} ms, analyze ${ana.wallMs} ms`);
      rmSync(graph, { recursive: true, force: true });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const result = {
  bench: 'import and analyze of the full UCI data, two trees alternating (process start included; machine possibly shared)',
  trees,
  medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { importMs: median(v.import), analyzeMs: median(v.analyze) }])),
  samples,
};
console.log(JSON.stringify(result.medians), '→', writeResult('side-by-side', result));
