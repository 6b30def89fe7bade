import { describe, expect, it } from 'vitest';
import type { BulkTarget, GraphWriter } from '@basketgraph/cypher';
import { GraphBatch } from '../../src/import/graph-batch.js';
import { writeBatch } from '../../src/import/write-batch.js';
import { sourceLine } from './source-line-fixture.js';

const line = (orderId: string, productId: string, customerId: string, quantity: number, isCancellation = false) =>
  sourceLine(orderId, productId, customerId, quantity, { isCancellation });

/** A writer that records, per table, whether the rows came as an array and what they were. */
function recordingWriter() {
  const loads: { table: string; wasArray: boolean; rows: unknown[][] }[] = [];
  const writer = {
    bulkLoad: async (target: BulkTarget, rows: Iterable<readonly unknown[]>) => {
      const table = typeof target === 'string' ? target : target.rel;
      const wasArray = Array.isArray(rows);
      const list = [...rows].map((r) => [...r]);
      loads.push({ table, wasArray, rows: list });
      return list.length;
    },
  } as unknown as GraphWriter;
  return { writer, loads };
}

describe('writeBatch', () => {
  it('when a batch is written then every table gets its rows as a lazy sequence (no second copy of the batch), with the same rows', async () => {
    const batch = new GraphBatch();
    batch.addPurchase(line('o1', 'p1', 'c1', 2));
    batch.addPurchase(line('o1', 'p2', 'c1', 1));
    batch.addPurchase(line('o2', 'p1', 'c2', 3));
    batch.addReturn(line('C3', 'p1', 'c2', -1, true), 1, 1.5);
    const { writer, loads } = recordingWriter();
    await writeBatch(writer, batch, { customersBefore: new Set(['c2']), productsBefore: new Set(), progress: () => undefined });

    expect(loads.map((l) => l.table)).toEqual(['Customer', 'Product', 'Order', 'PLACED', 'CONTAINS', 'RETURNS']);
    for (const l of loads) expect(l.wasArray, l.table).toBe(false);
    const rowsOf = (table: string) => loads.find((l) => l.table === table)!.rows;
    // c2 was in the graph already: only c1 is new.
    expect(rowsOf('Customer').map((r) => r[0])).toEqual(['c1']);
    expect(rowsOf('PLACED')).toEqual([
      ['c1', 'o1'],
      ['c2', 'o2'],
      ['c2', 'C3'],
    ]);
    expect(rowsOf('CONTAINS')).toEqual([
      ['o1', 'p1', 2, 1.5, 3],
      ['o1', 'p2', 1, 1.5, 1.5],
      ['o2', 'p1', 3, 1.5, 4.5],
    ]);
    expect(rowsOf('RETURNS')).toEqual([['C3', 'p1', 1, 1.5]]);
  });
});
