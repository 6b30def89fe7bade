/**
 * `@basketgraph/cypher/neo4j`: the Neo4j adapter and its pure helpers. A subpath of its own because
 * neo4j-driver (with rxjs, ≈ 390 modules) takes a noticeable share of a process's start: the main entry
 * loads it only when a Neo4j URL is opened (open-store.ts).
 */
export { Neo4jStore, type Neo4jOptions } from './neo4j-store.js';
export { shapeParams, shapeBulkRow } from './neo4j-shaping.js';
export { bulkPlan, allBulkStatements, clearStatement, DEFAULT_BATCH_ROWS } from './neo4j-bulk.js';
