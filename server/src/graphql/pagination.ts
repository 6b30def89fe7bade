/**
 * Relay-style pagination over offsets: `first` (1…100, default 20) and an
 * opaque `after` cursor. Cursors are base64 of `o:<offset>`; a bad one is a
 * BAD_USER_INPUT error, not a crash.
 */
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageRequest {
  skip: number;
  limit: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw badInput(`"after" is not a cursor returned by this API: ${JSON.stringify(cursor.slice(0, 40))}`, 'after');
  return Number(m[1]);
}

/** Checks a list size argument: an integer in 0…max (0 yields an empty list). */
export function checkFirst(first: number | null | undefined, name = 'first', fallback = DEFAULT_PAGE_SIZE, max = MAX_PAGE_SIZE): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput(`"${name}" must be a whole number from 0 to ${max}, not ${n}`, name);
  if (n > max) throw badInput(`"${name}" must be at most ${max} (got ${n}); page with "after" for more`, name);
  return n;
}

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const limit = checkFirst(first);
  const skip = after ? decodeCursor(after) + 1 : 0;
  return { skip, limit };
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when asked for (a getter: reading it starts the count). */
  readonly totalCount: Promise<number>;
}

/**
 * Builds a connection from a page fetched with `limit + 1` rows (the extra
 * row tells whether there is a next page).
 */
export function toConnection<T>(rows: T[], page: PageRequest, count: () => Promise<number>): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, i) => ({ node, cursor: encodeCursor(page.skip + i) }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return (total ??= count());
    },
  };
}
