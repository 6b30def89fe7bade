import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('GraphQL examples in README.md', () => {
  it('when the README is read then it has an example query', () => {
    expect(queries.length).toBeGreaterThan(0);
  });

  it.each(queries.map((q, i) => [i + 1, q]))(
    'when example %i is validated against server/schema.graphql then it has no errors',
    (_i, query) => {
      expect(validate(schema, parse(query as string)).map((e) => e.message)).toEqual([]);
    },
  );
});
