/**
 * The Neo4j adapter on the wire: the real neo4j-driver against a scripted
 * Bolt server (bolt/scripted-bolt-server.ts), no Neo4j needed. Each test
 * scripts the answers and checks the messages the driver sent.
 */
import { describe, expect, it } from 'vitest';
import { GraphStoreError, storeRow, VERSIONED_TABLES } from '@basketgraph/cypher';
import type { Answer, RunRequest } from './bolt/scripted-bolt-server.js';
import { nothing, storesOnTheWire, transactions } from './bolt/wire-store.js';

const onTheWire = storesOnTheWire();
const open = (answer?: (run: RunRequest) => Answer, url?: (port: number) => string, batchRows = 3) =>
  onTheWire(answer, { batchRows, publishBatchRows: batchRows, maxRetryTimeMs: 5_000 }, url);

describe('Neo4j adapter on the wire (scripted Bolt server, real neo4j-driver)', () => {
  it('when a write meets a transient deadlock then the driver retries it and the second attempt commits', async () => {
    let attempts = 0;
    const { server: s, store: st } = await open((run) => {
      if (!run.query.startsWith('CREATE')) return nothing;
      attempts++;
      return attempts === 1
        ? { failure: { code: 'Neo.TransientError.Transaction.DeadlockDetected', message: 'ForsetiClient can not acquire ExclusiveLock' } }
        : { fields: ['n'], records: [[1n]] };
    });
    const result = await st.write((tx) => tx.cypher("CREATE (:Product {id: 'p'}) RETURN 1 AS n"));
    expect(result.rows).toEqual([{ n: 1 }]);
    expect(attempts).toBe(2);
    expect(transactions(s).map((t) => t.end)).toEqual([expect.stringMatching(/RESET|ROLLBACK/), 'COMMIT']);
  });

  it('when the failure is not transient then it is not retried and comes back as a GraphStoreError', async () => {
    const { server: s, store: st } = await open((run) =>
      run.query.startsWith('MATCH') ? { failure: { code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input' } } : nothing,
    );
    const error = await st.write((tx) => tx.cypher('MATCH (n RETURN n')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphStoreError);
    expect((error as GraphStoreError).message).toMatch(/Invalid input.*SyntaxError/);
    expect(s.runs(/^MATCH/)).toHaveLength(1);
  });

  it('when a write has committed then the next read begins with its bookmark', async () => {
    const { server: s, store: st } = await open();
    await st.write((tx) => tx.cypher("CREATE (:Product {id: 'p'})"));
    const commits = s.sent('COMMIT').length;
    expect(commits).toBe(1);
    await st.query('import-by-id', { id: 'x' });
    const reads = s
      .sent('BEGIN')
      .map((m) => m.fields[0] as { mode?: string; bookmarks?: string[] })
      .filter((b) => b.mode === 'r');
    expect(reads).toHaveLength(1);
    expect(reads[0].bookmarks).toEqual(['FB:scripted-1']);
  });

  it('when rows are bulk-loaded then DOUBLE columns go out as floats (whole ones too) and INT64 columns as integers', async () => {
    const { server: s, store: st } = await open();
    await st.write(async (tx) => {
      await tx.bulkLoad('Order', [['o1', 'purchase', '2011-01-01', '2011-01-01T10:00:00', 40, 3, 2]]);
      await tx.bulkLoad('Segment', [
        ['S0', 'run1', 0, 'Champions', 'best', 2, 1, 10, 1, 3, 5, 2, 5, 5, 3, 2, [1, 2, 3], [0, -1, 0], 1, 4, 1, 5, 30, 2, 4, 'rule'],
      ]);
      await tx.bulkLoad('CONTAINS', [['o1', 'p1', 4, 2, 8]]);
    });
    const [order] = s.runs(/MERGE \(n:`Order`/)[0].params.rows as Record<string, unknown>[];
    expect(typeof order.total).toBe('number'); // PackStream FLOAT (0xC1), although 40 is whole
    expect(order.itemCount).toBe(3n); // PackStream INTEGER
    expect(order.lineCount).toBe(2n);
    const [segment] = s.runs(/MERGE \(n:`Segment`/)[0].params.rows as Record<string, unknown>[];
    expect(segment.centroidRaw).toEqual([1, 2, 3]);
    expect((segment.centroidRaw as unknown[]).every((x) => typeof x === 'number')).toBe(true);
    expect(typeof segment.customerShare).toBe('number');
    expect(segment.rank).toBe(0n);
    expect(segment.size).toBe(2n);
    const [line] = s.runs(/`CONTAINS`/)[0].params.rows as { props: Record<string, unknown> }[];
    expect(line.props).toEqual({ quantity: 4n, unitPrice: 2, lineTotal: 8 });
  });

  it('when a load is written in batches then each batch of at most batchRows rows is its own transaction and is reported', async () => {
    const { server: s, store: st } = await open();
    const batches: number[] = [];
    const rows = Array.from({ length: 7 }, (_, i) => [`p${i}`, `P ${i}`, null, null, null]);
    const n = await st.writeInBatches((tx) => tx.bulkLoad('Product', rows), { onBatch: (b) => batches.push(b.rows) });
    expect(n).toBe(7);
    expect(batches).toEqual([3, 3, 1]);
    const loads = transactions(s).filter((t) => t.queries.some((q) => q.includes('`Product`')));
    expect(loads).toHaveLength(3);
    expect(loads.every((t) => t.queries.length === 1 && t.end === 'COMMIT')).toBe(true);
    expect(s.runs(/`Product`/).map((r) => (r.params.rows as unknown[]).length)).toEqual([3, 3, 1]);
  });

  it('when order lines are loaded in batches then the lines of one order travel together and keep their order', async () => {
    const { server: s, store: st } = await open();
    const lines = [
      ['o1', 'a', 1, 1, 1],
      ['o2', 'a', 1, 1, 1],
      ['o1', 'b', 2, 1, 2],
      ['o1', 'a', 1, 1, 1],
      ['o3', 'c', 5, 1, 5],
    ];
    await st.writeInBatches((tx) => tx.bulkLoad('CONTAINS', lines));
    const sent = s
      .runs(/`CONTAINS`/)
      .map((r) => (r.params.groups as { from: string; rows: { row: bigint }[] }[]).map((g) => [g.from, g.rows.map((x) => Number(x.row))]));
    expect(sent).toEqual([
      [['o1', [1, 3, 4]]],
      [
        ['o2', [2]],
        ['o3', [5]],
      ],
    ]);
  });

  it('when a relationship row names a node that does not exist then the batch fails naming the row and is rolled back', async () => {
    const { server: s, store: st } = await open((run) =>
      run.query.includes('`PLACED`') ? { fields: ['row', 'from', 'to', 'missingFrom'], records: [[2n, 'c2', 'o2', true]] } : nothing,
    );
    const error = await st
      .write((tx) =>
        tx.bulkLoad('PLACED', [
          ['c1', 'o1'],
          ['c2', 'o2'],
        ]),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphStoreError);
    expect((error as Error).message).toBe('PLACED row 2 (c2 → o2): no Customer node with id "c2"; nothing of this batch was written');
    expect(s.sent('COMMIT')).toHaveLength(0);
  });

  it('when an INT64 value is not a whole number then the load is refused naming table, row and column, before anything is sent', async () => {
    const { server: s, store: st } = await open();
    const error = await st
      .write((tx) =>
        tx.bulkLoad('Order', [
          ['o1', 'purchase', null, null, 1, 1, 1],
          ['o2', 'purchase', null, null, 1, 2.7, 1],
        ]),
      )
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('Order row 2, column itemCount (INT64): 2.7 is not an integer');
    const nan = await st.write((tx) => tx.bulkLoad('Order', [['o1', 'purchase', null, null, 1, 1, NaN]])).catch((e: unknown) => e);
    expect((nan as Error).message).toBe('Order row 1, column lineCount (INT64): NaN is not an integer');
    expect(s.runs(/`Order`/)).toHaveLength(0);
  });

  it('when an ad-hoc query returns more rows than the cap then only one page past the cap is pulled and the rest discarded', async () => {
    const { server: s, store: st } = await open(() => ({ fields: ['i'], records: Array.from({ length: 5000 }, (_, i) => [BigInt(i)]) }));
    const result = await st.cypher('UNWIND range(1, 5000) AS i RETURN i', {}, { maxRows: 10, readOnly: true });
    expect(result.rows).toHaveLength(10);
    expect(result.truncated).toBe(true);
    const pulled = s.sent('PULL').map((m) => Number((m.fields[0] as { n: bigint }).n));
    expect(pulled.every((n) => n > 0 && n <= 11)).toBe(true);
    expect(pulled.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(22);
  });

  it('when the URL carries credentials and a database then they reach LOGON and BEGIN, and the location hides the password', async () => {
    const { server: s, store: st } = await open(
      () => nothing,
      (port) => `bolt://alice:s3cr%40t@127.0.0.1:${port}/shop`,
    );
    await st.query('import-by-id', { id: 'x' });
    const logon = s.sent('LOGON')[0].fields[0] as Record<string, unknown>;
    expect(logon).toMatchObject({ scheme: 'basic', principal: 'alice', credentials: 's3cr@t' });
    expect(s.sent('BEGIN').map((m) => (m.fields[0] as { db?: string }).db)).toEqual(['shop']);
    expect(st.location).toBe(`bolt://127.0.0.1:${s.port}/shop`);
  });

  it('when tables are cleared in batches then each batch is its own transaction until one comes back short', async () => {
    const counts = [3n, 3n, 1n];
    const { server: s, store: st } = await open((run) =>
      run.query.includes('LIMIT $batch') ? { fields: ['deleted'], records: [[counts.shift()!]] } : nothing,
    );
    await st.writeInBatches((tx) => tx.clearTables(['SIMILAR']));
    const deletes = transactions(s).filter((t) => t.queries.some((q) => q.includes('LIMIT $batch')));
    expect(deletes).toHaveLength(3);
    expect(s.runs(/LIMIT \$batch/).every((r) => r.params.batch === 3n)).toBe(true);
  });

  it('when a statement needs CALL … IN TRANSACTIONS then it is sent in an auto-commit transaction', async () => {
    const { server: s, store: st } = await open();
    await st.writeInBatches((tx) => tx.query('delete-all'));
    const [run] = s.runs(/IN TRANSACTIONS/);
    expect(run).toBeDefined();
    expect(transactions(s).some((t) => t.queries.some((q) => /IN TRANSACTIONS/.test(q)))).toBe(false);
  });

  it('when a run is published then its rows go in batches of their own, one two-statement transaction makes it current, and the previous run is deleted in batches after', async () => {
    const leftovers = [3n, 1n]; // of the previous run's SIMILAR edges, deleted after the switch
    const { server: s, store: st } = await open((run) => {
      if (run.query.includes('RETURN r.id AS id')) return { fields: ['id'], records: [['r1']] }; // current-run
      if (run.query.includes('= $run')) {
        const n = run.params.run === 'r1' && run.query.includes('`SIMILAR`') ? (leftovers.shift() ?? 0n) : 0n;
        return { fields: ['deleted'], records: [[n]] };
      }
      if (run.query.includes('<> $keep')) return { fields: ['deleted'], records: [[0n]] };
      return nothing;
    });
    const edges = Array.from({ length: 7 }, (_, i) =>
      storeRow.SIMILAR({ from: `c${i}`, to: `c${i + 1}`, score: 0.5, rank: 1, shared: 2, sameSegment: true, run: 'r2' }),
    );
    await st.publishRun({
      runId: 'r2',
      write: (w) => w.bulkLoad('SIMILAR', edges),
      makeCurrent: async (tx) => {
        await tx.query('customer-features-update', { rows: [{ id: 'c0', recency: '3' }] });
        await tx.query('analysis-run-switch', { id: 'r2' });
      },
    });

    const txs = transactions(s).filter((t) => t.begin.mode !== 'r');
    expect(txs.every((t) => t.end === 'COMMIT')).toBe(true);
    const switchAt = txs.findIndex((t) => t.queries.some((q) => q.includes('SET r.current')));
    const loads = txs
      .map((t, i) => ({ ...t, i }))
      .filter((t) => t.queries.some((q) => q.includes('UNWIND $rows') && q.includes('`SIMILAR`')));
    // Writes: 3 + 3 + 1 rows, each batch one statement in a transaction of its own, all before the switch.
    expect(loads.map((t) => [t.queries.length, (t.params[0].rows as unknown[]).length])).toEqual([
      [1, 3],
      [1, 3],
      [1, 1],
    ]);
    expect(loads.every((t) => t.i < switchAt)).toBe(true);
    // The switch: the run's small statements and nothing else (no result rows, no deletes).
    expect(txs[switchAt].queries).toHaveLength(2);
    expect(txs[switchAt].queries.some((q) => /UNWIND \$rows AS r\s+OPTIONAL MATCH|DELETE/.test(q))).toBe(false);
    expect((txs[switchAt].params[0].rows as unknown[]).length).toBe(1);
    expect(txs[switchAt].params[1]).toEqual({ id: 'r2' });
    // Before the writes: one sweep per result table keeping r1 (leftovers of killed runs). After the switch: the
    // previous run's rows by `run = 'r1'` (the run index), one transaction per batch until a batch comes back short,
    // then a sweep per table of what no run keeps.
    const deletes = (from: number, to: number, marker: string) =>
      txs.slice(from, to).filter((t) => t.queries.length === 1 && t.queries[0].includes(marker));
    expect(deletes(0, loads[0].i, '<> $keep').map((t) => t.params[0].keep)).toEqual(Array(VERSIONED_TABLES.length).fill('r1'));
    expect(deletes(0, loads[0].i, '= $run')).toHaveLength(0);
    const previous = deletes(switchAt + 1, txs.length, '= $run');
    expect(previous.every((t) => t.params[0].run === 'r1' && t.params[0].batch === 3n)).toBe(true);
    expect(previous.filter((t) => t.queries[0].includes('`SIMILAR`'))).toHaveLength(2); // 3, then 1 < 3
    expect(previous).toHaveLength(VERSIONED_TABLES.length + 1); // SIMILAR twice, each other result table once
    expect(deletes(switchAt + 1, txs.length, '<> $keep').map((t) => t.params[0].keep)).toEqual(Array(VERSIONED_TABLES.length).fill('r2'));
  });
});
