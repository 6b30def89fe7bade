/**
 * npm run bench:scale — the curve (issue 12): generated shops at 1×, 3× and 10× (30× with --with-30) of
 * the bundled data, each through the product's own commands in fresh processes: `generate`, `import`
 * into a fresh graph, `analyze`, `evaluate --cutoff 2011-09-09 --models default`, and the API under a
 * fixed offered load (bench/graphql-load.ts --rate, response cache off), once on the store path alone
 * (READ_MODEL_MB=0) and once with the default configuration. Wall time and peak RSS per step
 * (/usr/bin/time), cost per row, and charts go to bench/results/scale.{json,md} and scale-*.svg.
 *
 *   npm run bench:scale -- [--scales 1,3,10] [--with-30] [--seed 42] [--dir tmp/scale] [--rate 1000] [--duration 15] [--keep] [--report-only]
 *
 * Generated files and graphs live under --dir (gitignored); graphs are deleted after each scale unless --keep.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, RESULTS } from './lib/measure.js';
import { lineChartSvg } from './lib/svg-chart.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const SCALES = arg('scales', '1,3,10')
  .split(',')
  .map(Number)
  .concat(args.includes('--with-30') ? [30] : []);
const SEED = arg('seed', '42');
const DIR = path.resolve(ROOT, arg('dir', 'tmp/scale'));
const RATE = arg('rate', '1000');
const DURATION = arg('duration', '15');
const KEEP = args.includes('--keep');
const BIN = path.join(ROOT, 'server/bin/basketgraph.js');

interface Run {
  wallS: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time: wall seconds and peak RSS. */
function timed(command: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', 'TIME %e %M', ...command], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const m = /TIME ([\d.]+) (\d+)/.exec(stderr);
      if (code !== 0 || !m) return reject(new Error(`${command.join(' ')} failed (${code}):\n${stderr.slice(-2000)}`));
      resolve({ wallS: Number(m[1]), peakRssMb: Math.round(Number(m[2]) / 1024), stdout });
    });
  });
}

/**
 * Removes an embedded graph with the files beside it: a write-ahead log left behind makes the next graph of the same
 * name refuse to open ("Database ID for temporary file … does not match").
 */
function removeGraph(graph: string): void {
  for (const f of [graph, `${graph}.wal`, `${graph}.owner.json`]) rmSync(f, { recursive: true, force: true });
}

/** Data rows of a generated file (lines minus the header), counted in chunks: a 30× file is larger than a JS string may be. */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}

const cli = (cmdArgs: string[], env: NodeJS.ProcessEnv = {}) =>
  timed([process.execPath, BIN, ...cmdArgs], { NODE_ENV: 'production', ...env });

/** The analysis stages' timings from `analyze`'s printed table (stage │ ms). */
function stages(stdout: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of stdout.matchAll(/│\s*([a-z][a-z /-]*?)\s*│\s*(\d+)\s*│/g)) out[m[1]] = Number(m[2]);
  return out;
}

async function api(graph: string, readModel: boolean, idsFile: string) {
  const out = `scale-api.tmp`;
  await timed(
    [
      process.execPath,
      '--import',
      'tsx',
      path.join(ROOT, 'bench/graphql-load.ts'),
      '--graph',
      graph,
      '--duration',
      DURATION,
      '--rate',
      RATE,
      '--no-direct',
      '--out',
      out,
      '--ids',
      idsFile,
      // Then the same rate evenly spaced (open loop): autocannon's connections each spend their per-second quota
      // back to back, so the server sees bursts of about 50 requests; the paced run shows the tail without them.
      '--paced',
    ],
    {
      RESPONSE_CACHE_MB: '0',
      ...(readModel ? {} : { READ_MODEL_MB: '0' }),
    },
  );
  const file = path.join(RESULTS, `${out}.json`);
  const r = JSON.parse(readFileSync(file, 'utf8'));
  rmSync(file);
  const g = r.graphql as {
    rps: number;
    p50Ms: number;
    p99Ms: number;
    errors: number;
    non2xx: number;
    graphqlErrors: number;
    serverCpuUsPerRequest: number;
  };
  const paced = r.paced as { rps: number; p50Ms: number; p99Ms: number; maxMs: number; errors: number; non2xx: number } | undefined;
  return {
    ...g,
    paced: paced ?? null,
    offeredRate: Number(RATE),
    primed: Boolean(r.primedModel?.stats),
    loadAverage: r.loadAverage as { start: number[]; end: number[] },
  };
}

