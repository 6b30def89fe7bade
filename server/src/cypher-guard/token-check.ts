/**
 * The guard's first line: a token-level check of ad-hoc Cypher. Refuses
 * anything that is not plainly one read query: write and admin clauses of
 * Neo4j and the embedded store (CREATE, MERGE, SET, DELETE, REMOVE, DROP,
 * COPY, LOAD, ATTACH, INSTALL, IMPORT/EXPORT, CALL, FOREACH, USE, …),
 * namespaced procedure/function calls (apoc.*, db.*), functions with side
 * effects, and several statements.
 */
import { tokenize, TokenizeError, type Token } from './tokenize.js';

export const MAX_QUERY_LENGTH = 20_000;

const WRITE_OR_ADMIN = new Set([
  'CREATE',
  'MERGE',
  'SET',
  'DELETE',
  'DETACH',
  'REMOVE',
  'DROP',
  'ALTER',
  'RENAME',
  'TRUNCATE',
  'INSERT',
  'UPDATE',
  'COPY',
  'LOAD',
  'ATTACH',
  'INSTALL',
  'UNINSTALL',
  'EXTENSION',
  'IMPORT',
  'EXPORT',
  'CHECKPOINT',
  'PROJECT',
  'MACRO',
  'FOREACH',
  'CALL',
  'USE',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'TRANSACTION',
  'TRANSACTIONS',
  'PERIODIC',
  'GRANT',
  'REVOKE',
  'DENY',
  'TERMINATE',
  'START',
  'STOP',
  'SHOW',
  'ENABLE',
  'DISABLE',
  'DEALLOCATE',
  'REALLOCATE',
]);

/** Functions that write (sequences) or read outside the graph (files, URLs). */
const UNSAFE_FUNCTION =
  /^(nextval|setval|currval|read_\w+|load_\w+|write_\w+|scan_\w+|sqlite_\w+|postgres_\w+|duckdb_\w+|http\w*|file\w*)$/i;

const FIRST_WORDS = new Set(['MATCH', 'OPTIONAL', 'WITH', 'UNWIND', 'RETURN', 'EXPLAIN', 'PROFILE']);

export interface Verdict {
  ok: boolean;
  /** Why it was refused, in words the caller can act on. */
  reason?: string;
}

const refuse = (reason: string): Verdict => ({ ok: false, reason });

export function checkTokens(text: string): Verdict {
  if (text.length > MAX_QUERY_LENGTH) return refuse(`the query is longer than ${MAX_QUERY_LENGTH} characters`);
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (e) {
    if (e instanceof TokenizeError) return refuse(e.message);
    throw e;
  }
  if (tokens.length === 0) return refuse('the query is empty');
  const semicolon = tokens.findIndex((t) => t.kind === 'symbol' && t.text === ';');
  if (semicolon >= 0 && semicolon !== tokens.length - 1) return refuse('only one statement is allowed (found ";" before the end)');
  const first = tokens[0];
  if (first.kind !== 'word' || !FIRST_WORDS.has(first.text.toUpperCase())) {
    return refuse(`a read query starts with MATCH, OPTIONAL MATCH, WITH, UNWIND or RETURN, not "${first.text.slice(0, 30)}"`);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (t.kind === 'quoted') {
      // A quoted name standing where a clause would (not a label, type or property) is refused too.
      const inner = t.text.slice(1, -1).replace(/``/g, '`').trim().toUpperCase();
      const named = prev?.kind === 'symbol' && (prev.text === ':' || prev.text === '.' || prev.text === '|');
      if (!named && WRITE_OR_ADMIN.has(inner)) return refuse(`${inner} is not allowed: only reads are`);
      continue;
    }
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    const isProperty = prev?.kind === 'symbol' && prev.text === '.';
    const isMapKey = next?.kind === 'symbol' && next.text === ':' && prev?.kind === 'symbol' && (prev.text === '{' || prev.text === ',');
    const upper = t.text.toUpperCase();
    if (!isProperty && !isMapKey && WRITE_OR_ADMIN.has(upper)) return refuse(`${upper} is not allowed: only reads are`);
    if (next?.kind === 'symbol' && next.text === '(') {
      if (isProperty) return refuse(`namespaced procedures and functions (…${t.text}(…)) are not allowed`);
      if (UNSAFE_FUNCTION.test(t.text)) return refuse(`the function ${t.text}() is not allowed here`);
    }
  }
  return { ok: true };
}
