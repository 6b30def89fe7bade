import { describe } from 'vitest';
import { openGraphStore } from '@basketgraph/cypher';
import { storeContract } from './store-contract.js';

const url = process.env.NEO4J_URL;
if (!url) {
  console.warn('Neo4j integration tests SKIPPED: set NEO4J_URL (and NEO4J_USER/NEO4J_PASSWORD) to run them against a Neo4j 5 server.');
}

describe.skipIf(!url)('Neo4j store (integration, needs NEO4J_URL)', () => {
  storeContract(async () => {
    const store = await openGraphStore(url!, { neo4jUser: process.env.NEO4J_USER, neo4jPassword: process.env.NEO4J_PASSWORD });
    await store.write((tx) => tx.cypher('MATCH (n) DETACH DELETE n'));
    return { store, dispose: () => store.close() };
  });
});
