import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile } from '@basketgraph/seed';
import { NewCustomerInputError, recommendForBasket, recommendForNewCustomer, runAnalysis } from '@basketgraph/analysis';
import { SAMPLE_5K } from '@basketgraph/seed/testing';

describe('recommendations computed on the fly', () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
    await importFile(t.store, SAMPLE_5K);
    await runAnalysis(t.store, {
      k: 3,
      seed: 7,
      minSupport: 0.03,
      minConfidence: 0.3,
      recommendations: 5,
      neighbours: 5,
      model: 'popularity',
    });
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('when a basket holds a rule’s whole antecedent then the consequent is recommended with that rule as a reason', async () => {
    const [rule] = (
      await t.store.cypher(
        "MATCH (r:Rule {scope: 'global'}) RETURN r.id AS id, r.antecedent AS x, r.consequent AS y, r.confidence AS c ORDER BY r.lift DESC, id LIMIT 1",
      )
    ).rows as { id: string; x: string[]; y: string[]; c: number }[];
    expect(rule).toBeDefined();
    const recs = await recommendForBasket(t.store, rule.x, 50);
    const hit = recs.find((r) => r.product === rule.y[0]);
    expect(hit).toBeDefined();
    expect(hit!.reasons).toContainEqual({ kind: 'RULE', id: rule.id, weight: rule.c });
    expect(recs.map((r) => r.product)).not.toContain(rule.x[0]);
    for (let i = 1; i < recs.length; i++) expect(recs[i].score).toBeLessThanOrEqual(recs[i - 1].score);
  });

  it('when a basket has one product then its ALSO_BOUGHT neighbours come back as similar-item reasons', async () => {
    const neighbours = (
      await t.store.cypher(
        "MATCH (:Product {id: '85123A'})-[a:ALSO_BOUGHT]->(p:Product) RETURN p.id AS id, a.score AS score ORDER BY a.rank",
      )
    ).rows;
    expect(neighbours.length).toBeGreaterThan(0);
    const recs = await recommendForBasket(t.store, ['85123A'], 50);
    for (const n of neighbours) {
      const rec = recs.find((r) => r.product === n.id);
      expect(rec?.reasons).toContainEqual({ kind: 'SIMILAR_ITEM', id: '85123A', weight: n.score });
    }
    expect((await recommendForBasket(t.store, ['85123A'], 3)).length).toBe(3);
    expect(await recommendForBasket(t.store, [], 5)).toEqual([]);
  });

  it('when a new customer is given a segment then they get its most bought products', async () => {
    const result = await recommendForNewCustomer(t.store, { segment: 'S1' }, 3);
    const top = (
      await t.store.cypher(
        "MATCH (s:Segment {id: 'S1'})<-[:IN_SEGMENT]-(c:Customer)-[:PLACED]->(:`Order`)-[:CONTAINS]->(p:Product) WITH p, c WITH p.id AS id, count(DISTINCT c) AS buyers RETURN id, buyers ORDER BY buyers DESC LIMIT 1",
      )
    ).rows[0];
    expect(result.segment).toBe('S1');
    expect(result.recommendations).toHaveLength(3);
    expect(result.recommendations[0].score).toBe(top.buyers);
  });

  it('when a new customer is described by features then they are placed in the segment of a customer with those features', async () => {
    const [c] = (
      await t.store.cypher(
        'MATCH (c:Customer)-[e:IN_SEGMENT]->(s:Segment) RETURN c.recency AS recency, c.frequency AS frequency, c.monetary AS monetary, s.id AS segment, e.distance AS d ORDER BY d LIMIT 1',
      )
    ).rows;
    const result = await recommendForNewCustomer(
      t.store,
      { features: { recency: c.recency as number, frequency: c.frequency as number, monetary: c.monetary as number } },
      2,
    );
    expect(result.segment).toBe(c.segment);
    await expect(recommendForNewCustomer(t.store, { features: { recency: 3 } }, 2)).rejects.toThrow(NewCustomerInputError);
  });

  it('when features are impossible then the cold start says which and why instead of placing the customer anyway', async () => {
    const valid = { recency: 10, frequency: 2, monetary: 300 };
    await expect(recommendForNewCustomer(t.store, { features: { ...valid, monetary: -100 } }, 2)).rejects.toThrow(
      /^features\.monetary must be 0 or more, not -100$/,
    );
    await expect(recommendForNewCustomer(t.store, { features: { ...valid, recency: -5 } }, 2)).rejects.toThrow(
      /^features\.recency must be 0 or more/,
    );
    expect((await recommendForNewCustomer(t.store, { features: valid }, 2)).segment).toMatch(/^S\d$/);
  });

  it('when the segment does not exist then the error names the segments there are', async () => {
    const ids = (await t.store.cypher('MATCH (s:Segment) RETURN s.id AS id ORDER BY s.rank')).rows.map((r) => r.id);
    const attempt = recommendForNewCustomer(t.store, { segment: 'S99' }, 2);
    await expect(attempt).rejects.toThrow(NewCustomerInputError);
    await expect(recommendForNewCustomer(t.store, { segment: 'S99' }, 2)).rejects.toThrow(
      `there is no segment "S99" in the latest analysis (its segments: ${ids.join(', ')})`,
    );
  });
});
