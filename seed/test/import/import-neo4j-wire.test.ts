/**
 * The import on the wire to Neo4j: the real neo4j-driver against the
 * project's scripted Bolt server (cypher/test/bolt), no Neo4j needed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportProgress } from '@basketgraph/seed';
import type { Answer, RunRequest, ScriptedBoltServer } from '../../../cypher/test/bolt/scripted-bolt-server.js';
import { nothing, storesOnTheWire, transactions as spans } from '../../../cypher/test/bolt/wire-store.js';
import { SAMPLE_5K, tempFile } from '../../src/testing.js';

const sample = () => tempFile('sample-300.csv', readFileSync(SAMPLE_5K, 'utf8').split('\n').slice(0, 301).join('\n') + '\n');
const onTheWire = storesOnTheWire();
const open = (answer?: (run: RunRequest) => Answer) => onTheWire(answer, { batchRows: 50, maxRetryTimeMs: 1_000 });

/** Per committed transaction, the first two lines of each query it ran. */
const transactions = (s: ScriptedBoltServer): string[][] =>
  spans(s)
    .filter((t) => t.end === 'COMMIT')
    .map((t) => t.queries.map((q) => q.split('\n').slice(0, 2).join(' ')));

describe('import into Neo4j on the wire (scripted Bolt server)', () => {
  it('when a file is imported then it goes out as bounded batches, each its own transaction, reported as progress', async () => {
    const { server: s, store: st } = await open();
    const batches: ImportProgress[] = [];
    const report = await importFile(st, sample(), { onProgress: (p) => p.phase === 'batch' && batches.push(p) });
    expect(report.lineItems).toBeGreaterThan(200);
    const loads = transactions(s).filter((t) => t.some((q) => q.startsWith('UNWIND')));
    expect(loads.length).toBeGreaterThan(5);
    expect(loads.every((t) => t.length === 1)).toBe(true); // one statement per transaction
    const sizes = s.runs(/^UNWIND \$rows/).map((r) => (r.params.rows as unknown[]).length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50);
    const lines = s.runs(/^UNWIND \$groups/).flatMap((r) => (r.params.groups as { rows: unknown[] }[]).map((g) => g.rows.length));
    expect(lines.reduce((a, b) => a + b, 0)).toBe(report.lineItems + report.returnLines);
    expect(batches.filter((b) => b.phase === 'batch' && b.table === 'CONTAINS').length).toBeGreaterThan(1);
    // The Import node is written first, unfinished, and marked finished last.
    const order = s.runs().map((r) => r.query);
    expect(order.findIndex((q) => q.includes('MERGE (n:`Import`'))).toBeLessThan(order.findIndex((q) => q.includes('MERGE (n:`Order`')));
    expect(order[order.length - 1]).toMatch(/SET i\.importedAt = \$importedAt/);
  });

  it('when an import stopped half-way is run again then it writes every batch again, idempotently, and reports what the first run recorded', async () => {
    const funnel = [{ step: 'kept', removed: 0, rows: 7, customers: 1, products: 2, orders: 3 }];
    const { server: s, store: st } = await open((run) =>
      run.query.includes('i.importedAt IS NULL')
        ? {
            fields: ['rows', 'lineItems', 'returnLines', 'customers', 'products', 'orders', 'funnel'],
            records: [[300n, 7n, 0n, 1n, 2n, 3n, JSON.stringify(funnel)]],
          }
        : nothing,
    );
    const report = await importFile(st, sample());
    expect(report).toMatchObject({ alreadyImported: false, rows: 300, lineItems: 7, customers: 1, products: 2, orders: 3, funnel });
    const queries = s.runs().map((r) => r.query);
    expect(queries.some((q) => q.includes('MERGE (n:`Import`'))).toBe(false); // the first run's record is kept
    expect(queries.some((q) => /RETURN o\.id AS id/.test(q))).toBe(false); // its orders are not taken for an earlier import's
    expect(s.runs(/^UNWIND \$groups/).every((r) => /NOT EXISTS \{ \(a\)-\[:`(CONTAINS|RETURNS)`\]->\(\) \}/.test(r.query))).toBe(true);
    expect(queries[queries.length - 1]).toMatch(/SET i\.importedAt = \$importedAt/);
  });
});
