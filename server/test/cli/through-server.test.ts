import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(ROOT, 'server/bin/basketgraph.js');
const SAMPLE = path.join(ROOT, 'seed/test/fixtures/online-retail-5k.csv');
const SHOPIFY = path.join(ROOT, 'seed/test/fixtures/shopify-head.csv');
const TOKEN = 'test-admin-token-0123456789';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

describe('graph-changing CLI commands while a server holds the graph', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let server: ChildProcess;
  const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env });
  const gql = async (query: string) => {
    const res = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return ((await res.json()) as { data: Record<string, unknown> }).data;
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-through-'));
    env = { ...process.env, GRAPH_URL: path.join(dir, 'graph'), PORT: String(await freePort()), HOST: '127.0.0.1', ADMIN_TOKEN: TOKEN, NODE_ENV: 'test' };
    expect(cli(['import', SAMPLE]).status).toBe(0);
    server = spawn(process.execPath, [BIN, 'serve'], { cwd: ROOT, env, stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${env.PORT}/healthz`)).ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the server did not start');
  }, 60_000);

  afterAll(async () => {
    server?.kill('SIGTERM');
    await new Promise((r) => server?.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  });

  it('when analyze runs then it goes through the server and the server serves the new run', async () => {
    const r = cli(['analyze', '--k', '3', '--seed', '5']);
    expect(r.stderr).toContain(`the graph is in use by the server at http://127.0.0.1:${env.PORT}: running the analysis there`);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/analysis run-\S+ completed on the server: k = 3/);
    const data = await gql('{ segments { id } latestRun { status k } }');
    expect(data).toEqual({ segments: [{ id: 'S0' }, { id: 'S1' }, { id: 'S2' }], latestRun: { status: 'COMPLETED', k: 3 } });
  });

  it('when evaluate runs then the server evaluates, the table is printed and the server serves the new evaluation', async () => {
    const r = cli(['evaluate', '--cutoff', 'auto', '--models', 'popularity,default']);
    expect(r.stderr).toContain(`the graph is in use by the server at http://127.0.0.1:${env.PORT}: evaluating there`);
    expect(r.status).toBe(0);
    const cutoff = /cutoff (\d{4}-\d{2}-\d{2}), (\d+) customers evaluated, top 10/.exec(r.stdout);
    expect(cutoff).not.toBeNull();
    expect(r.stdout).toMatch(/│ default \(default\)\s+│/);
    const data = await gql('{ evaluation { cutoff users models { name } } }');
    expect(data).toEqual({ evaluation: { cutoff: cutoff![1], users: Number(cutoff![2]), models: [{ name: 'popularity' }, { name: 'default' }] } });
  });

  it('when import runs then the file goes through the server and its data is served', async () => {
    const r = cli(['import', SHOPIFY]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('importing through it');
    const data = await gql('{ product(id: "83-490-E49-8C8-8-3B100BC") { id type } }');
    expect(data).toEqual({ product: { id: '83-490-E49-8C8-8-3B100BC', type: 'Product P' } });
  });

  it('when no admin token is set then the command says how to send the change through the server', () => {
    const r = spawnSync(process.execPath, [BIN, 'analyze'], { cwd: ROOT, encoding: 'utf8', env: { ...env, ADMIN_TOKEN: '' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the graph is in use by the server at http:\/\/127\.0\.0\.1:\d+: set ADMIN_TOKEN/);
  });
});
