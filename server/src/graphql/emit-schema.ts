/** `npm run schema -w server`: writes server/schema.graphql from the code. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaText } from './build-schema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

writeFileSync(SCHEMA_FILE, await schemaText());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
