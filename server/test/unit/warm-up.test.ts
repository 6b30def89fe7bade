import { describe, expect, test } from 'vitest';
import { warmUp, WARM_UP_IDS_QUERY, WARM_UP_QUERY, type ExecuteOperation } from '../../src/http/warm-up.js';

/** A stand-in pipeline over `ids`: records each operation and the most operations in flight at once. */
function pipeline(ids: string[], answer: (id: string) => { status: number; body: string } = () => ({ status: 200, body: '{"data":{}}' })) {
  const seen: { query: string; variables: Record<string, unknown> }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const execute: ExecuteOperation = async (query, variables) => {
    seen.push({ query, variables });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setImmediate(r));
    inFlight--;
    if (query === WARM_UP_IDS_QUERY) {
      const n = Number(variables.n);
      return { status: 200, body: JSON.stringify({ data: { customers: { edges: ids.slice(0, n).map((id) => ({ node: { id } })) } } }) };
    }
    return answer(String(variables.id));
  };
  return { execute, seen, maxInFlight: () => maxInFlight };
}

describe('the warm-up before listening', () => {
  test('when it runs then it pages the customers once and asks the hot operation `requests` times over them, at most `concurrency` at once', async () => {
    const p = pipeline(['a', 'b', 'c']);
    const report = await warmUp(p.execute, { requests: 10, concurrency: 4 });
    expect(p.seen.filter((o) => o.query === WARM_UP_IDS_QUERY)).toHaveLength(1);
    const hot = p.seen.filter((o) => o.query === WARM_UP_QUERY).map((o) => o.variables.id);
    expect(hot).toHaveLength(10);
    expect(new Set(hot)).toEqual(new Set(['a', 'b', 'c']));
    expect(p.maxInFlight()).toBe(4);
    expect(report).toMatchObject({ requests: 11, errors: 0, customers: 3 });
  });

  test('when operations fail then they are counted, the first failure is logged once, and the warm-up still finishes', async () => {
    const p = pipeline(['a', 'b'], (id) =>
      id === 'b' ? { status: 200, body: '{"errors":[{"message":"boom"}]}' } : { status: 200, body: '{}' },
    );
    const logged: string[] = [];
    const report = await warmUp(p.execute, { requests: 6, concurrency: 2 }, (m) => logged.push(m));
    expect(report).toMatchObject({ requests: 7, errors: 3, customers: 2 });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('customer b');
  });

  test('when the pipeline throws then the warm-up counts it and does not throw', async () => {
    const report = await warmUp(
      async () => {
        throw new Error('store closed');
      },
      { requests: 5 },
    );
    expect(report).toMatchObject({ requests: 1, errors: 1, customers: 0 });
  });

  test('when the graph has no customers then no customer page is asked for', async () => {
    const p = pipeline([]);
    expect(await warmUp(p.execute, { requests: 5 })).toMatchObject({ requests: 1, errors: 0, customers: 0 });
    expect(p.seen.map((o) => o.query)).toEqual([WARM_UP_IDS_QUERY]);
  });

  test('when `requests` is 0 then nothing runs', async () => {
    const p = pipeline(['a']);
    expect(await warmUp(p.execute, { requests: 0 })).toMatchObject({ requests: 0 });
    expect(p.seen).toHaveLength(0);
  });
});
