export { startServer, type ServerOptions, type RunningServer } from './http/start-server.js';
export { buildApiSchema, schemaText } from './graphql/build-schema.js';
export { ReadWriteGate } from './gate/rw-gate.js';
export { checkReadOnly, runReadOnlyCypher } from './cypher-guard/cypher-guard.js';
