/**
 * The embedded store fills `$currentRun` (the current analysis run's id) for the key lookups that filter by it
 * instead of joining `(:AnalysisRun {current: true})`; it keeps the id until the next write, so a publish is
 * seen by the next read.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeRow } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';

describe('the embedded store and $currentRun', () => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore();
    await t.store.write(async (tx) => {
      await tx.bulkLoad('Customer', [storeRow.Customer({ id: 'c1' })]);
      await tx.bulkLoad(
        'Product',
        ['p1', 'p2'].map((id) => storeRow.Product({ id })),
      );
      await tx.bulkLoad('AnalysisRun', [
        storeRow.AnalysisRun({ id: 'run-a', status: 'completed', current: true }),
        storeRow.AnalysisRun({ id: 'run-b', status: 'completed', current: false }),
      ]);
      await tx.bulkLoad('RECOMMENDED', [
        storeRow.RECOMMENDED({ from: 'c1', to: 'p1', score: 1, rank: 1, model: 'm', reasons: '[]', run: 'run-a' }),
        storeRow.RECOMMENDED({ from: 'c1', to: 'p2', score: 1, rank: 1, model: 'm', reasons: '[]', run: 'run-b' }),
      ]);
    });
  });
  afterEach(async () => {
    await t.dispose();
  });

  const recommended = async () =>
    (await t.store.query<{ product: { id: string } }>('api-customer-recommendations-one', { id: 'c1', first: 10 })).map(
      (r) => r.product.id,
    );

  it('when a key lookup takes $currentRun then the store reads the current run only', async () => {
    expect(await recommended()).toEqual(['p1']);
  });

  it('when a write makes another run current then the next key lookup reads that run', async () => {
    expect(await recommended()).toEqual(['p1']);
    await t.store.write(async (tx) => {
      await tx.cypher("MATCH (r:AnalysisRun) SET r.current = (r.id = 'run-b')");
    });
    expect(await recommended()).toEqual(['p2']);
  });

  it('when an ad-hoc statement makes another run current then the next key lookup reads that run', async () => {
    expect(await recommended()).toEqual(['p1']);
    await t.store.cypher("MATCH (r:AnalysisRun) SET r.current = (r.id = 'run-b')");
    expect(await recommended()).toEqual(['p2']);
  });
});
