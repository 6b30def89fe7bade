import { describe, expect, test } from 'vitest';
import type { GraphReader, Params, Row } from '@basketgraph/cypher';
import { coalescingReader } from '../../src/graphql/loaders/coalescing-reader.js';
import { cachedReader } from '../../src/graphql/loaders/cached-reader.js';
import { ReadWriteGate } from '../../src/gate/rw-gate.js';

/** A fake store whose customers table is a map, recording every query. */
function fakeStore(country: Record<string, string>) {
  const calls: { name: string; params: Params }[] = [];
  const store: GraphReader = {
    async query<R extends Row = Row>(name: string, params: Params = {}) {
      calls.push({ name, params });
      const ids = (params.ids as string[]) ?? (params.id === undefined ? [] : [params.id as string]);
      return ids.filter((id) => country[id]).map((id) => ({ customer: { id, country: country[id] } })) as unknown as R[];
    },
    cypher: async () => ({ columns: [], rows: [], truncated: false }),
  };
  return { store, calls };
}

describe('cross-request batching and the per-id cache', () => {
  test('when several callers ask in the same turn then one store query serves them all', async () => {
    const { store, calls } = fakeStore({ a: 'FR', b: 'DE', c: 'UK' });
    const reader = coalescingReader(store);
    const [x, y] = await Promise.all([
      reader.query('api-customer-orders', { ids: ['a'] }),
      reader.query('api-customer-orders', { ids: ['b', 'c'] }),
    ]);
    expect(calls).toEqual([{ name: 'api-customer-orders', params: { ids: ['a', 'b', 'c'] } }]);
    expect(x).toEqual(y);
    expect(x).toHaveLength(3);
  });

  test('when a batch of a lookup with a primary-key form is flushed then each id is one key lookup, never a table-wide IN scan', async () => {
    const { store, calls } = fakeStore({ a: 'FR', b: 'DE', c: 'UK' });
    const reader = coalescingReader(store);
    const [x, y] = await Promise.all([
      reader.query('api-customer-segments', { ids: ['a'] }),
      reader.query('api-customer-segments', { ids: ['b', 'c', 'zz'] }),
    ]);
    expect(calls).toEqual(['a', 'b', 'c', 'zz'].map((id) => ({ name: 'api-customer-segment-one', params: { id } })));
    expect(x).toEqual(y);
    expect(x.map((r) => (r.customer as { id: string }).id)).toEqual(['a', 'b', 'c']);
  });

  test('when a batch of node lookups by id is flushed then it is one query over every id (its embedded form is one key lookup per id)', async () => {
    const { store, calls } = fakeStore({ a: 'FR', b: 'DE' });
    const reader = coalescingReader(store);
    await Promise.all([reader.query('api-customers-by-id', { ids: ['a'] }), reader.query('api-customers-by-id', { ids: ['b', 'zz'] })]);
    expect(calls).toEqual([{ name: 'api-customers-by-id', params: { ids: ['a', 'b', 'zz'] } }]);
  });

  test('when a batch of a kind is running then the next waits for it and gathers every id asked meanwhile into one query', async () => {
    const calls: string[][] = [];
    const pending: (() => void)[] = [];
    const store: GraphReader = {
      query: async <R extends Row = Row>(_name: string, params: Params = {}) => {
        calls.push(params.ids as string[]);
        await new Promise<void>((resolve) => pending.push(resolve));
        return [] as R[];
      },
      cypher: async () => ({ columns: [], rows: [], truncated: false }),
    };
    const reader = coalescingReader(store, { maxInFlight: 1 });
    const tick = () => new Promise((r) => setImmediate(r));
    const first = reader.query('api-customers-by-id', { ids: ['a'] });
    await tick();
    const later = ['b', 'c', 'd'].map(async (id) => {
      await tick();
      return reader.query('api-customers-by-id', { ids: [id] });
    });
    for (let i = 0; i < 4; i++) await tick();
    expect(calls).toEqual([['a']]); // b, c and d arrived on later turns, while a's query ran
    pending.shift()!();
    await first;
    await tick();
    expect(calls).toEqual([['a'], ['b', 'c', 'd']]);
    pending.shift()!();
    await Promise.all(later);
  });

  test('when an id was looked up before then the cache answers, until an exclusive hold (a publish) ends', async () => {
    const country = { a: 'FR', b: 'DE' };
    const { store, calls } = fakeStore(country);
    const gate = new ReadWriteGate();
    const reader = cachedReader(store, gate);
    expect(await reader.query('api-customers-by-id', { ids: ['a', 'zz'] })).toEqual([{ customer: { id: 'a', country: 'FR' } }]);
    expect(await reader.query('api-customers-by-id', { ids: ['a', 'zz', 'b'] })).toEqual([
      { customer: { id: 'a', country: 'FR' } },
      { customer: { id: 'b', country: 'DE' } },
    ]);
    expect(calls.map((c) => c.params.ids)).toEqual([['a', 'zz'], ['b']]);
    await gate.exclusive(async () => {
      country.a = 'IS';
    });
    expect(await reader.query('api-customers-by-id', { ids: ['a'] })).toEqual([{ customer: { id: 'a', country: 'IS' } }]);
    expect(calls.map((c) => c.params.ids)).toEqual([['a', 'zz'], ['b'], ['a']]);
  });

  test('when one query’s cache overflows then it alone is emptied: the ids of another query stay cached', async () => {
    const { store, calls } = fakeStore({ a: 'FR', b: 'DE', c: 'UK', p: 'IS' });
    const reader = cachedReader(store, new ReadWriteGate(), 2);
    await reader.query('api-customer-segments', { ids: ['p'] });
    for (const id of ['a', 'b', 'c']) await reader.query('api-customers-by-id', { ids: [id] });
    const before = calls.length;
    await reader.query('api-customer-segments', { ids: ['p'] });
    await reader.query('api-customers-by-id', { ids: ['a'] });
    expect(calls.slice(before).map((c) => [c.name, c.params.ids])).toEqual([['api-customers-by-id', ['a']]]);
  });

  test('when a query is not one of the cached lookups then it always reaches the store', async () => {
    const { store, calls } = fakeStore({ a: 'FR' });
    const reader = cachedReader(store, new ReadWriteGate());
    await reader.query('api-customer-orders', { ids: ['a'] });
    await reader.query('api-customer-orders', { ids: ['a'] });
    expect(calls).toHaveLength(2);
  });
});
