export * from './graph-store.js';
export * from './schema.js';
export * from './ddl.js';
export * from './query-catalog.js';
export * from './open-store.js';
export { toPlain, rowToPlain } from './values.js';
export { LadybugStore } from './embedded/ladybug-store.js';
export { Neo4jStore } from './neo4j/neo4j-store.js';
export { bulkPlan, shapeParams, shapeBulkRow } from './neo4j/neo4j-shaping.js';
