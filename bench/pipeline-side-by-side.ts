/**
 * The README's pipeline on the full UCI data — `import --replace` into a graph that already holds it, `analyze`,
 * `evaluate --cutoff 2011-09-09` — run with each tree's own CLI, two trees alternating, medians per tree. This
 * tree runs `analyze --evaluate 2011-09-09` (the purchases read once); the other tree is given as it was
 * (`git archive main | tar -x -C /tmp/old`, `cp -al node_modules` into it and each workspace).
 *
 *   npx tsx bench/pipeline-side-by-side.ts /tmp/old [rounds] [--other-shares]   → bench/results/pipeline-side-by-side.json
 *
 * `--other-shares`: the other tree also has `analyze --evaluate`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FULL_DATA, ROOT, writeResult, median } from './lib/measure.js';

const args = process.argv.slice(2);
const [otherRoot, roundsArg] = args.filter((a) => !a.startsWith('--'));
if (!otherRoot) throw new Error('usage: tsx bench/pipeline-side-by-side.ts OTHER_TREE [rounds] [--other-shares]');
const rounds = Number(roundsArg ?? 3);
const trees = { other: path.resolve(otherRoot), this: ROOT } as const;
const shares = { other: args.includes('--other-shares'), this: true };
const CUTOFF = '2011-09-09';

function cli(tree: string, graph: string, cliArgs: string[]): number {
  const t0 = performance.now();
  const child = spawnSync(path.join(tree, 'node_modules/.bin/basketgraph'), cliArgs, {
    cwd: tree,
    encoding: 'utf8',
    env: { ...process.env, GRAPH_URL: graph, ADMIN_TOKEN: '' },
    maxBuffer: 64 << 20,
  });
  if (child.status !== 0) throw new Error(`basketgraph ${cliArgs.join(' ')} (${tree}) failed:\n${child.stderr}`);
  return Math.round(performance.now() - t0);
}

const steps = (name: keyof typeof trees): string[][] => [
  ['import', '--replace', FULL_DATA],
  ...(shares[name] ? [['analyze', '--evaluate', CUTOFF]] : [['analyze'], ['evaluate', '--cutoff', CUTOFF]]),
];

const samples: Record<string, { totalMs: number; stepsMs: number[] }[]> = { other: [], this: [] };
const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-pipeline-'));
try {
  // Each tree's graph already holds the data (the README's pipeline replaces it): imported once, not timed.
  for (const name of ['other', 'this'] as const) cli(trees[name], path.join(dir, name), ['import', FULL_DATA]);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? (['other', 'this'] as const) : (['this', 'other'] as const);
    for (const name of order) {
      const stepsMs = steps(name).map((s) => cli(trees[name], path.join(dir, name), s));
      const totalMs = stepsMs.reduce((a, b) => a + b, 0);
      samples[name].push({ totalMs, stepsMs });
      console.log(
        `round ${round + 1} ${name}: ${totalMs} ms (${steps(name)
          .map((s, i) => `${s[0]} ${stepsMs[i]}`)
          .join(', ')})`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const result = {
  bench: `import --replace + analyze + evaluate --cutoff ${CUTOFF} of the full UCI data, each tree's CLI, alternating (process starts included; machine possibly shared)`,
  trees,
  shares,
  medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { totalMs: median(v.map((s) => s.totalMs)) }])),
  samples,
};
console.log(JSON.stringify(result.medians), '→', writeResult('pipeline-side-by-side', result));
