import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraphStore } from '@basketgraph/cypher';
import { SERVER_V8_FLAGS } from '../../src/cli/server-v8-flags.js';
import { BIN, freePort, REPO as ROOT, serveChild, type ServeChild } from '../support/serve-child.js';

const SAMPLE = path.join(ROOT, 'seed/test/fixtures/online-retail-5k.csv');
const SHOPIFY = path.join(ROOT, 'seed/test/fixtures/shopify-head.csv');
const TOKEN = 'test-admin-token-0123456789';

describe('graph-changing CLI commands while a server holds the graph', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let importDir: string;
  let server: ServeChild | undefined;
  // The commands run with another PORT than the server's (nothing listens there): they find it through the lock.
  let otherPort: string;
  const cli = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, PORT: otherPort, ...extra } });
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
    importDir = path.join(dir, 'import');
    env = {
      ...process.env,
      GRAPH_URL: path.join(dir, 'graph'),
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      ADMIN_TOKEN: TOKEN,
      NODE_ENV: 'test',
      IMPORT_DIR: importDir,
    };
    otherPort = String(await freePort());
    expect(cli(['import', SAMPLE]).status).toBe(0);
    // A server takes ≈ 20 s to start when the machine is shared by many test runs.
    server = await serveChild(env, 150_000);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("when `serve` runs then its process has the server's V8 flags (the command relaunches itself with them)", () => {
    expect(server!.log()).toContain(`V8 flags: ${SERVER_V8_FLAGS.join(' ')}`);
  });

  it("when analyze runs with another PORT than the server's then it finds the server through the lock, goes through it, and the server serves the new run", async () => {
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
    expect(data).toEqual({
      evaluation: { cutoff: cutoff![1], users: Number(cutoff![2]), models: [{ name: 'popularity' }, { name: 'default' }] },
    });
  });

  it('when import runs on a file outside the import directory then a copy goes through the server, its data is served, and the copy is removed', async () => {
    const r = cli(['import', SHOPIFY]);
    expect(r.stderr).toContain(`the graph is in use by the server at http://127.0.0.1:${env.PORT}: importing through it`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('shopify-head.csv (shopify): cleaning funnel');
    const data = await gql('{ product(id: "83-490-E49-8C8-8-3B100BC") { id type } }');
    expect(data).toEqual({ product: { id: '83-490-E49-8C8-8-3B100BC', type: 'Product P' } });
    expect(readdirSync(importDir)).toEqual([]);
  });

  it('when analyze gets a parameter that is no number then it exits 1 naming it, and the server starts no run', async () => {
    const before = await gql('{ runs { id } }');
    const r = cli(['analyze', '--k', 'abc']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('basketgraph: invalid analysis parameters: k (--k) must be auto or a whole number from 2 to 20, not "abc"\n');
    const local = spawnSync(process.execPath, [BIN, 'analyze', '--k', 'abc'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...env, GRAPH_URL: path.join(dir, 'no-graph') },
    });
    expect(local.stderr).toBe(r.stderr); // the same check and message without a server
    expect(await gql('{ runs { id } }')).toEqual(before);
  });

  it('when evaluate gets a list length that is no number then it exits 1 naming it, and the server evaluates nothing', async () => {
    const before = await gql('{ evaluations { id } }');
    const r = cli(['evaluate', '--cutoff', 'auto', '--top', 'abc']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('basketgraph: --top must be a whole number from 1 to 100, not "abc"\n');
    expect(await gql('{ evaluations { id } }')).toEqual(before);
  });

  it('when no admin token is set then the command says exactly what to set', () => {
    const r = cli(['analyze', '--k', '3'], { ADMIN_TOKEN: '' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `the graph is in use by the server at http://127.0.0.1:${env.PORT}: to send the change through it, set ADMIN_TOKEN to the server's admin token:\n` +
        '  ADMIN_TOKEN=… npx basketgraph analyze --k 3\n',
    );
  });

  it('when the graph is held by a server that does not answer yet then the command says to try again once it serves', async () => {
    const graph = path.join(dir, 'preparing');
    const url = `http://127.0.0.1:${await freePort()}`;
    const store = await openGraphStore(graph, { owner: 'basketgraph start (serving on port 1)', server: { url, importDir } });
    try {
      const r = cli(['analyze'], { GRAPH_URL: graph });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        new RegExp(
          `is in use by basketgraph start \\(serving on port 1\\) \\(pid ${process.pid}, since [^)]+\\); its server at ${url} does not answer yet`,
        ),
      );
      expect(r.stderr).toContain('try again once it serves');
    } finally {
      await store.close();
    }
  });
});
