import { describe, expect, test } from 'vitest';
import type { GraphReader, Params, Row } from '@basketgraph/cypher';
import { PrimingGate } from '../../src/graphql/hot/priming-gate.js';
import { BYTES_PER_ROW, HotModel, idRanges, loadHotSnapshot } from '../../src/graphql/hot/hot-model.js';
import { isCustomerRef, type RecommendationModel } from '../../src/graphql/data/models.js';

/** Lets every pending promise reaction run: an asynchronous step with no time in it. */
const drained = () => new Promise((r) => setImmediate(r));

/** A fake store holding one customer with ranked lists, answering the primed model's queries. */
function fakeStore(recs: number, options: { dangling?: boolean } = {}) {
  const calls: string[] = [];
  const rows: Record<string, Row[]> = {
    'api-hot-size': [{ customers: 2, products: recs, recommended: recs, similar: 1 }],
    'api-hot-customers': [{ customer: { id: 'a', country: 'FR' } }, { customer: { id: 'b', country: 'DE' } }],
    'api-hot-products': Array.from({ length: recs }, (_, i) => ({ product: { id: `p${i + 1}`, description: `P${i + 1}` } })),
    'api-segments': [{ segment: { id: 'S0', run: 'run-1', rank: 0 } }],
    'api-hot-customer-segments': [{ customer: 'a', segment: 'S0', distance: 0.5 }],
    // Out of rank order on purpose: the model sorts each list.
    'api-hot-recommendations': Array.from({ length: recs }, (_, i) => ({
      customer: 'a',
      product: `p${recs - i}`,
      score: i,
      rank: recs - i,
      model: 'm',
      reasons: '[{"kind":"POPULAR","id":null,"weight":1}]',
    })),
    'api-hot-neighbours': [{ customer: 'a', neighbour: options.dangling ? 'zz' : 'b', score: 0.9, rank: 1, shared: 3, sameSegment: true }],
  };
  const store: GraphReader = {
    async query<R extends Row = Row>(name: string, params: Params = {}) {
      calls.push(name);
      const max = params.maxRank as number | undefined;
      const { from, to } = params as { from?: string; to?: string };
      const inRange = (r: Row) => from === undefined || (String(r.customer) >= from && (to === '' || String(r.customer) < to!));
      const all = (rows[name] ?? []).filter(inRange);
      return (max === undefined ? all : all.filter((r) => r.rank === undefined || (r.rank as number) <= max)) as R[];
    },
    cypher: async () => ({ columns: [], rows: [], truncated: false }),
  };
  return { store, calls, rows };
}

