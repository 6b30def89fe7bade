import { describe, expect, test } from 'vitest';
import { ReadWriteGate } from '../../src/gate/rw-gate.js';
import { newCacheability, ResponseCache } from '../../src/http/response-cache.js';

const query = { ...newCacheability(), query: true };
/** A response whose key and body take `bytes` bytes in memory (two a character). */
const answer = (name: string, bytes: number) => {
  const body = `{"data":${'x'.repeat(bytes / 2 - name.length - 8)}`;
  return { key: name, response: { headers: [], body } };
};

function filled(budget: number, entries: ReturnType<typeof answer>[]) {
  const gate = new ReadWriteGate();
  const cache = new ResponseCache(gate, budget);
  for (const e of entries) cache.set(cache.begin(), e.key, e.response, query);
  return { gate, cache };
}

describe('the response cache’s byte budget', () => {
  test('when entries fill the budget then the next one evicts the least recently used, and the bytes never pass the budget', () => {
    const { cache } = filled(3000, [answer('a', 1000), answer('b', 1000), answer('c', 1000)]);
    expect({ size: cache.size, bytes: cache.bytes }).toEqual({ size: 3, bytes: 3000 });
    expect(cache.get('a')).toBeDefined(); // a is now the most recently used; b the least
    const d = answer('d', 1000);
    cache.set(cache.begin(), d.key, d.response, query);
    expect(['a', 'b', 'c', 'd'].map((k) => cache.get(k) !== undefined)).toEqual([true, false, true, true]);
    expect(cache.bytes).toBe(3000);
  });

  test('when one entry is larger than the whole budget then it is not stored and nothing is evicted for it', () => {
    const { cache } = filled(3000, [answer('a', 1000)]);
    const big = answer('big', 3002);
    cache.set(cache.begin(), big.key, big.response, query);
    expect({ big: cache.get('big'), a: cache.get('a') !== undefined, bytes: cache.bytes }).toEqual({
      big: undefined,
      a: true,
      bytes: 1000,
    });
  });

  test('when an exclusive hold ends then the cache is empty, and an answer computed before it is not stored', async () => {
    const { gate, cache } = filled(3000, [answer('a', 1000)]);
    const before = cache.begin();
    await gate.exclusive(async () => {});
    expect({ size: cache.size, bytes: cache.bytes, a: cache.get('a') }).toEqual({ size: 0, bytes: 0, a: undefined });
    const late = answer('late', 1000);
    cache.set(before, late.key, late.response, query);
    expect(cache.get('late')).toBeUndefined();
  });

  test('when the budget is 0 then the cache is off and stores nothing', () => {
    const { cache } = filled(0, [answer('a', 1000)]);
    expect({ enabled: cache.enabled, size: cache.size, key: cache.keyFor({ 'content-type': 'application/json' }, '{}') }).toEqual({
      enabled: false,
      size: 0,
      key: null,
    });
  });
});
