/**
 * The store contract against a real Neo4j 5 server when NEO4J_URL is set
 * (e.g. `docker compose up neo4j`, see README.md). The suite needs a database
 * without basketgraph data (a fresh container, or NEO4J_DATABASE naming a
 * scratch database): it refuses to start otherwise, and after each test it
 * deletes only nodes with basketgraph's labels, which it created.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { connectionSettings, openGraphStore, TABLES, type GraphStore } from '@basketgraph/cypher';
import { Neo4jStore } from '@basketgraph/cypher/neo4j';
import { storeContract } from './store-contract.js';

const url = process.env.NEO4J_URL;
if (!url) {
  console.warn('Neo4j integration tests SKIPPED: set NEO4J_URL (and NEO4J_USER/NEO4J_PASSWORD) to run them against a Neo4j 5 server.');
}
const credentials = {
  neo4jUser: process.env.NEO4J_USER,
  neo4jPassword: process.env.NEO4J_PASSWORD,
  neo4jDatabase: process.env.NEO4J_DATABASE,
};
const LABELS = Object.values(TABLES)
  .filter((t) => t.kind === 'node')
  .map((t) => t.name);

async function ours(store: GraphStore): Promise<number> {
  const { rows } = await store.cypher('MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS n', { labels: LABELS });
  return rows[0].n as number;
}

async function removeOurs(store: GraphStore): Promise<void> {
  await store.writeInBatches((tx) => tx.clearTables(LABELS as (keyof typeof TABLES)[]));
}

describe.skipIf(!url)('Neo4j store (integration, needs NEO4J_URL)', () => {
  storeContract(async () => {
    const store = await openGraphStore(url!, credentials);
    if ((await ours(store)) > 0) {
      await store.close();
      throw new Error(
        `${store.location} holds basketgraph data: run the contract suite on an empty database (NEO4J_DATABASE), it deletes what it creates`,
      );
    }
    return {
      store,
      dispose: async () => {
        await removeOurs(store);
        await store.close();
      },
    };
  });

  it('when a batched load is cut off after some batches and run again then every row is there exactly once', async () => {
    // Batches of 10 rows: the 60 order lines go out in 6 transactions; the first run is killed after the second.
    const store = await Neo4jStore.open(url!, {
      user: credentials.neo4jUser,
      password: credentials.neo4jPassword,
      database: credentials.neo4jDatabase,
      batchRows: 10,
    });
    try {
      const orders = Array.from({ length: 30 }, (_, i) => [`o${i}`, 'purchase', '2011-01-01', null, 2, 2, 2]);
      const products = [['p1', 'P', null, null, null]];
      const lines = orders.flatMap(([o]) => [
        [o, 'p1', 1, 1, 1],
        [o, 'p1', 1, 1, 1],
      ]);
      const load = (cutAfter?: number) =>
        store.writeInBatches(
          async (tx) => {
            await tx.bulkLoad('Product', products);
            await tx.bulkLoad('Order', orders);
            await tx.bulkLoad('CONTAINS', lines);
          },
          {
            onBatch: (b) => {
              if (b.table === 'CONTAINS' && b.batch === cutAfter) throw new Error('killed');
            },
          },
        );
      await expect(load(2)).rejects.toThrow('killed');
      const half = await store.cypher('MATCH (:`Order`)-[l:CONTAINS]->(:Product) RETURN count(l) AS lines');
      expect(half.rows).toEqual([{ lines: 20 }]);
      await load();
      const { rows } = await store.cypher(
        'MATCH (o:`Order`)-[l:CONTAINS]->(:Product) RETURN count(DISTINCT o) AS orders, count(l) AS lines',
      );
      expect(rows).toEqual([{ orders: 30, lines: 60 }]);
    } finally {
      await removeOurs(store);
      await store.close();
    }
  });

  it('when rows are bulk-loaded then a driver with lossless integers reads INT64 as Integer and DOUBLE (whole ones too) as float', async () => {
    const store = await openGraphStore(url!, credentials);
    const c = connectionSettings(url!, {
      user: credentials.neo4jUser,
      password: credentials.neo4jPassword,
      database: credentials.neo4jDatabase,
    });
    const driver = neo4j.driver(c.address, neo4j.auth.basic(c.user, c.password)); // lossless integers: the default
    try {
      await store.write((tx) =>
        tx.bulkLoad('Segment', [
          ['S0', 'run1', 0, 'A', 'a', 2, 1, 10, 1, 3, 5, 2, 5, 5, 3, 2, [1, 2, 3], [0, 1, 0], 1, 4, 1, 5, 30, 2, 4, 'rule'],
        ]),
      );
      const { records } = await driver.executeQuery(
        "MATCH (s:Segment {id: 'S0'}) RETURN s.size AS size, s.revenue AS revenue, s.centroidRaw AS centroid",
        {},
        { database: c.database },
      );
      const r = records[0];
      expect(neo4j.isInt(r.get('size'))).toBe(true);
      expect(typeof r.get('revenue')).toBe('number');
      expect((r.get('centroid') as unknown[]).every((x) => typeof x === 'number')).toBe(true);
    } finally {
      await driver.close();
      await removeOurs(store);
      await store.close();
    }
  });
});
