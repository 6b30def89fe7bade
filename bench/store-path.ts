/**
 * The store path alone, side by side: the API of this tree and of an older checkout, alternating in one run,
 * on the same graphs (bench/graphql-load.ts with READ_MODEL_MB=0 and RESPONSE_CACHE_MB=0, so every lookup
 * reaches the embedded store). Each round runs both trees flat out (throughput) and at a fixed offered rate
 * (latency), the order of the trees flipped every round; medians per tree and graph.
 *
 *   npx tsx bench/store-path.ts --old DIR --graph NAME=PATH [--graph NAME=PATH …] [--rounds 3] [--duration 15] [--rate 50 (0: flat out only)]
 *     [--default-rate 1000] [--out store-path]
 *
 * --old DIR: a checkout of the older commit whose node_modules resolve @basketgraph/* to its own workspaces
 *   (see bench/results/store-path.md for the commands). Graphs are opened for writing by each server in turn:
 *   pass copies. --default-rate N: also run this tree once per graph in the default configuration (read model on,
 *   response cache off) at N req/s offered. Writes bench/results/NAME.md and NAME.json.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const all = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
const NEW = fileURLToPath(new URL('..', import.meta.url));
const OLD = path.resolve(arg('old', ''));
const GRAPHS = all('graph').map((g) => {
  const [name, file] = g.split('=');
  return { name, file: path.resolve(file) };
});
const ROUNDS = Number(arg('rounds', '3'));
const DURATION = arg('duration', '15');
const RATE = arg('rate', '50');
const DEFAULT_RATE = arg('default-rate', '');
const OUT = arg('out', 'store-path');
if (!arg('old', '') || GRAPHS.length === 0) {
  process.stderr.write('usage: npx tsx bench/store-path.ts --old DIR --graph NAME=PATH [--graph …]\n');
  process.exit(2);
}

interface Run {
  tree: 'old' | 'new';
  graph: string;
  mode: 'flat out' | 'fixed rate' | 'default config';
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  serverCpuUsPerRequest: number | null;
  loadAverage: number[];
}

function load(tree: string, graph: string, rate: string, env: NodeJS.ProcessEnv): Promise<Omit<Run, 'tree' | 'graph' | 'mode'>> {
  const out = `store-path-${process.pid}.tmp`;
  const cmd = ['--import', 'tsx', path.join(tree, 'bench/graphql-load.ts'), '--graph', graph, '--duration', DURATION, '--no-direct'];
  if (rate) cmd.push('--rate', rate);
  cmd.push('--out', out);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cmd, { cwd: tree, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`graphql-load in ${tree} exited ${code}`));
      const file = path.join(tree, 'bench/results', `${out}.json`);
      const r = JSON.parse(readFileSync(file, 'utf8'));
      rmSync(file);
      const g = r.graphql;
      resolve({
        rps: g.rps,
        p50Ms: g.p50Ms,
        p99Ms: g.p99Ms,
        errors: g.errors + g.non2xx + g.graphqlErrors + g.timeouts,
        serverCpuUsPerRequest: g.serverCpuUsPerRequest,
        loadAverage: r.loadAverage.end,
      });
    });
  });
}

const STORE_ONLY = { READ_MODEL_MB: '0', RESPONSE_CACHE_MB: '0' };
const runs: Run[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const);
  for (const g of GRAPHS) {
    const modes = [['flat out', ''] as const, ...(Number(RATE) > 0 ? [['fixed rate', RATE] as const] : [])];
    for (const [mode, rate] of modes) {
      for (const tree of order) {
        const r = await load(tree === 'old' ? OLD : NEW, g.file, rate, STORE_ONLY);
        runs.push({ tree, graph: g.name, mode, ...r });
        process.stderr.write(`round ${round + 1} ${g.name} ${mode} ${tree}: ${r.rps} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms\n`);
      }
    }
  }
}
if (DEFAULT_RATE) {
  for (const g of GRAPHS) {
    const r = await load(NEW, g.file, DEFAULT_RATE, { RESPONSE_CACHE_MB: '0' });
    runs.push({ tree: 'new', graph: g.name, mode: 'default config', ...r });
    process.stderr.write(`default config ${g.name}: ${r.rps} req/s, p99 ${r.p99Ms} ms\n`);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summary = GRAPHS.flatMap((g) =>
  (['flat out', 'fixed rate', 'default config'] as const).flatMap((mode) =>
    (['old', 'new'] as const).flatMap((tree) => {
      const rs = runs.filter((r) => r.graph === g.name && r.mode === mode && r.tree === tree);
      if (rs.length === 0) return [];
      return [
        {
          graph: g.name,
          mode,
          tree,
          runs: rs.length,
          rps: median(rs.map((r) => r.rps)),
          p50Ms: median(rs.map((r) => r.p50Ms)),
          p99Ms: median(rs.map((r) => r.p99Ms)),
          serverCpuUsPerRequest: median(rs.map((r) => r.serverCpuUsPerRequest ?? NaN)),
          errors: rs.reduce((n, r) => n + r.errors, 0),
        },
      ];
    }),
  ),
);

const results = fileURLToPath(new URL('./results/', import.meta.url));
const report = {
  when: new Date().toISOString(),
  command: `npx tsx bench/store-path.ts ${args.join(' ')}`,
  machine: { cpus: os.cpus().length, loadAverageEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
  settings: { rounds: ROUNDS, durationS: Number(DURATION), fixedRate: Number(RATE), connections: 50, defaultRate: DEFAULT_RATE || null },
  graphs: GRAPHS.map((g) => g.name),
  summary,
  runs,
};
writeFileSync(path.join(results, `${OUT}.json`), JSON.stringify(report, null, 2) + '\n');
const row = (s: (typeof summary)[number]) =>
  `| ${s.graph} | ${s.mode} | ${s.tree} | ${s.runs} | ${s.rps} | ${s.p50Ms} | ${s.p99Ms} | ${Math.round(s.serverCpuUsPerRequest / 100) / 10} | ${s.errors} |`;
writeFileSync(
  path.join(results, `${OUT}.md`),
  [
    `# Store path side by side (${report.when})`,
    '',
    `\`${report.command}\``,
    '',
    `Medians of ${ROUNDS} alternating rounds, ${DURATION} s each, 50 connections, random customers' \`recommendations(first: 10)\` + \`neighbours(first: 5)\`;`,
    `store path alone (READ_MODEL_MB=0, RESPONSE_CACHE_MB=0) flat out and at ${RATE} req/s offered. Load average at the end: ${report.machine.loadAverageEnd.join(' / ')} (${report.machine.cpus} cores).`,
    '',
    '| graph | mode | tree | runs | req/s | p50 ms | p99 ms | server CPU ms/request | errors |',
    '|---|---|---|---|---|---|---|---|---|',
    ...summary.map(row),
    '',
  ].join('\n'),
);
process.stdout.write(`wrote ${path.join(results, OUT)}.md and .json\n`);