describe('the primed read model', () => {
  test('when the ranked lists are primed one customer range at a time then every list is read once, as in one query', async () => {
    expect(idRanges(['c', 'a', 'b', 'd', 'e'], 2)).toEqual([
      { from: '', to: 'c' },
      { from: 'c', to: 'e' },
      { from: 'e', to: '' },
    ]);
    const whole = await loadHotSnapshot(fakeStore(5).store, { maxRank: 5 });
    const paged = fakeStore(5);
    const snap = await loadHotSnapshot(paged.store, { maxRank: 5, pageCustomers: 1 });
    expect(paged.calls.filter((c) => c === 'api-hot-recommendations')).toHaveLength(2);
    expect(snap.recommendations('a', 5)).toEqual(whole.recommendations('a', 5));
    expect(snap.neighbours('a', 5)).toEqual(whole.neighbours('a', 5));
    expect(snap.stats).toMatchObject({ recommendations: 5, neighbours: 1 });
  });

  test('when lists are asked for with `first` then they are sliced by rank, and beyond maxRank the model defers to the store', async () => {
    const { store } = fakeStore(5);
    const snap = await loadHotSnapshot(store, { maxRank: 3 });
    expect(snap.recommendations('a', 2)?.map((r) => [r.rank, r.product.id, r.product.description])).toEqual([
      [1, 'p1', 'P1'],
      [2, 'p2', 'P2'],
    ]);
    expect(snap.recommendations('a', 3)?.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(snap.recommendations('a', 4)).toBeUndefined();
    expect(snap.recommendations('b', 3)).toEqual([]);
    expect(snap.recommendations('a', 0)).toEqual([]);
    // The model holds whole customers, never references.
    expect(
      snap
        .neighbours('a', 3)
        ?.map((n) => [n.customer.id, isCustomerRef(n.customer) ? 'by reference' : n.customer.country, n.sharedProducts]),
    ).toEqual([['b', 'DE', 3]]);
    expect(snap.customerSegment('a')).toMatchObject({ segment: { id: 'S0', runId: 'run-1' }, distance: 0.5 });
    expect(snap.customerSegment('b')).toBeNull();
    expect(snap.customer('nope')).toBeNull();
    expect(snap.stats).toMatchObject({ customers: 2, products: 5, recommendations: 3, neighbours: 1, maxRank: 3 });
    // Held as columns, handed out as the models the store path gives: the model name and the reasons decoded.
    const plain = (r: RecommendationModel) => ({ product: r.product, score: r.score, rank: r.rank, model: r.model, reasons: r.reasons });
    expect(snap.recommendations('a', 1)?.map(plain)).toEqual([
      {
        product: expect.objectContaining({ id: 'p1', description: 'P1' }),
        score: 4,
        rank: 1,
        model: 'm',
        reasons: [{ kind: 'POPULAR', id: 'global', weight: 1 }],
      },
    ]);
    expect(snap.neighbours('a', 1)).toEqual([
      { of: 'a', customer: expect.objectContaining({ id: 'b' }), score: 0.9, rank: 1, sharedProducts: 3, sameSegment: true },
    ]);
  });

  test('when a row points at a node the snapshot does not hold, or the graph is over the size limit, then there is no snapshot and the reason is logged', async () => {
    const logged: string[] = [];
    const dangling = new HotModel(fakeStore(2, { dangling: true }).store, {}, (m) => logged.push(m));
    await dangling.refresh();
    expect(dangling.current).toBeNull();
    const big = new HotModel(fakeStore(2).store, { maxRows: 4 }, (m) => logged.push(m));
    await big.refresh();
    expect(big.current).toBeNull();
    expect(logged).toEqual([
      expect.stringMatching(/graph changed while the read model was loading \(customer zz\)/),
      expect.stringMatching(/7 rows to prime, more than the limit of 4/),
    ]);
  });

  test('when the rows to prime would take more heap than the budget then there is no snapshot and the log names the budget; at the budget it is primed', async () => {
    const logged: string[] = [];
    const over = new HotModel(fakeStore(2).store, { budgetBytes: 7 * BYTES_PER_ROW - 1 }, (m) => logged.push(m));
    await over.refresh();
    expect(over.current).toBeNull();
    expect(logged).toEqual([expect.stringMatching(/7 rows to prime \(≈ \d+ MB\), more than the budget of \d+ MB \(READ_MODEL_MB\)/)]);
    const fits = new HotModel(fakeStore(2).store, { budgetBytes: 7 * BYTES_PER_ROW });
    await fits.refresh();
    expect(fits.current?.stats).toMatchObject({ estimatedBytes: 7 * BYTES_PER_ROW, budgetBytes: 7 * BYTES_PER_ROW });
  });

  test('when an exclusive hold ends then the model is reloaded before waiting readers get in, even when the holder failed', async () => {
    const events: string[] = [];
    const gate = new PrimingGate(async () => {
      events.push('reload start');
      await drained();
      events.push('reload done');
    });
    const publish = gate.exclusive(async () => {
      events.push('publish');
      await drained();
    });
    const reader = gate.acquireShared().then((release) => {
      events.push('reader in');
      release();
    });
    await Promise.all([publish, reader]);
    expect(events).toEqual(['publish', 'reload start', 'reload done', 'reader in']);

    events.length = 0;
    await expect(
      gate.exclusive(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(events).toEqual(['reload start', 'reload done']);
    expect(gate.state).toEqual({ readers: 0, writer: false, waitingWriters: 0, waitingReaders: 0 });
  });

  test('when a reload fails then the old snapshot is not kept (requests go to the store)', async () => {
    const fake = fakeStore(2);
    const model = new HotModel(fake.store);
    await model.refresh();
    expect(model.current?.customer('a')?.country).toBe('FR');
    fake.rows['api-hot-neighbours'] = [{ customer: 'a', neighbour: 'gone', score: 1, rank: 1, shared: 1, sameSegment: null }];
    await model.refresh();
    expect(model.current).toBeNull();
  });
});
