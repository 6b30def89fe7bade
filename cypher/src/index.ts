export * from './graph-store.js';
export * from './schema.js';
export * from './store-rows.js';
export { publishInBatches, removeOtherRuns, removeRunRowsStatement, removeRunStatement, PUBLISH_BATCH } from './batched-publish.js';
export {
  BatchWriter,
  portTransactions,
  deleteBatchStatement,
  deleteInBatches,
  type BatchTransactions,
  type BulkBatchWrite,
} from './batch-writer.js';
export * from './ddl.js';
export * from './query-catalog.js';
export * from './open-store.js';
export { toPlain, rowToPlain } from './values.js';
export { LadybugStore } from './embedded/ladybug-store.js';
// The Neo4j adapter's values are in '@basketgraph/cypher/neo4j' (neo4j-driver loads only when a Neo4j URL is opened).
export type { Neo4jStore } from './neo4j/neo4j-store.js';
export { connectionSettings } from './neo4j/neo4j-connection.js';
