/**
 * Where and as whom the Neo4j adapter connects, and what a driver error
 * means for the caller (pure: unit-tested without a server).
 */
import { GraphStoreError } from '../graph-store.js';

export interface ConnectionSettings {
  /** Scheme, host and port only: what the driver dials. */
  address: string;
  /** The address plus the database, without credentials: safe to print. */
  location: string;
  user: string;
  password: string;
  /** Undefined: the user's home database. */
  database?: string;
}

export interface ConnectionOverrides {
  /** NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE when set; they win over the URL. */
  user?: string;
  password?: string;
  database?: string;
}

/**
 * `bolt://user:pass@host:7687/db` → address, credentials and database. The
 * variables win over the URL; without either the user is `neo4j`. The
 * password never reaches `address` or `location`.
 */
export function connectionSettings(url: string, overrides: ConnectionOverrides = {}): ConnectionSettings {
  const parsed = new URL(url);
  const fromPath = decodeURIComponent(parsed.pathname.replace(/^\/+|\/+$/g, ''));
  if (fromPath.includes('/')) {
    throw new GraphStoreError(
      `${parsed.protocol}//${parsed.host}/…: the URL path names the database, and "${fromPath}" is not one name`,
      'CONNECTION',
    );
  }
  const database = overrides.database || fromPath || undefined;
  const address = `${parsed.protocol}//${parsed.host}${parsed.search}`;
  return {
    address,
    location: database ? `${parsed.protocol}//${parsed.host}/${database}` : `${parsed.protocol}//${parsed.host}`,
    user: overrides.user || decodeURIComponent(parsed.username) || 'neo4j',
    password: overrides.password ?? (parsed.password ? decodeURIComponent(parsed.password) : ''),
    database,
  };
}

interface DriverError {
  code?: string;
  message?: string;
}

/** A driver error after the driver's own retries, as the port's error; anything else unchanged. */
export function toStoreError(e: unknown, context: { readOnly?: boolean } = {}): unknown {
  if (e instanceof GraphStoreError || !(e instanceof Error) || e.name !== 'Neo4jError') return e;
  const { code = '', message = '' } = e as DriverError;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired')
    return new GraphStoreError(`Neo4j is unreachable: ${message}`, 'CONNECTION', { cause: e });
  if (/TransactionTimedOut|Transaction\.Terminated|TransactionTimedOutClientConfiguration/.test(code)) {
    return new GraphStoreError('query stopped: time limit reached', 'TIMEOUT', { cause: e });
  }
  if (context.readOnly && (/AccessMode|Forbidden/.test(code) || /write|not allowed in read/i.test(message))) {
    return new GraphStoreError('refused: this query would write to the graph, and only reads are allowed here', 'READ_ONLY', { cause: e });
  }
  return new GraphStoreError(code ? `${message} (${code})` : message, 'QUERY', { cause: e });
}

/** `CALL { … } IN TRANSACTIONS` runs only in an auto-commit transaction. */
export const needsAutoCommit = (text: string) => /\bIN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(text);
