import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { openFixtureStore, writeFakeAnalysis, type FixtureStore } from '../support/fixture-graph.js';
import { ADMIN_TOKEN, codes, gql, startTestServer } from '../support/test-server.js';
import { WRITE_ATTEMPTS } from '../support/write-attempts.js';
import type { RunningServer } from '../../src/http/start-server.js';
import { standInJob } from '../support/stand-in-job.js';

let fx: FixtureStore;
let server: RunningServer;
let adminOff: RunningServer;
let adminOffImports: RunningServer;
let importDir: string;
let releaseJob: () => void = () => {};
let jobGate: Promise<void> = Promise.resolve();

/** A stand-in analysis job: reports progress, waits until the test lets it go, then publishes run 2. */
const job = standInJob(async (options) => {
  options.onProgress?.({ stage: 'segments', fraction: 0.4 });
  await jobGate;
});

const stats = async () => (await fx.store.query<Record<string, number>>('stats'))[0];

beforeAll(async () => {
  fx = await openFixtureStore();
  await writeFakeAnalysis(fx.store, { runId: 'run-1' });
  importDir = path.join(fx.dir, 'import');
  mkdirSync(importDir);
  server = await startTestServer({ store: fx.store, analysisJob: job, cypherLimits: { timeoutMs: 200, maxRows: 5 }, importDir });
  adminOff = await startTestServer({ store: fx.store, adminToken: undefined });
  adminOffImports = await startTestServer({ store: fx.store });
});

afterAll(async () => {
  releaseJob();
  await server?.runner.whenIdle();
  await server?.close();
  await adminOff?.close();
  await adminOffImports?.close();
  await fx?.dispose();
});

const MUTATIONS = {
  cypher: 'mutation { cypher(query: "MATCH (c:Customer) RETURN count(c) AS n") { rows } }',
  importTransactions: 'mutation { importTransactions(path: "/nonexistent.csv") { id } }',
  runAnalysis: 'mutation { runAnalysis { id } }',
};

