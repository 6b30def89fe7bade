/**
 * Minimal loader for the UCI Online Retail CSV (gzip or plain) used by the
 * benchmarks. The importer's reader may replace it later; it is kept small.
 *
 * Cleaning rules, applied in this order:
 * 1. drop rows with no CustomerID;
 * 2. invoices starting with `C` are cancellations: not purchases, but their
 *    |Quantity| counts as returned quantity of the customer;
 * 3. drop Quantity <= 0 or UnitPrice <= 0;
 * 4. drop non-product stock codes (POST, DOT, M, C2, D, S, B, BANK CHARGES,
 *    AMAZONFEE, CRUK, PADS, DCGS…, gift_…);
 * 5. drop exact duplicate rows.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { parse } from 'csv-parse';
import {
  buildDataset,
  type PurchaseDataset,
  type PurchaseLineRecord,
  type ReturnRecord,
} from '../../seed/src/analysis/dataset.js';

const NON_PRODUCT = new Set(['POST', 'DOT', 'M', 'C2', 'D', 'S', 'B', 'BANK CHARGES', 'AMAZONFEE', 'CRUK', 'PADS']);

/** True for stock codes that are postage, fees, discounts, vouchers and the like. */
export function isNonProductStockCode(code: string): boolean {
  const upper = code.trim().toUpperCase();
  return NON_PRODUCT.has(upper) || upper.startsWith('DCGS') || code.startsWith('gift_');
}

/** Reads the Online Retail CSV (`.gz` is gunzipped on the fly) into a PurchaseDataset. */
export async function loadOnlineRetailDataset(path: string): Promise<PurchaseDataset> {
  let input: NodeJS.ReadableStream = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  const parser = input.pipe(parse({ columns: true, relax_quotes: false }));
  const lines: PurchaseLineRecord[] = [];
  const returns: ReturnRecord[] = [];
  const seen = new Set<string>();
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    const customerId = row.CustomerID?.trim();
    if (!customerId) continue;
    const invoice = row.InvoiceNo;
    const quantity = Number(row.Quantity);
    if (invoice.startsWith('C')) {
      returns.push({ customerId, quantity: Math.abs(quantity) });
      continue;
    }
    const price = Number(row.UnitPrice);
    if (!(quantity > 0) || !(price > 0)) continue;
    if (isNonProductStockCode(row.StockCode)) continue;
    const key = [invoice, row.StockCode, row.Description, row.Quantity, row.InvoiceDate, row.UnitPrice, customerId, row.Country].join('\u0001');
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({
      customerId,
      orderId: invoice,
      productId: row.StockCode,
      productType: null,
      date: row.InvoiceDate.slice(0, 10),
      quantity,
      lineTotal: quantity * price,
    });
  }
  return buildDataset(lines, returns);
}
