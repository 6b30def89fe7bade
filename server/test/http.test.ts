import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from './support/fixture-graph.js';
import { gql, startTestServer } from './support/test-server.js';
import type { RunningServer } from '../src/http/start-server.js';

let fx: FixtureStore;
let server: RunningServer;
let bare: RunningServer;
let clientDir: string;

beforeAll(async () => {
  fx = await openFixtureStore();
  clientDir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-client-'));
  mkdirSync(path.join(clientDir, 'assets'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>app</title><div id="app"></div>');
  writeFileSync(path.join(clientDir, 'assets', 'main-1a2b3c4d.js'), 'console.log(1)');
  server = await startTestServer({ store: fx.store, clientDir });
  bare = await startTestServer({ store: fx.store, clientDir: null });
});

afterAll(async () => {
  await server?.close();
  await bare?.close();
  await fx?.dispose();
  rmSync(clientDir, { recursive: true, force: true });
});

describe('the HTTP server', () => {
  test('when /healthz is asked then the store answers ok', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect({ status: res.status, body: await res.json() }).toEqual({ status: 200, body: { status: 'ok' } });
  });

  test('when /readyz is asked before any analysis then it is 503, and after a completed run it is 200 with the run', async () => {
    const before = await fetch(`${server.url}/readyz`);
    expect({ status: before.status, body: await before.json() }).toEqual({
      status: 503,
      body: { status: 'not ready', reason: 'no completed analysis run in the graph yet' },
    });
    const noAnalysis = await gql(
      server,
      '{ customer(id: "17850") { id features { recency } segment { id } recommendations { score } neighbours { score } } latestRun { id } segments { id } }',
    );
    expect(noAnalysis.body).toEqual({
      data: {
        customer: { id: '17850', features: null, segment: null, recommendations: [], neighbours: [] },
        latestRun: null,
        segments: [],
      },
    });
    await writeFakeAnalysis(fx.store, { runId: 'run-1' });
    const after = await fetch(`${server.url}/readyz`);
    expect({ status: after.status, body: await after.json() }).toEqual({
      status: 200,
      body: { status: 'ready', run: 'run-1', finishedAt: '2026-01-01T00:00:00.000Z' },
    });
  });

  test('when a browser opens /graphql then GraphiQL is served as one self-contained page', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(html).toContain('GraphiQL');
    expect(html).toContain('basketgraph GraphQL');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  test('when the client is built then / serves it, assets are served, and unknown routes fall back to the app', async () => {
    const root = await fetch(`${server.url}/`);
    expect({ status: root.status, body: await root.text() }).toEqual({
      status: 200,
      body: '<!doctype html><title>app</title><div id="app"></div>',
    });
    const asset = await fetch(`${server.url}/assets/main-1a2b3c4d.js`);
    expect({
      status: asset.status,
      type: asset.headers.get('content-type'),
      cache: asset.headers.get('cache-control'),
      body: await asset.text(),
    }).toEqual({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      cache: 'public, max-age=31536000, immutable',
      body: 'console.log(1)',
    });
    const route = await fetch(`${server.url}/segments/S0`);
    expect({ status: route.status, body: await route.text() }).toEqual({
      status: 200,
      body: '<!doctype html><title>app</title><div id="app"></div>',
    });
    expect((await fetch(`${server.url}/assets/missing.js`)).status).toBe(404);
    const escape = await fetch(`${server.url}/..%2F..%2F..%2F..%2Fetc%2Fpasswd`);
    expect(await escape.text()).toBe('<!doctype html><title>app</title><div id="app"></div>');
  });

  test('when the client is not built then / says so and links to GraphiQL', async () => {
    const res = await fetch(`${bare.url}/`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('The web client is not built');
    expect(html).toContain('href="/graphql"');
    expect((await fetch(`${bare.url}/other`)).status).toBe(404);
  });
});
