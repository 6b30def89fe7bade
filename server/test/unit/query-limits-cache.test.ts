import { describe, expect, test } from 'vitest';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { buildApiSchema } from '../../src/graphql/build-schema.js';
import { checkQueryLimits, checkQueryLimitsCached } from '../../src/graphql/limits/query-limits.js';

const operationOf = (text: string) => {
  const document = parse(text);
  return [document, document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!] as const;
};
const LIMITS = { maxDepth: 10, maxCost: 500 };

describe('the remembered depth and cost check', () => {
  test('when list sizes are literals then the verdict is remembered per parsed operation and equals the plain check, errors included', async () => {
    const schema = await buildApiSchema();
    const ok = operationOf(
      'query($id: ID!) { customer(id: $id) { recommendations(first: 10) { product { description } score } neighbours(first: 5) { customer { id } score } } }',
    );
    const expected = checkQueryLimits(schema, ...ok, { id: 'a' }, LIMITS);
    expect(checkQueryLimitsCached(schema, ...ok, { id: 'a' }, LIMITS)).toEqual(expected);
    expect(checkQueryLimitsCached(schema, ...ok, { id: 'b' }, LIMITS)).toBe(checkQueryLimitsCached(schema, ...ok, { id: 'c' }, LIMITS));

    const big = operationOf('{ customers(first: 100) { edges { node { recommendations(first: 100) { score } } } } }');
    for (let i = 0; i < 2; i++) {
      expect(() => checkQueryLimitsCached(schema, ...big, {}, LIMITS)).toThrow(/would cost more than 500/);
    }
  });

  test('when a list size comes from a variable then every request is checked with its own variables', async () => {
    const schema = await buildApiSchema();
    const op = operationOf('query($n: Int) { customers(first: $n) { edges { node { recommendations(first: $n) { score } } } } }');
    expect(checkQueryLimitsCached(schema, ...op, { n: 5 }, LIMITS).cost).toBeLessThan(500);
    expect(() => checkQueryLimitsCached(schema, ...op, { n: 100 }, LIMITS)).toThrow(/would cost more than 500/);
    expect(checkQueryLimitsCached(schema, ...op, { n: 2 }, LIMITS)).toEqual(checkQueryLimits(schema, ...op, { n: 2 }, LIMITS));
  });

  test('when the same list sizes come again then the remembered verdict is returned, and other sizes get their own', async () => {
    const schema = await buildApiSchema();
    const op = operationOf('query($n: Int, $id: ID!) { customer(id: $id) { recommendations(first: $n) { score } } }');
    const five = checkQueryLimitsCached(schema, ...op, { n: 5, id: 'a' }, LIMITS);
    expect(checkQueryLimitsCached(schema, ...op, { n: 5, id: 'b' }, LIMITS)).toBe(five);
    expect(checkQueryLimitsCached(schema, ...op, { n: 6, id: 'a' }, LIMITS)).toEqual({ depth: 3, cost: 1 + (1 + 6 * 1) });
  });

  test('when a field is skipped by a variable then its cost is not counted, and the verdict follows the variable', async () => {
    const schema = await buildApiSchema();
    const op = operationOf(
      'query($big: Boolean!) { customers(first: 100) @include(if: $big) { edges { node { recommendations(first: 100) { score } } } } }',
    );
    expect(checkQueryLimitsCached(schema, ...op, { big: false }, LIMITS)).toEqual({ depth: 5, cost: 0 });
    expect(() => checkQueryLimitsCached(schema, ...op, { big: true }, LIMITS)).toThrow(/would cost more than 500/);
  });
});

describe('the cost model', () => {
  test('when a query is costed then every field counts 1, a list multiplies what is below it by its first (10 without), a connection by its first (20 without) and introspection is free', async () => {
    const schema = await buildApiSchema();
    const cost = (text: string) => checkQueryLimits(schema, ...operationOf(text), {}, { maxDepth: 10, maxCost: 1e9 }).cost;
    // customer 1 + recommendations (1 + 10 × (product 1 + description 1 + score 1)) + neighbours (1 + 5 × (customer 1 + id 1 + score 1))
    expect(
      cost(
        '{ customer(id: "a") { recommendations(first: 10) { product { description } score } neighbours(first: 5) { customer { id } score } } }',
      ),
    ).toBe(1 + (1 + 10 * 3) + (1 + 5 * 3));
    // customer 1 + neighbours without first (1 + 10 × (customer 1 + id 1)); __typename is free
    expect(cost('{ customer(id: "a") { __typename neighbours { customer { id } } } }')).toBe(1 + (1 + 10 * 2));
    // customers without first: 1 + 20 × (edges 1 + node 1 + id 1); the edges list inside a connection is not multiplied again
    expect(cost('{ customers { edges { node { id } } } }')).toBe(1 + 20 * (1 + (1 + 1)));
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
