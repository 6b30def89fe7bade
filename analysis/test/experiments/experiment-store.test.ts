import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHOPIFY_GENERATED } from '@basketgraph/seed/testing';
import {
  assignVariant,
  changeStatus,
  checkEvents,
  createExperiment,
  experimentReportFromGraph,
  getExperiment,
  ExperimentError,
  type Experiment,
} from '../../src/index.js';
import { importedGraph } from '../support/imported-graph.js';

describe('experiments in the graph', () => {
  const t = importedGraph(SHOPIFY_GENERATED);

  const write = async (rows: unknown[][]) =>
    t.store.write((tx) => tx.bulkLoad({ rel: 'EXPERIMENT_EVENT', from: 'Customer', to: 'Experiment' }, rows));

  it('when an experiment is created, started and stopped then each step is stored and a wrong step is refused naming the status', async () => {
    const x = await createExperiment(t.store, {
      id: 'exp-a',
      variants: [{ strategy: 'default' }, { name: 'pop', strategy: 'popularity', weight: 2 }],
    });
    expect(x.variants.map((v) => [v.name, v.control])).toEqual([
      ['control', true],
      ['pop', false],
    ]);
    await expect(createExperiment(t.store, { id: 'exp-a', variants: [{ strategy: 'default' }, { strategy: 'ease' }] })).rejects.toThrow(
      /exists already/,
    );
    await expect(changeStatus(t.store, 'exp-a', 'stop')).rejects.toThrow(/is draft: only a running experiment can be stopped/);
    expect((await changeStatus(t.store, 'exp-a', 'start')).status).toBe('running');
    expect((await getExperiment(t.store, 'exp-a'))!.startedAt).not.toBeNull();
    expect((await changeStatus(t.store, 'exp-a', 'stop')).status).toBe('stopped');
    await expect(createExperiment(t.store, { id: 'exp-b', variants: [{ strategy: 'nope' }, { strategy: 'ease' }] })).rejects.toThrow(
      /unknown strategy "nope"/,
    );
  });

  it('when a batch holds one bad event then it is refused naming it, and nothing is checked into rows', async () => {
    await createExperiment(t.store, { id: 'exp-c', variants: [{ strategy: 'default' }, { strategy: 'popularity' }] });
    await changeStatus(t.store, 'exp-c', 'start');
    const [{ id: customer }] = (await t.store.cypher('MATCH (c:Customer) RETURN c.id AS id ORDER BY id LIMIT 1')).rows as { id: string }[];
    const get = (id: string) => getExperiment(t.store, id);
    const good = { experiment: 'exp-c', customer, kind: 'exposure' as const, products: ['x'] };
    const rows = await checkEvents(t.store, [good], get);
    const x = (await get('exp-c'))!;
    expect(rows[0].slice(0, 4)).toEqual([customer, 'exp-c', 'exposure', assignVariant('exp-c', customer, x.variants).name]);
    for (const [bad, message] of [
      [{ ...good, experiment: 'nope' }, /events\[1\]: there is no experiment "nope"/],
      [{ ...good, experiment: 'exp-a' }, /events\[1\]: experiment "exp-a" is stopped/],
      [{ ...good, customer: 'no-such-customer' }, /events\[1\]: there is no customer "no-such-customer"/],
      [{ ...good, kind: 'click' as const, products: [] }, /names exactly one product/],
    ] as const) {
      await expect(checkEvents(t.store, [good, bad], get)).rejects.toThrow(message);
      await expect(checkEvents(t.store, [good, bad], get)).rejects.toBeInstanceOf(ExperimentError);
    }
  });

  it('when exposed customers later order a shown product then the report counts them as converted with that revenue, within the window only', async () => {
    const x: Experiment = await createExperiment(t.store, {
      id: 'exp-d',
      variants: [{ strategy: 'default' }, { strategy: 'popularity' }],
      attributionDays: 30,
    });
    // Two customers with a purchase after 2019-01-01: expose each to one product of their first order after it, and to a product they never bought.
    const lines = (
      await t.store.cypher(
        "MATCH (c:Customer)-[:PLACED]->(o:`Order` {kind: 'purchase'})-[l:CONTAINS]->(p:Product) WHERE o.date >= '2019-01-01' RETURN c.id AS customer, o.date AS date, p.id AS product, l.lineTotal AS total ORDER BY customer, date, product",
      )
    ).rows as { customer: string; date: string; product: string; total: number }[];
    const customers = [...new Set(lines.map((l) => l.customer))].slice(0, 2);
    const expected = new Map<string, number>();
    const rows: unknown[][] = [];
    for (const c of customers) {
      const first = lines.find((l) => l.customer === c)!;
      const at = `${first.date}T08:00:00`;
      // Revenue: every line of the shown product dated within 30 days of the exposure.
      const until = new Date(Date.parse(`${at}Z`) + 30 * 86_400_000).toISOString().slice(0, 19);
      expected.set(
        c,
        lines
          .filter((l) => l.customer === c && l.product === first.product && `${l.date}T23:59:59` >= at && `${l.date}T23:59:59` < until)
          .reduce((a, l) => a + l.total, 0),
      );
      rows.push([c, 'exp-d', 'exposure', assignVariant('exp-d', c, x.variants).name, at, [first.product, 'never-bought']]);
    }
    rows.push([
      customers[0],
      'exp-d',
      'click',
      assignVariant('exp-d', customers[0], x.variants).name,
      '2019-06-01T00:00:00',
      ['never-bought'],
    ]);
    await write(rows);
    const { report } = await experimentReportFromGraph(t.store, 'exp-d');
    const total = (k: 'exposed' | 'converters' | 'clickers') => report.variants.reduce((a, v) => a + v[k], 0);
    expect(total('exposed')).toBe(2);
    expect(total('converters')).toBe(2);
    expect(total('clickers')).toBe(1);
    expect(report.variants.reduce((a, v) => a + v.revenue, 0)).toBeCloseTo(
      [...expected.values()].reduce((a, b) => a + b, 0),
      6,
    );

    // The ad-hoc cuts of cypher/README.md run on this graph (the segment cut needs an analysis, which this graph has not).
    const readme = readFileSync(new URL('../../../cypher/README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Experiments: ad-hoc cuts'));
    const queries = [...section.matchAll(/#### ([^\n]+)\n[\s\S]*?```cypher\n([\s\S]*?)```/g)].map((m) => ({ title: m[1], query: m[2] }));
    expect(queries.map((q) => q.title)).toContain('Events per day, variant and kind');
    for (const { title, query } of queries.filter((q) => !q.title.includes('segment'))) {
      const result = await t.store.cypher(query, { experiment: 'exp-d' }, { readOnly: true });
      expect(result.rows.length, title).toBeGreaterThan(0);
    }
    const byCountry = (await t.store.cypher(queries[0].query, { experiment: 'exp-d' }, { readOnly: true })).rows;
    expect(byCountry.reduce((a, r) => a + Number(r.ordersWithShownProducts), 0)).toBeGreaterThanOrEqual(2);
  });
});
