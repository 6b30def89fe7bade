import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { schemaText } from '../src/graphql/build-schema.js';

test('when the code’s schema is printed then it equals the committed server/schema.graphql (run `npm run schema -w server` after changing the API)', async () => {
  const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
  expect(await schemaText()).toBe(committed);
});
