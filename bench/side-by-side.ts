/**
 * Side-by-side bench of two trees on a shared machine: `import` and `analyze` of the full UCI data, old and
 * new alternating in one run, medians per tree: wall time, the child's CPU time (user + system, less
 * sensitive to other load than wall time), peak RSS and analyze's stage timings. The other tree is a
 * checkout with its own node_modules, e.g. `git archive <commit> | tar -x -C /tmp/old` and
 * `cp -al node_modules /tmp/old/` (and each workspace's node_modules).
 *
 *   npx tsx bench/side-by-side.ts /tmp/old [rounds] [--analyze-only]     → bench/results/side-by-side.json
 *   npx tsx bench/side-by-side.ts /tmp/old [rounds] --import-only --data FILE  → side-by-side-import.json
 *
 * `--analyze-only` imports once per tree and analyzes a fresh copy of that graph each round; `--import-only`
 * imports only; `--data` imports FILE instead of the full UCI data (e.g. a generated 10× shop).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FULL_DATA, ROOT, runStep, writeResult, median } from './lib/measure.js';

const args = process.argv.slice(2);
const analyzeOnly = args.includes('--analyze-only');
const importOnly = args.includes('--import-only');
const dataAt = args.indexOf('--data');
const data = dataAt >= 0 ? path.resolve(args[dataAt + 1]) : FULL_DATA;
const [otherRoot, roundsArg] = args.filter((a, i) => !a.startsWith('--') && (dataAt < 0 || i !== dataAt + 1));
if (!otherRoot) throw new Error('usage: tsx bench/side-by-side.ts OTHER_TREE [rounds] [--analyze-only]');
const rounds = Number(roundsArg ?? 3);
const trees = { other: path.resolve(otherRoot), this: ROOT };

/** CPU ms of this process's finished children (Linux: /proc/self/stat cutime + cstime), or NaN elsewhere. */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

function measured(step: string, stepArgs: string[], root: string) {
  const cpu0 = childrenCpuMs();
  const result = runStep(step, stepArgs, {}, root);
  return {
    wallMs: result.wallMs,
    cpuMs: Math.round(childrenCpuMs() - cpu0),
    peakRssMb: result.peakRssMb,
    timings: (result.report.timings ?? {}) as Record<string, number>,
  };
}

type Sample = { wallMs: number; cpuMs: number; peakRssMb: number; timings: Record<string, number> };
const samples: Record<string, { import: Sample[]; analyze: Sample[] }> = {
  other: { import: [], analyze: [] },
  this: { import: [], analyze: [] },
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-side-by-side-'));
const loadAverage = [os.loadavg()];
try {
  const imported: Record<string, string> = {};
  if (analyzeOnly) {
    for (const name of ['other', 'this'] as const) {
      imported[name] = path.join(dir, `${name}-imported`);
      runStep('import', [data, imported[name]], {}, trees[name]);
    }
  }
  for (let round = 0; round < rounds; round++) {
    // Alternate which tree goes first, so drift in the machine's load falls on both.
    const order = round % 2 === 0 ? (['other', 'this'] as const) : (['this', 'other'] as const);
    for (const name of order) {
      const graph = path.join(dir, `${name}-${round}`);
      if (analyzeOnly) cpSync(imported[name], graph, { recursive: true });
      else samples[name].import.push(measured('import', [data, graph], trees[name]));
      const ana = importOnly ? null : measured('analyze', [graph], trees[name]);
      if (ana) samples[name].analyze.push(ana);
      const imp = samples[name].import.at(-1);
      console.log(
        `round ${round + 1} ${name}: ${imp ? `import ${imp.wallMs} ms (cpu ${imp.cpuMs}, ${imp.peakRssMb} MB peak RSS)` : ''}` +
          (ana ? `, analyze ${ana.wallMs} ms (cpu ${ana.cpuMs}, ${ana.peakRssMb} MB) ${JSON.stringify(ana.timings)}` : ''),
      );
      rmSync(graph, { recursive: true, force: true });
    }
    loadAverage.push(os.loadavg());
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function medians(list: Sample[]) {
  if (list.length === 0) return null;
  const stages = Object.keys(list[0].timings);
  return {
    wallMs: median(list.map((s) => s.wallMs)),
    cpuMs: median(list.map((s) => s.cpuMs)),
    peakRssMb: median(list.map((s) => s.peakRssMb)),
    stagesMs: Object.fromEntries(stages.map((k) => [k, median(list.map((s) => s.timings[k] ?? NaN))])),
  };
}
const result = {
  bench: `${importOnly ? 'import' : 'import and analyze'} of ${data === FULL_DATA ? 'the full UCI data' : path.basename(data)}, two trees alternating (process start included; machine possibly shared: see loadAverage, 1/5/15 min, before and after each round)`,
  trees,
  data,
  rounds,
  analyzeOnly,
  importOnly,
  loadAverage: loadAverage.map((l) => l.map((x) => Math.round(x * 100) / 100)),
  medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { import: medians(v.import), analyze: medians(v.analyze) }])),
  samples,
};
console.log(
  JSON.stringify(result.medians),
  '→',
  writeResult(analyzeOnly ? 'side-by-side-analyze' : importOnly ? 'side-by-side-import' : 'side-by-side', result),
);
