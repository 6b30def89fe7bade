// @vitest-environment node
/** Every GraphQL document of the explorer is valid against the server's schema (server/schema.graphql). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import * as overview from '../src/graphql/overview';
import * as segment from '../src/graphql/segment';
import * as customer from '../src/graphql/customer';
import * as product from '../src/graphql/product';
import * as rules from '../src/graphql/rules';
import * as basket from '../src/graphql/basket';
import * as evaluation from '../src/graphql/evaluation';
import * as cypher from '../src/graphql/cypher';
import * as search from '../src/graphql/search';
import * as segmentsList from '../src/graphql/segments-list';
import * as experiments from '../src/graphql/experiments';
import { OPERATIONS } from './support/operations';

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../server/schema.graphql', import.meta.url)), 'utf8'));
const modules = { overview, segment, customer, product, rules, basket, evaluation, cypher, search, segmentsList, experiments };
const documents = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => typeof v === 'object' && v !== null && (v as DocumentNode).kind === 'Document')
    .map(([name, doc]) => [`${file}.${name}`, doc as DocumentNode] as const),
);

describe('GraphQL documents', () => {
  it('when the documents are collected then there is one per query the pages use', () => {
    expect(documents.length).toBeGreaterThanOrEqual(15);
  });

  it("when the mocked client answers by operation name then each name is its document's operation, and every query is there", () => {
    const named = Object.entries(OPERATIONS).map(([name, doc]) => [
      name,
      doc.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value,
    ]);
    expect(named.filter(([name, op]) => name !== op)).toEqual([]);
    const operations = documents.filter(([, doc]) => doc.definitions.some((d) => d.kind === 'OperationDefinition'));
    expect(Object.keys(OPERATIONS)).toHaveLength(operations.length);
  });

  it.each(documents)('when %s is checked against server/schema.graphql then it is valid', (_name, doc) => {
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
  });
});
