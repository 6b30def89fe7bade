import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'server/bin/basketgraph.js');
const SAMPLE = path.join(ROOT, 'seed/test/fixtures/online-retail-5k.csv');
const SHOPIFY = path.join(ROOT, 'seed/test/fixtures/shopify-generated.csv');

let dir: string;
const run = (graph: string, args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GRAPH_URL: path.join(dir, graph), NODE_ENV: 'test' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const stats = (graph: string) => JSON.parse(run(graph, ['stats', '--json']).stdout) as Record<string, number>;

describe('basketgraph import --replace on the embedded store', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-replace-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the replacing import fails then the old graph is exactly as it was and no half-built file is left', () => {
    expect(run('graph', ['import', SAMPLE]).code).toBe(0);
    const before = stats('graph');
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n536365,85123A,HEART,six,2010-12-01 08:26:00,2.55,17850,United Kingdom\n',
    );
    const r = run('graph', ['import', bad, '--replace']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv, line 2, field "Quantity"');
    expect(stats('graph')).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('replacing'))).toEqual([]);
  }, 300_000);

  it('when the replacing import succeeds then the graph equals a fresh import of the new file', () => {
    const r = run('graph', ['import', SHOPIFY, '--replace']);
    expect(r.code).toBe(0);
    expect(run('fresh', ['import', SHOPIFY]).code).toBe(0);
    expect(stats('graph')).toEqual(stats('fresh'));
    expect(stats('graph').imports).toBe(1);
    expect(readdirSync(dir).filter((f) => f.includes('replacing'))).toEqual([]);
  }, 300_000);
});
