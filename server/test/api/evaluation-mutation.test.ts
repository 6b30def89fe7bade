import { describe, expect, test } from 'vitest';
import { ADMIN_TOKEN, codes, gql, serverOnFixtureGraph } from '../support/test-server.js';

const env = serverOnFixtureGraph();

const RUN =
  'mutation($cutoff: String!, $models: [String!]) { runEvaluation(cutoff: $cutoff, models: $models) { id cutoff users models { name ndcg ndcgVsDefault } } }';

describe('runEvaluation (admin)', () => {
  test('when it is not an admin then it is refused and nothing is stored', async () => {
    const before = (await env.fx.store.cypher('MATCH (e:Evaluation) RETURN count(e) AS n')).rows[0].n;
    const r = await gql(env.server, RUN, { cutoff: 'auto' });
    expect(codes(r)).toEqual([expect.stringMatching(/UNAUTHENTICATED|FORBIDDEN/)]);
    expect((await env.fx.store.cypher('MATCH (e:Evaluation) RETURN count(e) AS n')).rows[0].n).toBe(before);
  });

  test('when an admin evaluates then the answer is the stored newest evaluation, and `evaluation` serves it at once', async () => {
    const old = await gql(env.server, '{ evaluation { id } evaluations { id } }'); // also primes the response cache
    const r = await gql(env.server, RUN, { cutoff: 'auto', models: ['popularity', 'default'] }, { token: ADMIN_TOKEN });
    expect(r.body.errors).toBeUndefined();
    const made = r.body.data!.runEvaluation;
    expect(made.users).toBeGreaterThan(0);
    expect(made.models.map((m: { name: string }) => m.name)).toEqual(['popularity', 'default']);
    expect(made.models[0].ndcgVsDefault).toBeCloseTo(made.models[0].ndcg - made.models[1].ndcg, 12);
    const [stored] = (
      await env.fx.store.cypher('MATCH (e:Evaluation) RETURN e.id AS id, e.cutoff AS cutoff ORDER BY e.createdAt DESC LIMIT 1')
    ).rows;
    expect(stored).toEqual({ id: made.id, cutoff: made.cutoff });
    const now = await gql(env.server, '{ evaluation { id cutoff } }');
    expect(now.body.data?.evaluation).toEqual({ id: made.id, cutoff: made.cutoff });
    expect(now.body.data?.evaluation.id).not.toBe(old.body.data?.evaluation?.id);
    const history = await gql(env.server, '{ evaluations { id } }');
    expect(history.body.data?.evaluations.map((e: { id: string }) => e.id)).toEqual([
      made.id,
      ...old.body.data!.evaluations.map((e: { id: string }) => e.id),
    ]);
  });

  test('when the cutoff or the models are wrong then the error names the argument', async () => {
    const outside = await gql(env.server, RUN, { cutoff: '2030-01-01' }, { token: ADMIN_TOKEN });
    expect(outside.body.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'cutoff']]);
    expect(outside.body.errors?.[0].message).toMatch(/no customer bought both before and on\/after 2030-01-01/);
    const unknown = await gql(env.server, RUN, { cutoff: 'auto', models: ['nope'] }, { token: ADMIN_TOKEN });
    expect(unknown.body.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'models']]);
  });
});
