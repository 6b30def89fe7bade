import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile, type ImportReport } from '@basketgraph/seed';

const FULL = fileURLToPath(new URL('../../../data/online-retail/online_retail.csv.gz', import.meta.url));

describe('the full UCI Online Retail file (bundled)', () => {
  let t: TempStore;
  let report: ImportReport;
  beforeAll(async () => {
    t = await openTempStore();
    report = await importFile(t.store, FULL);
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('when it is imported then the purchase funnel ends at 391,150 lines, 4,334 customers and 3,659 products', () => {
    const last = report.funnel[report.funnel.length - 1];
    expect(last).toMatchObject({ rows: 391_150, customers: 4_334, products: 3_659 });
    // SOURCE.md: 541,909 rows, 135,080 without CustomerID.
    expect(report.funnel[0].rows).toBe(541_909);
    expect(report.funnel[1].removed).toBe(135_080);
  });

  it('when it is imported then the graph holds every kept line', async () => {
    const [stats] = await t.store.query<Record<string, number>>('stats');
    expect(stats.purchaseLines).toBe(391_150);
    expect(stats.returnLines).toBe(report.returnLines);
  });
});
