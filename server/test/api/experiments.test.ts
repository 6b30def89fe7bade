import { describe, expect, test } from 'vitest';
import { assignVariant } from '@basketgraph/analysis';
import { serveFabricatedGraph } from '../support/fabricated-server.js';
import { ADMIN_TOKEN, codes, gql } from '../support/test-server.js';

const env = serveFabricatedGraph();
const admin = { token: ADMIN_TOKEN };

const CREATE = `mutation($id: ID!, $variants: [ExperimentVariantInput!]!) { createExperiment(id: $id, variants: $variants) { id status variants { name strategy weight control } } }`;
const RECS = `query($id: ID!, $x: ID) { customer(id: $id) { experimentVariant(experiment: "exp-1") recommendations(first: 3, experiment: $x) { rank model variant product { id } reasons { kind id weight } } } }`;
const EVENTS = `mutation($events: [ExperimentEventInput!]!) { recordExperimentEvents(events: $events) }`;
const REPORT = `query { experiment(id: "exp-1") { status report { sampleRatio { chiSquare mismatch } variants { name assigned exposed clickers clickThroughRate { value low high } vsControl { clickThroughRate { difference pValue test } } } } } }`;
interface Rec {
  rank: number;
  model: string;
  variant: string | null;
  product: { id: string };
  reasons: { kind: string; id: string; weight: number }[];
}
interface VariantRow {
  name: string;
  exposed: number;
  clickers: number;
  clickThroughRate: { value: number; low: number };
  vsControl: { clickThroughRate: { test: string } } | null;
}
const eventCount = async () => Number((await env.fx.store.cypher('MATCH ()-[e:EXPERIMENT_EVENT]->() RETURN count(e) AS n')).rows[0].n);

describe('A/B experiments through GraphQL', () => {
  test('when an experiment runs then a customer gets their assigned variant’s list, events are written, and the report counts them; a stopped experiment refuses both', async () => {
    const created = await gql(
      env.server,
      CREATE,
      { id: 'exp-1', variants: [{ strategy: 'default' }, { name: 'pop', strategy: 'popularity' }] },
      admin,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createExperiment.variants.map((v: { name: string }) => v.name)).toEqual(['control', 'pop']);
    expect(codes(await gql(env.server, CREATE, { id: 'exp-2', variants: [{ strategy: 'default' }, { strategy: 'x' }] }))).toEqual([
      'UNAUTHENTICATED',
    ]);

    const notYet = await gql(env.server, RECS, { id: '17850', x: 'exp-1' });
    expect(notYet.body.errors?.[0].message).toMatch(/experiment "exp-1" is draft, not running/);
    expect(
      (await gql(env.server, 'mutation { startExperiment(id: "exp-1") { status } }', {}, admin)).body.data!.startExperiment.status,
    ).toBe('running');

    const variants = [
      { name: 'control', weight: 1 },
      { name: 'pop', weight: 1 },
    ];
    for (const id of ['17850', '13047', '12583']) {
      const r = await gql(env.server, RECS, { id, x: 'exp-1' });
      expect(r.body.errors).toBeUndefined();
      const expected = assignVariant('exp-1', id, variants).name;
      const c = r.body.data!.customer;
      expect(c.experimentVariant).toBe(expected);
      expect(c.recommendations.length).toBeGreaterThan(0);
      for (const rec of c.recommendations) expect(rec.variant).toBe(expected);
      // The control shows the precomputed (default) list, "pop" the popularity model's — the same lists, reasons
      // included, as without an experiment.
      const plain = await gql(
        env.server,
        `query($id: ID!, $m: RecommendationModel) { customer(id: $id) { recommendations(first: 3, model: $m) { variant product { id } reasons { kind id weight } } } }`,
        { id, m: expected === 'pop' ? 'POPULARITY' : 'DEFAULT' },
      );
      const list = plain.body.data!.customer.recommendations;
      expect(list.map((x: Rec) => [x.product.id, x.reasons])).toEqual(c.recommendations.map((x: Rec) => [x.product.id, x.reasons]));
      expect(list.every((x: Rec) => x.variant === null)).toBe(true);
    }

    const before = await eventCount();
    const ok = await gql(env.server, EVENTS, {
      events: [
        { experiment: 'exp-1', customer: '17850', kind: 'EXPOSURE', products: ['85123A', '71053'] },
        { experiment: 'exp-1', customer: '17850', kind: 'CLICK', products: ['85123A'] },
        { experiment: 'exp-1', customer: '13047', kind: 'EXPOSURE', products: ['22423'] },
      ],
    });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.recordExperimentEvents).toBe(3);
    expect(await eventCount()).toBe(before + 3);

    for (const [bad, message] of [
      [{ experiment: 'nope', customer: '17850', kind: 'EXPOSURE', products: ['x'] }, /events\[1\]: there is no experiment "nope"/],
      [{ experiment: 'exp-1', customer: 'ghost', kind: 'EXPOSURE', products: ['x'] }, /events\[1\]: there is no customer "ghost"/],
    ] as const) {
      const r = await gql(env.server, EVENTS, {
        events: [{ experiment: 'exp-1', customer: '12583', kind: 'EXPOSURE', products: ['x'] }, bad],
      });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.body.errors![0].message).toMatch(message);
    }
    expect(await eventCount()).toBe(before + 3); // a refused batch writes nothing, not even its good events

    const report = (await gql(env.server, REPORT)).body;
    expect(report.errors).toBeUndefined();
    const rows: VariantRow[] = report.data!.experiment.report.variants;
    expect(rows.reduce((a, v) => a + v.exposed, 0)).toBe(2);
    expect(rows.reduce((a, v) => a + v.clickers, 0)).toBe(1);
    const clicked = rows.find((v) => v.clickers === 1)!;
    expect(clicked.name).toBe(assignVariant('exp-1', '17850', variants).name);
    expect(clicked.clickThroughRate.low).toBeLessThan(clicked.clickThroughRate.value);
    expect(rows.find((v) => v.name === 'pop')!.vsControl!.clickThroughRate.test).toMatch(/two-proportion z/);

    await gql(env.server, 'mutation { stopExperiment(id: "exp-1") { status } }', {}, admin);
    const late = await gql(env.server, EVENTS, { events: [{ experiment: 'exp-1', customer: '17850', kind: 'EXPOSURE', products: ['x'] }] });
    expect(late.body.errors?.[0].message).toMatch(/experiment "exp-1" is stopped, not running/);
    expect(await eventCount()).toBe(before + 3);
  });
});