type Api = Awaited<ReturnType<typeof api>>;
interface ScaleResult {
  scale: number;
  rows: number;
  import: { wallS: number; peakRssMb: number; usPerRow: number };
  analyze: { wallS: number; peakRssMb: number; usPerRow: number; stagesMs: Record<string, number> };
  evaluate: { wallS: number; peakRssMb: number; ndcgDefault: number };
  apiStoreOnly: Api;
  apiDefault: Api;
}

mkdirSync(DIR, { recursive: true });
const results: ScaleResult[] = [];
// --report-only: rewrite scale.md and the charts from scale.json (e.g. after a run was stopped part-way).
if (args.includes('--report-only')) {
  writeReport((JSON.parse(readFileSync(path.join(RESULTS, 'scale.json'), 'utf8')) as { results: ScaleResult[] }).results);
  process.exit(0);
}
for (const scale of SCALES) {
  const file = path.join(DIR, `shop-${scale}x-seed${SEED}.csv`);
  let generate: Run | null = null;
  if (!existsSync(file)) generate = await cli(['generate', '--scale', String(scale), '--seed', SEED, '--out', file]);
  const rows = Number(/([\d,]+) rows/.exec(generate?.stdout ?? '')?.[1]?.replace(/,/g, '') ?? 0) || (await countLines(file)) - 1;
  const graph = path.join(DIR, `graph-${scale}x`);
  removeGraph(graph);
  const env = { GRAPH_URL: graph };
  process.stderr.write(`${scale}×: ${rows} rows; importing…\n`);
  const imported = await cli(['import', file], env);
  process.stderr.write(`${scale}×: import ${imported.wallS} s; analysing…\n`);
  const analysed = await cli(['analyze'], env);
  process.stderr.write(`${scale}×: analyze ${analysed.wallS} s; evaluating…\n`);
  const evaluation = path.join(DIR, `evaluation-${scale}x.json`);
  const evaluated = await cli(['evaluate', '--cutoff', '2011-09-09', '--models', 'default', '--json', evaluation], env);
  const ndcg =
    (JSON.parse(readFileSync(evaluation, 'utf8')) as { models: { default: boolean; ndcg: number }[] }).models.find((m) => m.default)
      ?.ndcg ?? NaN;
  process.stderr.write(`${scale}×: evaluate ${evaluated.wallS} s; API…\n`);
  // The default configuration first: it pages the customer ids from the read model and writes them for the store-path run.
  const idsFile = path.join(DIR, `ids-${scale}x.txt`);
  rmSync(idsFile, { force: true });
  const withModel = await api(graph, true, idsFile);
  const storeOnly = await api(graph, false, idsFile);
  const result = {
    scale,
    rows,
    generate: generate && { wallS: generate.wallS, peakRssMb: generate.peakRssMb },
    import: { wallS: imported.wallS, peakRssMb: imported.peakRssMb, usPerRow: Math.round((imported.wallS * 1e6) / rows) },
    analyze: {
      wallS: analysed.wallS,
      peakRssMb: analysed.peakRssMb,
      usPerRow: Math.round((analysed.wallS * 1e6) / rows),
      stagesMs: stages(analysed.stdout),
    },
    evaluate: { wallS: evaluated.wallS, peakRssMb: evaluated.peakRssMb, ndcgDefault: ndcg },
    apiStoreOnly: storeOnly,
    apiDefault: withModel,
    loadAverageAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
  process.stderr.write(`${JSON.stringify(result)}\n`);
  results.push(result);
  if (!KEEP) removeGraph(graph);
  writeReport(results);
}

function writeReport(rs: ScaleResult[]) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    path.join(RESULTS, 'scale.json'),
    JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        cpus: os.cpus().length,
        seed: SEED,
        rate: Number(RATE),
        durationS: Number(DURATION),
        results: rs,
      },
      null,
      2,
    ) + '\n',
  );
  const base = rs[0];
  writeFileSync(
    path.join(RESULTS, 'scale-cost.svg'),
    lineChartSvg('cost per input row', 'size (× the bundled data)', 'µs per row', [
      { name: 'import', points: rs.map((r) => [r.scale, r.import.usPerRow]) },
      { name: 'analyze', points: rs.map((r) => [r.scale, r.analyze.usPerRow]) },
    ]),
  );
  writeFileSync(
    path.join(RESULTS, 'scale-p99.svg'),
    lineChartSvg(`API p99 at ${RATE} req/s offered, cache off`, 'size (× the bundled data)', 'p99 ms', [
      { name: 'store path alone', points: rs.map((r) => [r.scale, r.apiStoreOnly.p99Ms]) },
      { name: 'default (read model)', points: rs.map((r) => [r.scale, r.apiDefault.p99Ms]) },
      ...(rs.every((r) => r.apiStoreOnly.paced && r.apiDefault.paced)
        ? [
            { name: 'store path alone, paced', points: rs.map((r): [number, number] => [r.scale, r.apiStoreOnly.paced!.p99Ms]) },
            { name: 'default, paced', points: rs.map((r): [number, number] => [r.scale, r.apiDefault.paced!.p99Ms]) },
          ]
        : []),
    ]),
  );
  const paced = (a: Api) =>
    a.paced ? `; paced: p50 ${a.paced.p50Ms} ms, p99 ${a.paced.p99Ms} ms, ${a.paced.errors + a.paced.non2xx} errors` : '';
  const row = (r: ScaleResult) =>
    `| ${r.scale}× | ${r.rows.toLocaleString('en')} | ${r.import.wallS} s (${(r.import.wallS / base.import.wallS).toFixed(1)}×), ${r.import.peakRssMb} MB | ` +
    `${r.analyze.wallS} s (${(r.analyze.wallS / base.analyze.wallS).toFixed(1)}×), ${r.analyze.peakRssMb} MB | ${r.evaluate.wallS} s, ${r.evaluate.peakRssMb} MB | ` +
    `${r.import.usPerRow} / ${r.analyze.usPerRow} | ${r.apiStoreOnly.rps} req/s, p50 ${r.apiStoreOnly.p50Ms} ms, p99 ${r.apiStoreOnly.p99Ms} ms, ${r.apiStoreOnly.errors + r.apiStoreOnly.non2xx + r.apiStoreOnly.graphqlErrors} errors${paced(r.apiStoreOnly)} | ` +
    `${r.apiDefault.rps} req/s, p50 ${r.apiDefault.p50Ms} ms, p99 ${r.apiDefault.p99Ms} ms, ${r.apiDefault.errors + r.apiDefault.non2xx + r.apiDefault.graphqlErrors} errors${r.apiDefault.primed ? '' : ' (not primed)'}${paced(r.apiDefault)} |`;
  const stageNames = [...new Set(rs.flatMap((r) => Object.keys(r.analyze.stagesMs)))];
  const md = [
    '# The curve: generated shops from 1× to the largest measured',
    '',
    `Written by \`npm run bench:scale\` (bench/scale.ts) at ${new Date().toISOString()} on a ${os.cpus().length}-core machine (the load average before and after each API run and after each scale is in scale.json: read it before comparing runs).`,
    `Data: \`basketgraph generate --scale N --seed ${SEED}\`. Each step is the product's command in a fresh process (wall time, peak RSS by /usr/bin/time).`,
    `API: bench/graphql-load.ts, random customers' \`recommendations(first: 10)\` + \`neighbours(first: 5)\`, 50 connections, ${RATE} req/s offered for ${DURATION} s, response cache off;`,
    'then the same rate evenly spaced ("paced": `graphql-load --paced`, open loop, each request timed from when it was due), since autocannon\'s connections each spend their per-second quota back to back (bursts of about 50 requests);',
    '"store path alone" is `READ_MODEL_MB=0` (every lookup reaches the embedded store), "default" is the default configuration (read model within its default budget, `READ_MODEL_MB` 1024).',
    '',
    '| size | rows | import | analyze | evaluate (default model) | µs per row import / analyze | API, store path alone | API, default |',
    '|---|---:|---|---|---|---|---|---|',
    ...rs.map(row),
    '',
    '![cost per row](scale-cost.svg)',
    '',
    '![API p99](scale-p99.svg)',
    '',
    '## Analysis stages (ms)',
    '',
    `| size | ${stageNames.join(' | ')} |`,
    `|---|${stageNames.map(() => '---:').join('|')}|`,
    ...rs.map((r) => `| ${r.scale}× | ${stageNames.map((s) => r.analyze.stagesMs[s] ?? '').join(' | ')} |`),
    '',
    `NDCG@10 of the default on the 2011-09-09 split: ${rs.map((r) => `${r.scale}× ${r.evaluate.ndcgDefault}`).join(', ')}.`,
    '',
  ].join('\n');
  writeFileSync(path.join(RESULTS, 'scale.md'), md);
}
