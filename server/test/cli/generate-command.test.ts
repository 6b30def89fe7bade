import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'server/bin/basketgraph.js');
const SAMPLE = path.join(ROOT, 'seed/test/fixtures/online-retail-5k.csv');

let dir: string;
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GRAPH_URL: path.join(dir, 'graph'), NODE_ENV: 'test' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('basketgraph generate', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-generate-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('when a shop twice the fixture is generated then it imports with twice the customers', () => {
    const out = path.join(dir, 'shop.csv.gz');
    const r = run(['generate', '--scale', '2', '--seed', '3', '--from', SAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/shop\.csv\.gz: [\d,]+ rows, 394 customers \(from 5,000 rows, 197 customers\)/);
    const imported = run(['import', out]);
    expect(imported.code).toBe(0);
    const stats = JSON.parse(run(['stats', '--json']).stdout) as Record<string, number>;
    expect(stats.customers).toBeGreaterThan(350); // 394 minus those whose lines are all cleaned away
  });

  it('when the scale is not a positive number then the exit code is 1 and the message names --scale', () => {
    const r = run(['generate', '--scale', 'ten', '--out', path.join(dir, 'x.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--scale must be a positive number, not "ten"');
  });
});
