/**
 * What loading the analyze step's packages costs, per tree: a fresh process that imports `@basketgraph/cypher`
 * and the package holding `runAnalysis` (`@basketgraph/analysis`, or `@basketgraph/seed` in trees from before
 * it moved), as bench/steps/analyze.ts does, and exits. Trees alternate; medians of the child's CPU time
 * (user + system, from /proc/self/stat: less sensitive to other load than wall time) and wall time, and the
 * number of CommonJS modules loaded.
 *
 *   npx tsx bench/analyze-start.ts [rounds] TREE…      → bench/results/analyze-start.json
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeResult, median } from './lib/measure.js';

const [roundsArg, ...treeArgs] = process.argv.slice(2);
const rounds = Number(roundsArg);
if (!rounds || treeArgs.length === 0) throw new Error('usage: tsx bench/analyze-start.ts ROUNDS TREE…');
const trees = treeArgs.map((t) => path.resolve(t));

function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
}

function load(tree: string) {
  const pkg = existsSync(path.join(tree, 'analysis/package.json')) ? '@basketgraph/analysis' : '@basketgraph/seed';
  const script = `
    import { createRequire } from 'node:module';
    await import('@basketgraph/cypher');
    await import('${pkg}');
    console.log(Object.keys(createRequire(import.meta.url)('node:module')._cache).length);`;
  const cpu0 = childrenCpuMs();
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: tree, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return { wallMs: Math.round(performance.now() - t0), cpuMs: Math.round(childrenCpuMs() - cpu0), cjsModules: Number(child.stdout.trim()) };
}

const samples: Record<string, { wallMs: number; cpuMs: number; cjsModules: number }[]> = Object.fromEntries(trees.map((t) => [t, []]));
const loadAverage = [os.loadavg()];
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? trees : [...trees].reverse();
  for (const tree of order) samples[tree].push(load(tree));
  loadAverage.push(os.loadavg());
}
const medians = Object.fromEntries(
  Object.entries(samples).map(([t, s]) => [
    t,
    { cpuMs: median(s.map((x) => x.cpuMs)), wallMs: median(s.map((x) => x.wallMs)), cjsModules: median(s.map((x) => x.cjsModules)) },
  ]),
);
const result = {
  bench:
    "loading the analyze step's packages in a fresh process (tsx start included), trees alternating; machine possibly shared (loadAverage)",
  rounds,
  loadAverage: loadAverage.map((l) => l.map((x) => Math.round(x * 100) / 100)),
  medians,
  samples,
};
console.log(JSON.stringify(medians, null, 1), '→', writeResult('analyze-start', result));
