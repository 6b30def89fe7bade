/**
 * api-rules-page on a rule table the embedded store scans on several threads: every sort, both directions, at
 * several offsets, against the order computed here (missing values last in either direction, ties by id).
 * Ladybug 0.19.1 misorders multi-key sorts with null keys there (see customers-page-order.test.ts), so the query
 * sorts one never-null number key and the id; this checks that it holds.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { storeRow } from '@basketgraph/cypher';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { expectEveryPage, idsInOrder } from './page-order.js';

const SIZE = 12000;
const FIELDS = ['lift', 'confidence', 'support', 'leverage', 'conviction', 'count'] as const;
type Field = (typeof FIELDS)[number];
type Rule = { id: string } & Record<Field, number | null>;

describe('the rules page query on a rule table scanned by several threads', () => {
  let t: TempStore;
  let rules: Rule[];
  beforeAll(async () => {
    t = await openTempStore();
    // Ids loaded out of their sort order; values with many ties, zeros (leverage also negative) and missing conviction.
    rules = Array.from({ length: SIZE }, (_, i) => ({
      id: `R${String((i * 2311) % SIZE).padStart(5, '0')}`,
      lift: ((i * 31) % 40) / 8,
      confidence: i % 10 === 0 ? 1 : ((i * 7) % 16) / 16,
      support: ((i * 13) % 25) / 64,
      leverage: (((i * 11) % 21) - 10) / 32,
      conviction: i % 10 === 0 ? null : i % 9 === 0 ? 0 : ((i * 17) % 30) / 4,
      count: (i * 3) % 50,
    }));
    await t.store.write(async (tx) => {
      await tx.bulkLoad('AnalysisRun', [storeRow.AnalysisRun({ id: 'run-r', status: 'completed', current: true })]);
      await tx.bulkLoad(
        'Rule',
        rules.map((r) => storeRow.Rule({ ...r, run: 'run-r', scope: 'global', antecedent: ['A'], consequent: ['B'] })),
      );
    });
  });
  afterAll(() => t?.dispose());

  it('when rules are paged by any measure, either direction, then every page is the exact slice of that order', async () => {
    const filter = {
      segment: '',
      scope: '',
      product: '',
      ifProduct: '',
      thenProduct: '',
      minLift: -Number.MAX_VALUE,
      minConfidence: -Number.MAX_VALUE,
      minSupport: -Number.MAX_VALUE,
    };
    for (const field of FIELDS) {
      for (const direction of ['ASC', 'DESC']) {
        await expectEveryPage(
          idsInOrder(rules, (r) => r[field], direction),
          (skip, limit) => t.store.query<{ id: string }>('api-rules-page', { ...filter, sortField: field, direction, skip, limit }),
          `${field} ${direction}`,
        );
      }
    }
  });
});
