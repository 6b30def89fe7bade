import { describe, expect, test } from 'vitest';
import { checkReadOnly } from '../../src/cypher-guard/cypher-guard.js';
import { checkTokens } from '../../src/cypher-guard/token-check.js';
import { checkWithParser } from '../../src/cypher-guard/parser-check.js';
import { READ_QUERIES, WRITE_ATTEMPTS } from '../support/write-attempts.js';

describe('the read-only Cypher guard', () => {
  test('when given at least 30 attempts to write or escape then it refuses every one with a reason', async () => {
    expect(WRITE_ATTEMPTS.length).toBeGreaterThanOrEqual(30);
    const verdicts = await Promise.all(WRITE_ATTEMPTS.map(async (q) => ({ q, v: await checkReadOnly(q) })));
    expect(verdicts.filter((x) => x.v.ok).map((x) => x.q)).toEqual([]);
    for (const { v } of verdicts) expect(v.reason).toMatch(/\w/);
  });

  test('when given plain read queries (with write words inside strings, map keys and comments) then it lets them through', async () => {
    for (const q of READ_QUERIES) expect({ q, v: await checkReadOnly(q) }).toEqual({ q, v: { ok: true } });
  });

  test('when the token check alone sees a write clause then the reason names the clause', () => {
    expect(checkTokens('MATCH (n) SET n.x = 1')).toEqual({ ok: false, reason: 'SET is not allowed: only reads are' });
    expect(checkTokens('RETURN 1; RETURN 2')).toEqual({ ok: false, reason: 'only one statement is allowed (found ";" before the end)' });
    expect(checkTokens('RETURN apoc.do.it()')).toEqual({
      ok: false,
      reason: 'namespaced procedures and functions (…it(…)) are not allowed',
    });
    expect(checkTokens("RETURN 'abc")).toEqual({ ok: false, reason: 'unterminated string at offset 7' });
  });

  test('when the Neo4j parser sees a write clause then it refuses it even where the token check would not look', async () => {
    expect(await checkWithParser('MATCH (n) SET n.x = 1 RETURN n')).toEqual({ ok: false, reason: 'SET is not allowed: only reads are' });
    expect(await checkWithParser('MATCH (n) RETURN n; MATCH (m) RETURN m')).toEqual({ ok: false, reason: 'only one statement is allowed' });
    expect(await checkWithParser("LOAD CSV FROM 'x' AS l RETURN l")).toEqual({
      ok: false,
      reason: 'LOADCSV is not allowed: only reads are',
    });
    expect(await checkWithParser('MATCH (n:Customer) RETURN n.id LIMIT 1')).toEqual({ ok: true });
  });
});
