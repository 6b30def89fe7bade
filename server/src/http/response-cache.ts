/**
 * An exact cache of whole GraphQL responses, keyed by the request body (and
 * the Accept header, which decides the response's content type).
 *
 * The graph only changes while the request gate is held exclusively (the
 * analysis job's publish, imports), so a query's response is a function of
 * its body until the next exclusive hold ends; then the cache starts a new,
 * empty generation. A response is stored only when it is a query's complete
 * 200 answer without errors, from an anonymous request (no Authorization
 * header), that read nothing live (`latestRun` / `run` progress mark the
 * request volatile), and when no exclusive hold ended while it ran. A hit is
 * therefore byte-identical to what executing the query would give now — or,
 * while a publish is under way, to what the last completed run gives, which
 * is what readers are meant to see until the publish ends.
 *
 * Bounded by the bytes of keys and bodies (lru-cache with a byte budget: the
 * least recently used entries go first). Not for
 * stores other processes write behind the server's back (a shared Neo4j):
 * set RESPONSE_CACHE_MB=0 there.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { ReadWriteGate } from '../gate/rw-gate.js';

export interface CachedResponse {
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

/** What one request's execution learns about whether its response may be stored. */
export interface Cacheability {
  /** The operation was a query (set once Apollo resolved the operation). */
  query: boolean;
  /** A resolver read state that changes without an exclusive hold (run progress). */
  volatile: boolean;
}

export const newCacheability = (): Cacheability => ({ query: false, volatile: false });

/** Bodies (keys) above this size are not cached: such requests are rare and would crowd out the rest. */
const MAX_KEY_BYTES = 16 * 1024;
/** Nor are responses above this size. */
const MAX_BODY_BYTES = 512 * 1024;

/** What an entry holds in memory: keys and bodies are UTF-16 strings, two bytes a character. */
const entryBytes = (response: CachedResponse, key: string): number => 2 * (key.length + response.body.length);

/** One generation: what was cached since the last exclusive hold ended. */
export type CacheGeneration = LRUCache<string, CachedResponse> | null;

export class ResponseCache {
  private generation: CacheGeneration;
  /** Look-ups answered and not answered from the cache since start (the GraphQL bench reports them). */
  hits = 0;
  misses = 0;

  constructor(
    gate: ReadWriteGate,
    private readonly maxBytes: number,
  ) {
    this.generation = this.fresh();
    gate.onExclusiveEnd(() => (this.generation = this.fresh()));
  }

  private fresh(): CacheGeneration {
    return this.maxBytes > 0 ? new LRUCache({ maxSize: this.maxBytes, sizeCalculation: entryBytes }) : null;
  }

  get enabled(): boolean {
    return this.generation !== null;
  }

  get size(): number {
    return this.generation?.size ?? 0;
  }

  /** Bytes held by keys and bodies (at most the budget). */
  get bytes(): number {
    return this.generation?.calculatedSize ?? 0;
  }

  /**
   * The key of a POST with this body, or null when its answer may not be cached: the cache is off, the
   * request carries an Authorization header, or the body is not `application/json`. The Accept header is
   * part of the key because Apollo chooses the response's content type by it.
   */
  keyFor(headers: IncomingHttpHeaders, body: string): string | null {
    if (!this.enabled || headers.authorization !== undefined) return null;
    const mediaType = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    return mediaType === 'application/json' ? `${headers.accept ?? ''}\n${body}` : null;
  }

  /** A token for `set`: the entry is only stored if no exclusive hold ended in between. */
  begin(): CacheGeneration {
    return this.generation;
  }

  get(key: string): CachedResponse | undefined {
    if (key.length > MAX_KEY_BYTES) return undefined;
    const hit = this.generation?.get(key);
    if (hit) this.hits++;
    else this.misses++;
    return hit;
  }

  set(token: CacheGeneration, key: string, response: CachedResponse, cacheability: Cacheability): void {
    if (!this.generation || token !== this.generation) return;
    if (!cacheability.query || cacheability.volatile) return;
    if (key.length > MAX_KEY_BYTES || response.body.length > MAX_BODY_BYTES) return;
    // Apollo writes `errors` first: a response with errors (even partial data) is never stored.
    if (!response.body.startsWith('{"data"')) return;
    if (this.generation.has(key)) return;
    // An entry larger than the whole budget is not stored (lru-cache's maxEntrySize defaults to maxSize).
    this.generation.set(key, response);
  }
}
