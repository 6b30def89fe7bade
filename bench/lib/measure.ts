/**
 * Runs a bench step in a child process and measures wall time and peak RSS
 * (the child reports process.resourceUsage().maxRSS as its last stdout line).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS = path.join(ROOT, 'bench/results');
export const FULL_DATA = path.join(ROOT, 'data/online-retail/online_retail.csv.gz');

export interface StepResult {
  wallMs: number;
  peakRssMb: number;
  report: Record<string, unknown>;
}

/** Runs `bench/steps/<step>.ts args…` (of the tree at `root`); the step prints one JSON line: its report plus maxRssKb. */
export function runStep(step: string, args: string[], env: NodeJS.ProcessEnv = {}, root = ROOT): StepResult {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/steps', `${step}.ts`), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 << 20,
  });
  const wallMs = Math.round(performance.now() - t0);
  if (child.status !== 0) throw new Error(`bench step ${step} failed:\n${child.stderr}`);
  const lines = child.stdout.trim().split('\n');
  const report = JSON.parse(lines[lines.length - 1]) as Record<string, unknown> & { maxRssKb: number };
  return { wallMs, peakRssMb: Math.round(report.maxRssKb / 1024), report };
}

/** Prints in the step: the report plus peak RSS, as the last stdout line. */
export function finishStep(report: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify({ ...report, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

export function writeResult(name: string, result: unknown): string {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({ measuredAt: new Date().toISOString(), machine: machineInfo(), ...(result as object) }, null, 2) + '\n',
  );
  return file;
}

function machineInfo() {
  return { node: process.version, cpus: os.cpus().length, platform: process.platform };
}

/** The median of samples (for an even count, the upper of the two middle values). */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The p-th percentile (0–100) of an ascending array (0 when empty). */
export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Rounded to two decimals (milliseconds in the load reports). */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The medians of wall time and peak RSS over runs of one step. */
export function wallAndRssMedians(samples: { wallMs: number; peakRssMb: number }[]): { medianWallMs: number; medianPeakRssMb: number } {
  return { medianWallMs: median(samples.map((s) => s.wallMs)), medianPeakRssMb: median(samples.map((s) => s.peakRssMb)) };
}
