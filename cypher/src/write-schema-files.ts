/** Writes cypher/schema/{embedded,neo4j}.cypher from schema.ts (npm run schema:write -w cypher). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFileText } from './ddl.js';

for (const dialect of ['embedded', 'neo4j'] as const) {
  const file = fileURLToPath(new URL(`../schema/${dialect}.cypher`, import.meta.url));
  writeFileSync(file, schemaFileText(dialect));
  console.log(`wrote ${file}`);
}
