/**
 * The `basketgraph` command in a child process, on a graph in a temporary
 * folder that is made before a test file's tests and removed after them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { BIN, REPO } from './serve-child.js';

export const SAMPLE = path.join(REPO, 'seed/test/fixtures/online-retail-5k.csv');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface TempCli {
  /** A path inside the temporary folder. */
  path(...parts: string[]): string;
  /** Runs the command from the repository root; GRAPH_URL is `<folder>/graph` unless `env` says otherwise. */
  run(args: string[], env?: Record<string, string>): CliResult;
  /** `stats --json` of the graph `env` names (default `<folder>/graph`). */
  stats(env?: Record<string, string>): Record<string, number>;
}

/** Call at the top of a test file or describe block: `prefix` names the temporary folder. */
export function tempCli(prefix: string): TempCli {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const cli: TempCli = {
    path: (...parts) => path.join(dir, ...parts),
    run(args, env = {}) {
      const r = spawnSync(process.execPath, [BIN, ...args], {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, GRAPH_URL: path.join(dir, 'graph'), NODE_ENV: 'test', ...env },
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    },
    stats: (env) => JSON.parse(cli.run(['stats', '--json'], env).stdout) as Record<string, number>,
  };
  return cli;
}
