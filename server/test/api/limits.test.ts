import { describe, expect, test } from 'vitest';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { codes, gql, startTestServer } from '../support/test-server.js';

const env = serveFabricatedGraph({ server: {}, dev: { development: true } });

describe('limits and errors', () => {
  test('when a page larger than 100 is asked for then it is a BAD_USER_INPUT error naming the limit', async () => {
    const r = await gql(env.server, '{ customers(first: 101) { totalCount } }');
    expect(r.body).toEqual({
      data: null,
      errors: [
        {
          message: '"first" must be at most 100 (got 101); page with "after" for more',
          locations: [{ line: 1, column: 3 }],
          path: ['customers'],
          extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
        },
      ],
    });
  });

  test('when first is negative then it is a BAD_USER_INPUT error', async () => {
    const r = await gql(env.server, '{ customer(id: "17850") { neighbours(first: -1) { score } } }');
    expect(r.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['"first" must be a whole number from 0 to 100, not -1', 'BAD_USER_INPUT'],
    ]);
    expect(r.body.data).toEqual({ customer: null });
  });

  test('when the cursor was not made by the API then it is a BAD_USER_INPUT error', async () => {
    const r = await gql(env.server, '{ products(after: "hello") { totalCount } }');
    expect(r.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['"after" is not a cursor returned by this API: "hello"', 'BAD_USER_INPUT'],
    ]);
  });

  test('when a range has min above max then it is a BAD_USER_INPUT error', async () => {
    const r = await gql(env.server, '{ customers(filter: { monetary: { min: 10, max: 1 } }) { totalCount } }');
    expect(r.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['filter.monetary: min (10) is greater than max (1)', 'BAD_USER_INPUT'],
    ]);
  });

  test('when an argument has the wrong type then the request is rejected before it runs', async () => {
    const r = await gql(env.server, 'query($n: Int) { customers(first: $n) { totalCount } }', { n: 'ten' });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
  });

  test('when both or neither of segment and features are given then recommendForNewCustomer says which to give', async () => {
    const r = await gql(env.server, '{ recommendForNewCustomer(first: 2) { segment { id } } }');
    expect(r.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['give exactly one of "segment" and "features"', 'BAD_USER_INPUT'],
    ]);
  });

  test('when recommendForNewCustomer gets an unknown segment or impossible features then it says which argument to fix', async () => {
    const seg = await gql(env.server, '{ recommendForNewCustomer(segment: "S99") { segment { id } } }');
    expect(seg.body.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'segment']]);
    expect(seg.body.errors?.[0].message).toMatch(/^there is no segment "S99" in the latest analysis \(its segments: S0/);
    const neg = await gql(
      env.server,
      '{ recommendForNewCustomer(features: { recency: 1, frequency: 1, monetary: -5 }) { segment { id } } }',
    );
    expect(neg.body.errors?.map((e) => [e.message, e.extensions?.code, e.extensions?.argument])).toEqual([
      ['features.monetary must be 0 or more, not -5', 'BAD_USER_INPUT', 'features'],
    ]);
  });

  test('when unknown ids are asked for then the answer is null, not an error', async () => {
    const r = await gql(
      env.server,
      '{ customer(id: "nope") { id } product(id: "nope") { id } segment(id: "S99") { id } rule(id: "nope") { id } order(id: "nope") { id } run(id: "nope") { id } }',
    );
    expect(r.body).toEqual({ data: { customer: null, product: null, segment: null, rule: null, order: null, run: null } });
  });

  test('when a query nests deeper than the depth limit then it is refused before it runs', async () => {
    const before = env.fx.store.queryCount;
    const r = await gql(
      env.server,
      '{ customer(id: "17850") { neighbours { customer { neighbours { customer { neighbours { customer { neighbours { customer { neighbours { customer { id } } } } } } } } } } } }',
    );
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['the query is nested deeper than 10 levels', 'QUERY_TOO_COMPLEX'],
    ]);
    expect(env.fx.store.queryCount).toBe(before);
  });

  test('when a query would cost more than the limit then it is refused before it runs (variables counted)', async () => {
    const before = env.fx.store.queryCount;
    const r = await gql(
      env.server,
      'query($n: Int) { customers(first: $n) { edges { node { neighbours(first: $n) { customer { recommendations(first: $n) { score } } } } } } }',
      { n: 100 },
    );
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => [e.message.replace(/\d+/, 'N'), e.extensions?.code])).toEqual([
      ['the query would cost more than N (ask for smaller pages or fewer nested lists)', 'QUERY_TOO_COMPLEX'],
    ]);
    expect(env.fx.store.queryCount).toBe(before);
  });

  test('when a list size variable does not coerce then the request is refused with the variable error, before it runs', async () => {
    const before = env.fx.store.queryCount;
    const r = await gql(env.server, 'query($n: Int) { customers(first: $n) { totalCount } }', { n: 'many' });
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['Variable "$n" got invalid value "many"; Int cannot represent non-integer value: "many"', 'BAD_USER_INPUT'],
    ]);
    expect(env.fx.store.queryCount).toBe(before);
  });

  test('when the standard introspection query is sent then it is answered (introspection is on and exempt from the limits)', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const r = await gql(env.server, getIntrospectionQuery());
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.__schema.queryType).toMatchObject({ name: 'Query' });
  });

  test('when something fails inside then outside development the client sees no stack trace, and in development it does', async () => {
    const broken = {
      ...env.fx.store,
      query: async () => {
        throw new Error('disk on fire');
      },
    };
    const prod = await startTestServer({ store: broken as never });
    const devBroken = await startTestServer({ store: broken as never, development: true });
    try {
      const r = await gql(prod, '{ stats { customers } }');
      expect(r.body).toEqual({
        data: null,
        errors: [
          {
            message: 'internal server error',
            locations: [{ line: 1, column: 3 }],
            path: ['stats'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      const d = await gql(devBroken, '{ stats { customers } }');
      expect(d.body.errors?.[0].message).toBe('disk on fire');
      expect(String(d.body.errors?.[0].extensions?.stacktrace)).toMatch(/disk on fire/);
    } finally {
      await prod.close();
      await devBroken.close();
    }
  });

  test('when the body is not JSON then the answer is a 400 with a message', async () => {
    const res = await fetch(`${env.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'the request body is not valid JSON' }] });
  });

  test('when a simple (form-like) request without a JSON content type is sent then Apollo’s CSRF guard refuses it', async () => {
    const res = await fetch(`${env.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ stats { customers } }"}',
    });
    expect(res.status).toBe(400);
  });
});
