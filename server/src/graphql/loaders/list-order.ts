/**
 * The order of every list the API serves, applied where the loaders assemble
 * it. The queries order their rows too, but a store's ORDER BY is not relied
 * on: Ladybug 0.19.1 misorders `ORDER BY <string>, <number>` when it runs a
 * query on several threads (cypher/README.md, "Writing Cypher …"), so each
 * list is sorted here, with ties broken by id so the order is total.
 */
export type Order<V> = (a: V, b: V) => number;

type Key = string | number;

/** Ascending by a key (strings by code unit, as the store compares them). */
export const asc =
  <V>(key: (v: V) => Key): Order<V> =>
  (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

/** Descending by a key. */
export const desc =
  <V>(key: (v: V) => Key): Order<V> =>
  (a, b) =>
    asc(key)(b, a);

/** By the first order, then the next on ties, and so on. */
export const by =
  <V>(...orders: Order<V>[]): Order<V> =>
  (a, b) => {
    for (const o of orders) {
      const c = o(a, b);
      if (c !== 0) return c;
    }
    return 0;
  };

/** By the given orders, ties by the listed product's id. */
export const thenByProduct = <V extends { product: { id: string } }>(...orders: Order<V>[]): Order<V> =>
  by(
    ...orders,
    asc((v: V) => v.product.id),
  );

/** Rank 1 first, ties by the listed item's id. */
export const byRankThenId = <V extends { rank: number }>(id: (v: V) => string): Order<V> =>
  by(
    asc((v: V) => v.rank),
    asc(id),
  );
