/** The embedded store hands a large result over one row at a time (the analysis job's purchase lines). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forEachRow, storeRow } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';

describe('streaming the rows of a named query', () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore();
    await t.store.write(async (tx) => {
      await tx.bulkLoad(
        'Product',
        ['p1', 'p2', 'p3'].map((id) => storeRow.Product({ id, type: `type of ${id}` })),
      );
    });
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('when the rows are streamed then the callback gets the same rows as the whole query, and the count', async () => {
    const streamed: unknown[] = [];
    const count = await forEachRow(t.store, 'analysis-product-types', {}, (row) => streamed.push(row));
    const whole = await t.store.query('analysis-product-types');
    expect(count).toBe(3);
    expect(streamed).toEqual(whole);
  });

  it('when the callback throws then its error reaches the caller unchanged and the store keeps answering', async () => {
    const stop = new Error('line 2 is bad');
    await expect(
      forEachRow(t.store, 'analysis-product-types', {}, () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
    expect(await t.store.query('analysis-product-types')).toHaveLength(3);
  });

  it('when the reader cannot stream then the rows are read whole and handed over one by one', async () => {
    const reader = { query: t.store.query.bind(t.store), cypher: t.store.cypher.bind(t.store) };
    const streamed: unknown[] = [];
    expect(await forEachRow(reader, 'analysis-product-types', {}, (row) => streamed.push(row))).toBe(3);
    expect(streamed).toEqual(await t.store.query('analysis-product-types'));
  });
});
