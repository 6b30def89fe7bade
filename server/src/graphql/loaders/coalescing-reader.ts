/**
 * Batches across requests: named queries keyed by `$ids` that arrive in the
 * same turn of the event loop with otherwise equal parameters run as one
 * store query over the union of their ids, and every caller gets all rows
 * (the loaders pick their own keys out of them). Under load, 50 concurrent
 * `customer(id)` requests then cost a few store queries instead of 150.
 * Only loaders use it; they are all keyed by the rows' id column.
 */
import type { GraphReader, Params, Row } from '@basketgraph/cypher';

const MAX_IDS = 1_000;

/**
 * Primary-key forms of batch queries: on the embedded store `MATCH (c {id:
 * $id})` is a key lookup, while `WHERE c.id IN $ids` scans the whole table
 * and its edges — a cost that grows with the graph, not with the batch (with
 * 20 ids on the full Online Retail graph: 77 ms for the recommendations'
 * scan against 20 × 2.5 ms of key lookups; ten times more at 10×). So a
 * batch of these runs as one key lookup per id, side by side on the store's
 * reader connections: its cost follows the ids asked, whatever the graph's size.
 * Only on the embedded store (in-process, no round trip): Neo4j plans the IN
 * form as an index seek, and there one query beats one network round trip per id.
 * Lookups of nodes alone (customers, products, customer lists) need none of this:
 * their embedded forms (`UNWIND $ids … MATCH (n {id: i})`) are one key lookup per
 * id inside one query, which Ladybug cannot plan for a pattern that follows edges.
 */
export const SINGLE_ID_FORMS: Record<string, string> = {
  'api-customer-recommendations': 'api-customer-recommendations-one',
  'api-customer-neighbours': 'api-customer-neighbours-one',
  'api-customer-segments': 'api-customer-segment-one',
};

interface Batch {
  name: string;
  params: Params;
  ids: Set<string>;
  waiters: { resolve: (rows: Row[]) => void; reject: (e: unknown) => void }[];
  /** Its turn came while `maxInFlight` batches of its kind were running: it goes when one of them ends. */
  due?: boolean;
}

export interface CoalescingOptions {
  /** Run the batches of SINGLE_ID_FORMS as one key lookup per id (default: on). */
  keyLookups?: boolean;
  /**
   * Batches of one kind (query and parameters) running at once; a batch due while that many run waits for one
   * of them to end, gathering the ids asked meanwhile (default 2). Each store query has a fixed cost (the embedded
   * store binds and plans it on every call: ≈ 0.7 ms for a key lookup, against ≈ 0.05 ms per further id), so
   * under load the lookups of many requests share one query, while an idle server runs each at once.
   */
  maxInFlight?: number;
}

export function coalescingReader(store: GraphReader, { keyLookups = true, maxInFlight = 2 }: CoalescingOptions = {}): GraphReader {
  const open = new Map<string, Batch>();
  const inFlight = new Map<string, number>();

  const ended = (key: string) => {
    const n = (inFlight.get(key) ?? 1) - 1;
    if (n > 0) inFlight.set(key, n);
    else inFlight.delete(key);
    const waiting = open.get(key);
    if (waiting?.due) flush(key, waiting);
  };

  const flush = (key: string, batch: Batch) => {
    if (open.get(key) === batch) open.delete(key);
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    const single = keyLookups ? SINGLE_ID_FORMS[batch.name] : undefined;
    const running = single
      ? Promise.all([...batch.ids].map((id) => store.query(single, { ...batch.params, id }))).then((lists) => lists.flat())
      : store.query(batch.name, { ...batch.params, ids: [...batch.ids] });
    running.then(
      (rows) => {
        ended(key);
        batch.waiters.forEach((w) => w.resolve(rows));
      },
      (e) => {
        ended(key);
        batch.waiters.forEach((w) => w.reject(e));
      },
    );
  };

  /** A batch's turn: it runs now, or when a running batch of its kind ends. */
  const due = (key: string, batch: Batch) => {
    if (open.get(key) !== batch) return; // flushed already (it grew past MAX_IDS)
    if ((inFlight.get(key) ?? 0) >= maxInFlight) batch.due = true;
    else flush(key, batch);
  };

  return {
    query<R extends Row = Row>(name: string, params: Params = {}): Promise<R[]> {
      const { ids, ...rest } = params;
      if (!Array.isArray(ids)) return store.query<R>(name, params);
      const key = `${name}\u0000${JSON.stringify(rest)}`;
      let batch = open.get(key);
      if (batch && batch.ids.size + ids.length > MAX_IDS) {
        flush(key, batch);
        batch = undefined;
      }
      if (!batch) {
        const created: Batch = { name, params: rest, ids: new Set(), waiters: [] };
        open.set(key, created);
        setImmediate(() => due(key, created));
        batch = created;
      }
      for (const id of ids) batch.ids.add(String(id));
      const target = batch;
      return new Promise<R[]>((resolve, reject) => target.waiters.push({ resolve: resolve as (rows: Row[]) => void, reject }));
    },
    cypher: (text, params, options) => store.cypher(text, params, options),
  };
}
