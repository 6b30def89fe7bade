import { describe, expect, test } from 'vitest';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { buildApiSchema } from '../../src/graphql/build-schema.js';
import { checkQueryLimits, checkQueryLimitsCached } from '../../src/graphql/limits/query-limits.js';

const operationOf = (text: string) =>
  parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
const LIMITS = { maxDepth: 10, maxCost: 500 };

describe('the remembered depth and cost check', () => {
  test('when list sizes are literals then the verdict is remembered per parsed operation and equals the plain check, errors included', async () => {
    const schema = await buildApiSchema();
    const ok = operationOf(
      'query($id: ID!) { customer(id: $id) { recommendations(first: 10) { product { description } score } neighbours(first: 5) { customer { id } score } } }',
    );
    const expected = checkQueryLimits(schema, ok, {}, { id: 'a' }, LIMITS);
    expect(checkQueryLimitsCached(schema, ok, {}, { id: 'a' }, LIMITS)).toEqual(expected);
    expect(checkQueryLimitsCached(schema, ok, {}, { id: 'b' }, LIMITS)).toBe(checkQueryLimitsCached(schema, ok, {}, { id: 'c' }, LIMITS));

    const big = operationOf('{ customers(first: 100) { edges { node { recommendations(first: 100) { score } } } } }');
    for (let i = 0; i < 2; i++) {
      expect(() => checkQueryLimitsCached(schema, big, {}, {}, LIMITS)).toThrow(/would cost more than 500/);
    }
  });

  test('when a list size comes from a variable then every request is checked with its own variables', async () => {
    const schema = await buildApiSchema();
    const op = operationOf('query($n: Int) { customers(first: $n) { edges { node { recommendations(first: $n) { score } } } } }');
    expect(checkQueryLimitsCached(schema, op, {}, { n: 5 }, LIMITS).cost).toBeLessThan(500);
    expect(() => checkQueryLimitsCached(schema, op, {}, { n: 100 }, LIMITS)).toThrow(/would cost more than 500/);
    expect(checkQueryLimitsCached(schema, op, {}, { n: 2 }, LIMITS)).toEqual(checkQueryLimits(schema, op, {}, { n: 2 }, LIMITS));
  });
});