describe('admin authorisation', () => {
  test('when a client asks whether admin is on then it is told, without a token, before sending anything admin', async () => {
    expect((await gql(server, '{ adminEnabled }')).body).toEqual({ data: { adminEnabled: true } });
    expect((await gql(adminOff, '{ adminEnabled }')).body).toEqual({ data: { adminEnabled: false } });
  });

  for (const [name, mutation] of Object.entries(MUTATIONS)) {
    test(`when ${name} is sent without a token then it is refused as UNAUTHENTICATED`, async () => {
      const r = await gql(server, mutation);
      expect(r.status).toBe(401);
      expect(r.body.errors?.[0]?.message).toBe('admin operation: send the header "Authorization: Bearer <ADMIN_TOKEN>"');
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    });

    test(`when ${name} is sent with a wrong token then it is refused as UNAUTHENTICATED`, async () => {
      const r = await gql(server, mutation, undefined, { token: 'not-the-admin-token-at-all' });
      expect(r.body.errors?.[0]?.message).toBe('admin operation: the bearer token is not the ADMIN_TOKEN');
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    });

    test(`when ${name} is sent to a server without ADMIN_TOKEN then admin operations are off`, async () => {
      const r = await gql(adminOff, mutation, undefined, { token: ADMIN_TOKEN });
      expect(r.status).toBe(403);
      expect(r.body).toEqual({
        data: null,
        errors: [
          {
            message: 'admin operations are off: start the server with ADMIN_TOKEN set',
            locations: [{ line: 1, column: 12 }],
            path: [name],
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
    });
  }
});

describe('the cypher mutation', () => {
  test('when an admin sends a read query with parameters then columns and rows come back', async () => {
    const r = await gql(
      server,
      'mutation($q: String!, $p: JSON) { cypher(query: $q, params: $p) { columns rows truncated } }',
      {
        q: 'MATCH (c:Customer) WHERE c.id IN $ids RETURN c.id AS id, c.country AS country ORDER BY id',
        p: { ids: ['17850', '12583'] },
      },
      { token: ADMIN_TOKEN },
    );
    expect(r.body).toEqual({
      data: {
        cypher: {
          columns: ['id', 'country'],
          rows: [
            { id: '12583', country: 'France' },
            { id: '17850', country: 'United Kingdom' },
          ],
          truncated: false,
        },
      },
    });
  });

  test('when an admin sends Neo4j spellings (reserved label, round, toInteger) then they run as Neo4j would and the rewrites are listed', async () => {
    const r = await gql(
      server,
      'mutation($q: String!) { cypher(query: $q) { columns rows query rewrites } }',
      {
        q: "MATCH (o:Order {id: '536365'}) RETURN o.lineCount AS lines, round(2.5) AS up, round(-2.5) AS tie, toInteger(-3.7) AS n",
      },
      { token: ADMIN_TOKEN },
    );
    expect(r.body.errors).toBeUndefined();
    const result = r.body.data!.cypher;
    expect(result.rows).toEqual([{ lines: 7, up: 3, tie: -2, n: -3 }]);
    expect(result.query).toContain('(o:`Order` {');
    expect(result.rewrites).toHaveLength(3);
  });

  test('when a Neo4j spelling has no faithful equivalent then the answer says what to write and nothing reaches the store', async () => {
    const queriesBefore = fx.store.queryCount;
    const r = await gql(
      server,
      'mutation($q: String!) { cypher(query: $q) { rows } }',
      { q: 'MATCH (c:Customer) RETURN id(c) AS n' },
      { token: ADMIN_TOKEN },
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors![0].message).toMatch(/write n\.id/);
    expect(fx.store.queryCount).toBe(queriesBefore);
  });

  test('when a read query matches more rows than the cap then the rows are cut and marked truncated', async () => {
    const r = await gql(
      server,
      'mutation { cypher(query: "MATCH (c:Customer) RETURN c.id AS id ORDER BY id") { columns rows truncated } }',
      undefined,
      { token: ADMIN_TOKEN },
    );
    expect(r.body.data?.cypher).toEqual({
      columns: ['id'],
      rows: [{ id: '12431' }, { id: '12433' }, { id: '12471' }, { id: '12472' }, { id: '12583' }],
      truncated: true,
    });
  });

  test('when a query runs past the time limit then it is stopped with a clear error', async () => {
    const r = await gql(
      server,
      'mutation { cypher(query: "UNWIND range(1, 20) AS i MATCH (a:Product), (b:Product) WHERE lower(a.description) CONTAINS lower(substring(b.description, i, 3)) RETURN count(*) AS n") { rows } }',
      undefined,
      { token: ADMIN_TOKEN },
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]?.message).toBe('query stopped: time limit reached (200 ms)');
  });

  test(`when ${WRITE_ATTEMPTS.length} attempts to write or escape are sent then each is refused before it reaches the store and the graph is unchanged`, async () => {
    const before = await stats();
    const queriesBefore = fx.store.queryCount;
    const refusals: string[] = [];
    for (const q of WRITE_ATTEMPTS) {
      const r = await gql(server, 'mutation($q: String!) { cypher(query: $q) { rows } }', { q }, { token: ADMIN_TOKEN });
      expect({ q, codes: codes(r), data: r.body.data }).toEqual({ q, codes: ['BAD_USER_INPUT'], data: null });
      refusals.push(r.body.errors![0].message);
    }
    expect(fx.store.queryCount).toBe(queriesBefore);
    expect(refusals.every((m) => m.startsWith('refused: '))).toBe(true);
    expect(await stats()).toEqual(before);
  });
});

describe('the importTransactions mutation', () => {
  const IMPORT = `mutation($path: String!) { importTransactions(path: $path) {
    file format alreadyImported rows lineItems returnLines customers products orders funnel { step removed rows customers products orders } } }`;

  test('when an admin imports a new file from the import directory then the report has its funnel and the graph holds the new orders', async () => {
    const file = path.join(importDir, 'extra.csv');
    writeFileSync(
      file,
      [
        'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
        '990001,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2011-01-10 10:00:00,2.55,99001,Iceland',
        '990001,71053,WHITE METAL LANTERN,2,2011-01-10 10:00:00,3.39,99001,Iceland',
        '990002,22423,REGENCY CAKESTAND 3 TIER,1,2011-01-11 11:00:00,12.75,17850,United Kingdom',
        '990003,22423,REGENCY CAKESTAND 3 TIER,1,2011-01-11 11:00:00,12.75,,United Kingdom',
      ].join('\n') + '\n',
    );
    const before = await stats();
    const r = await gql(server, IMPORT, { path: 'extra.csv' }, { token: ADMIN_TOKEN });
    expect(r.body).toEqual({
      data: {
        importTransactions: {
          file: 'extra.csv',
          format: 'online-retail',
          alreadyImported: false,
          rows: 4,
          lineItems: 3,
          returnLines: 0,
          customers: 2,
          products: 3,
          orders: 2,
          funnel: [
            { step: 'rows read', removed: 0, rows: 4, customers: 2, products: 3, orders: 3 },
            { step: 'missing customer id', removed: 1, rows: 3, customers: 2, products: 3, orders: 2 },
            { step: 'cancellations (kept as returns)', removed: 0, rows: 3, customers: 2, products: 3, orders: 2 },
            { step: 'quantity or price ≤ 0', removed: 0, rows: 3, customers: 2, products: 3, orders: 2 },
            { step: 'non-product stock codes', removed: 0, rows: 3, customers: 2, products: 3, orders: 2 },
            { step: 'exact duplicate rows', removed: 0, rows: 3, customers: 2, products: 3, orders: 2 },
            { step: 'orders already in the graph', removed: 0, rows: 3, customers: 2, products: 3, orders: 2 },
          ],
        },
      },
    });
    expect(await stats()).toEqual({
      ...before,
      customers: before.customers + 1,
      orders: before.orders + 2,
      purchaseLines: before.purchaseLines + 3,
      imports: 2,
    });
    const customer = await gql(
      server,
      '{ customer(id: "99001") { id country orders { totalCount } products { product { id } quantity } } }',
    );
    expect(customer.body.data).toEqual({
      customer: {
        id: '99001',
        country: 'Iceland',
        orders: { totalCount: 1 },
        products: [
          { product: { id: '85123A' }, quantity: 6 },
          { product: { id: '71053' }, quantity: 2 },
        ],
      },
    });

    const again = await gql(server, IMPORT, { path: file }, { token: ADMIN_TOKEN });
    expect(again.body.data?.importTransactions).toMatchObject({ file: 'extra.csv', alreadyImported: true, rows: 0, funnel: [] });
    expect((await stats()).imports).toBe(2);
  });

  test('when the file does not exist or is not an export then the error says so, shows none of its content, and nothing is written', async () => {
    const before = await stats();
    const missing = await gql(server, IMPORT, { path: 'missing.csv' }, { token: ADMIN_TOKEN });
    expect(missing.body.errors?.[0]).toMatchObject({
      message: `no file "missing.csv" in the import directory ${importDir}`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'path' },
    });
    writeFileSync(path.join(importDir, 'junk.csv'), 'secret,words\n1,2\n');
    const bad = await gql(server, IMPORT, { path: path.join(importDir, 'junk.csv') }, { token: ADMIN_TOKEN });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors?.[0].message).toMatch(/^junk\.csv, line 1: unknown format: the first line \(2 fields\) is not the header of/);
    expect(bad.body.errors?.[0].message).not.toMatch(/secret|words/);
    expect(await stats()).toEqual(before);
  });

  test('when a path leads outside the import directory (absolute, .., or a symlink) then it is refused without being read', async () => {
    const outside = path.join(fx.dir, 'outside.csv');
    writeFileSync(outside, 'first line of a file outside\n');
    symlinkSync(outside, path.join(importDir, 'link.csv'));
    symlinkSync(fx.dir, path.join(importDir, 'up'));
    const before = await stats();
    const refusal = (requested: string) =>
      `refused: "${requested}" is outside the server's import directory; put the file in IMPORT_DIR (${importDir}) and pass its path relative to it`;
    for (const requested of [
      '/etc/passwd',
      '/nonexistent/file.csv',
      outside,
      '../outside.csv',
      'sub/../../outside.csv',
      'link.csv',
      'up/outside.csv',
    ]) {
      const r = await gql(server, IMPORT, { path: requested }, { token: ADMIN_TOKEN });
      expect({ requested, error: r.body.errors?.[0] }).toEqual({
        requested,
        error: expect.objectContaining({ message: refusal(requested), extensions: { code: 'BAD_USER_INPUT', argument: 'path' } }),
      });
    }
    expect(await stats()).toEqual(before);
  });

  test('when the server has no import directory then imports are off', async () => {
    const r = await gql(adminOffImports, IMPORT, { path: 'extra.csv' }, { token: ADMIN_TOKEN });
    expect(r.body.errors?.[0]).toMatchObject({
      message: 'imports are off: this server has no import directory (IMPORT_DIR)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the runAnalysis mutation', () => {
  const LATEST = '{ latestRun { id status stage progress } segments { id name runId } }';

  test('when an admin starts a run then it runs in the background, a second run is refused, progress is readable, and the new results replace the old', async () => {
    jobGate = new Promise((resolve) => (releaseJob = resolve));
    const started = await gql(
      server,
      'mutation { runAnalysis(params: { k: 3, seed: 7 }) { id status stage progress params } }',
      undefined,
      { token: ADMIN_TOKEN },
    );
    const run = started.body.data?.runAnalysis;
    expect(run).toEqual({
      id: expect.stringMatching(/^run-\d{8}-\d{6}/),
      status: 'RUNNING',
      stage: 'segments',
      progress: 0.4,
      params: { k: 3, seed: 7, features: 'rfm', minSupport: 0.02, minConfidence: 0.3, maxLen: 3, neighbours: 20, recommendations: 20 },
    });

    const second = await gql(server, 'mutation { runAnalysis { id } }', undefined, { token: ADMIN_TOKEN });
    expect(codes(second)).toEqual(['CONFLICT']);
    expect(second.body.errors?.[0].message).toBe(
      `refused: an analysis run is in progress (${run.id}, stage segments); wait for it to finish (see latestRun)`,
    );
    const importing = await gql(server, 'mutation { importTransactions(path: "extra.csv") { id } }', undefined, { token: ADMIN_TOKEN });
    expect(codes(importing)).toEqual(['CONFLICT']);

    const during = await gql(server, LATEST);
    expect(during.body.data).toEqual({
      latestRun: { id: run.id, status: 'RUNNING', stage: 'segments', progress: 0.4 },
      segments: [
        { id: 'S0', name: 'Champions', runId: 'run-1' },
        { id: 'S1', name: 'Regulars', runId: 'run-1' },
        { id: 'S2', name: 'Occasional', runId: 'run-1' },
      ],
    });

    // A request in flight holds the gate: the publish waits for it.
    const inFlight = await server.gate.acquireShared();
    releaseJob();
    await vi.waitFor(() => expect(server.gate.state.waitingWriters).toBe(1), { timeout: 30_000 }); // the publish is queued behind it
    expect((await fx.store.query<{ segment: { run: string } }>('api-segments')).map((r) => r.segment.run)).toEqual([
      'run-1',
      'run-1',
      'run-1',
    ]);
    inFlight();
    await server.runner.whenIdle();

    const after = await gql(
      server,
      `{ latestRun { id status stage progress } run(id: "${run.id}") { id status } segments { id name runId } }`,
    );
    expect(after.body.data).toEqual({
      latestRun: { id: run.id, status: 'COMPLETED', stage: 'done', progress: null },
      run: { id: run.id, status: 'COMPLETED' },
      segments: [
        { id: 'S0', name: 'Champions v2', runId: run.id },
        { id: 'S1', name: 'Regulars v2', runId: run.id },
        { id: 'S2', name: 'Occasional v2', runId: run.id },
      ],
    });
  });

  test('when requests arrive while a run publishes then no response mixes two runs’ results', async () => {
    jobGate = Promise.resolve();
    const QUERY =
      '{ segments { runId } customers(first: 20) { edges { node { segment { runId } } } } rules(first: 5) { edges { node { runId } } } }';
    const started = await gql(server, 'mutation { runAnalysis { id } }', undefined, { token: ADMIN_TOKEN });
    const runId = started.body.data?.runAnalysis.id;
    const seen = new Set<string>();
    let done = false;
    const idle = server.runner.whenIdle().then(() => (done = true));
    while (!done) {
      type RunIds = {
        segments: { runId: string }[];
        customers: { edges: { node: { segment: { runId: string } | null } }[] };
        rules: { edges: { node: { runId: string } }[] };
      };
      const responses = await Promise.all([1, 2, 3, 4].map(() => gql<RunIds>(server, QUERY)));
      for (const r of responses) {
        const d = r.body.data!;
        const ids = new Set<string>([
          ...d.segments.map((s) => s.runId),
          ...d.customers.edges.flatMap((e) => (e.node.segment ? [e.node.segment.runId] : [])),
          ...d.rules.edges.map((e) => e.node.runId),
        ]);
        expect(ids.size).toBe(1);
        seen.add([...ids][0]);
      }
    }
    await idle;
    expect(seen.has(runId) || (await gql(server, QUERY)).body.data?.segments[0].runId === runId).toBe(true);
  });
});
