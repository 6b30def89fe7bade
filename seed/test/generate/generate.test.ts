import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceShop } from '../../src/generate/source-shop.js';
import { generateExport } from '../../src/generate/write-export.js';
import { ksDistance, overlap, pairCounts, profileShop, topPairs, topProducts } from '../../src/generate/shop-profile.js';
import { SAMPLE_5K, tempFile } from '../../src/testing.js';

const FULL = new URL('../../../data/online-retail/online_retail.csv.gz', import.meta.url).pathname;
const outFile = (name: string) => path.join(path.dirname(tempFile('x', '')), name);

/** Each customer's history as text without ids: its lines' dates, products and quantities, sorted. */
function histories(file: string): { ids: string[]; invoices: string[]; signatures: string[] } {
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((r) => r.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
  const byCustomer = new Map<string, string[]>();
  const invoices = new Map<string, string>();
  for (const [invoice, code, , quantity, date, , customer] of rows) {
    const owner = invoices.get(invoice);
    if (owner !== undefined && owner !== customer) throw new Error(`invoice ${invoice} has two customers`);
    invoices.set(invoice, customer);
    if (customer === '') continue;
    byCustomer.set(customer, [...(byCustomer.get(customer) ?? []), `${date} ${code} ${quantity}`]);
  }
  return {
    ids: [...byCustomer.keys()],
    invoices: [...invoices.keys()],
    signatures: [...byCustomer.values()].map((h) => h.sort().join('\n')),
  };
}

describe('generate', () => {
  it('when the bundled data is generated at 1× then its distributions follow the real ones within the stated tolerances', async () => {
    const out = outFile('shop-1x.csv');
    const report = await generateExport(FULL, out, { scale: 1, seed: 7 });
    const [real, made] = await Promise.all([readSourceShop(FULL), readSourceShop(out)]);
    const [r, m] = [profileShop(real), profileShop(made)];
    expect(report.customers).toBe(real.customers.length);
    expect(made.customers.length).toBe(real.customers.length);
    // Tolerances: measured 0.010 / 0.009 / 0.022 with seed 42; a plain sampling error at this size is ≈ 0.01–0.02.
    expect(ksDistance(r.basketSizes, m.basketSizes)).toBeLessThan(0.03);
    expect(ksDistance(r.ordersPerCustomer, m.ordersPerCustomer)).toBeLessThan(0.03);
    expect(ksDistance(r.orderMinutes, m.orderMinutes)).toBeLessThan(0.05);
    // Popularity: measured 0.90 of the top 100 and 0.92 of the top 500.
    expect(overlap(topProducts(r, 100), topProducts(m, 100))).toBeGreaterThanOrEqual(0.8);
    expect(overlap(topProducts(r, 500), topProducts(m, 500))).toBeGreaterThanOrEqual(0.8);
    // Returns and lines without a customer: relative error ≤ 15 % (measured 4 % and 7 %).
    expect(Math.abs(m.returnShare / r.returnShare - 1)).toBeLessThan(0.15);
    expect(Math.abs(m.anonymousShare / r.anonymousShare - 1)).toBeLessThan(0.15);
    // Co-purchase: of the 100 most frequent pairs among the 300 most bought products, measured 0.76 shared.
    const top = topProducts(r, 300);
    expect(overlap(topPairs(pairCounts(real, top), 100), topPairs(pairCounts(made, top), 100))).toBeGreaterThanOrEqual(0.6);
  }, 120_000);

  it('when one seed is used twice then the files are equal, and another seed gives another file', async () => {
    const [a, b, c] = ['a.csv', 'b.csv', 'c.csv'].map(outFile);
    await generateExport(SAMPLE_5K, a, { scale: 2, seed: 1 });
    await generateExport(SAMPLE_5K, b, { scale: 2, seed: 1 });
    await generateExport(SAMPLE_5K, c, { scale: 2, seed: 2 });
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).not.toBe(readFileSync(c, 'utf8'));
  });

  it('when a shop is generated at 3× then customer ids and invoice numbers are distinct and no customer is a twin of another or of a real one', async () => {
    const out = outFile('shop-3x.csv');
    const report = await generateExport(SAMPLE_5K, out, { scale: 3, seed: 5 });
    const made = histories(out);
    const real = histories(SAMPLE_5K);
    expect(made.ids.length).toBe(report.customers);
    expect(report.customers).toBe(3 * real.ids.length);
    expect(new Set(made.ids).size).toBe(made.ids.length);
    expect(new Set(made.signatures).size).toBe(made.signatures.length);
    const realSignatures = new Set(real.signatures);
    expect(made.signatures.filter((s) => realSignatures.has(s))).toEqual([]);
  });

  it('when a shop is generated then every date lies within the source data range and the file reads back in the Online Retail format', async () => {
    const out = outFile('shop-dates.gz');
    const report = await generateExport(SAMPLE_5K, out, { scale: 1.5, seed: 3 });
    const [real, made] = await Promise.all([readSourceShop(SAMPLE_5K), readSourceShop(out)]);
    expect(made.lineProduct.length).toBe(report.rows);
    expect(made.firstMinute).toBeGreaterThanOrEqual(real.firstMinute);
    expect(made.lastMinute).toBeLessThanOrEqual(real.lastMinute);
  });

  it('when the scale is not a positive number then it fails naming the scale', async () => {
    await expect(generateExport(SAMPLE_5K, outFile('bad.csv'), { scale: 0, seed: 1 })).rejects.toThrow(/scale must be a positive number/);
  });
});
