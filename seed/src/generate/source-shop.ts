/**
 * An Online Retail export held compactly in typed arrays: the material the
 * generator bootstraps bigger shops from, and what the validation profiles.
 * Strings (stock codes, descriptions, prices, countries) are interned once.
 */
import path from 'node:path';
import { DEFAULT_CLEANING_RULES, isNonProduct } from '../import/cleaning-rules.js';
import { columnIndex, detectFormat, FORMATS } from '../import/formats.js';
import { ImportError } from '../import/import-error.js';
import { readRows } from '../import/read-rows.js';
import { parseSourceLine } from '../import/source-line.js';
import { IdDictionary } from '../import/id-dictionary.js';

export interface SourceShop {
  /** Interned strings: stock codes, descriptions (CSV-escaped), prices and countries as written. */
  products: string[];
  descriptions: string[];
  prices: string[];
  countries: string[];
  /** 1 where the stock code is postage, a fee … (never swapped, never a swap target). */
  nonProduct: Uint8Array;
  /** Per line, in invoice order: product, description, price (string ids) and quantity. */
  lineProduct: Int32Array;
  lineDescription: Int32Array;
  linePrice: Int32Array;
  lineQuantity: Int32Array;
  /** Per invoice: its number, letter prefix ('' | 'C' | 'A' …), minutes since the epoch, country, customer (-1: none), lines [lineStart[i], lineStart[i+1]). */
  invoiceNo: string[];
  invoicePrefix: string[];
  invoiceMinutes: Float64Array;
  invoiceCountry: Int32Array;
  invoiceCustomer: Int32Array;
  lineStart: Int32Array;
  /** Customer ids, and each customer's invoices in date order: customerInvoices[customerStart[c] … customerStart[c+1]). */
  customers: string[];
  customerStart: Int32Array;
  customerInvoices: Int32Array;
  /** Invoices without a customer id. */
  anonymousInvoices: Int32Array;
  /** Purchase invoices (no prefix) holding each product: productInvoices[productStart[p] … productStart[p+1]). */
  productStart: Int32Array;
  productInvoices: Int32Array;
  firstMinute: number;
  lastMinute: number;
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
export const csvField = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Groups `keys` (one per item, values in 0..groups-1) into CSR form, items in their original order. */
function groupBy(
  keys: Int32Array,
  groups: number,
  include: (item: number) => boolean = () => true,
): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0 && include(i)) start[keys[i] + 1]++;
  for (let g = 0; g < groups; g++) start[g + 1] += start[g];
  const fill = start.slice(0, groups);
  const items = new Int32Array(start[groups]);
  for (let i = 0; i < keys.length; i++) if (keys[i] >= 0 && include(i)) items[fill[keys[i]]++] = i;
  return { start, items };
}

/** Reads an Online Retail (or Online Retail II) export, CSV, .csv.gz or .xlsx. */
export async function readSourceShop(file: string): Promise<SourceShop> {
  const name = path.basename(file);
  const products = new IdDictionary();
  const descriptions = new IdDictionary();
  const prices = new IdDictionary();
  const countries = new IdDictionary();
  const customers = new IdDictionary();
  const invoiceIds = new Map<string, number>();
  const invoiceNo: string[] = [];
  const invoicePrefix: string[] = [];
  const minutes: number[] = [];
  const invoiceCountry: number[] = [];
  const invoiceCustomer: number[] = [];
  let priceColumn = 0;
  const line = {
    invoice: [] as number[],
    product: [] as number[],
    description: [] as number[],
    price: [] as number[],
    quantity: [] as number[],
  };
  let format: 'online-retail' | 'online-retail-ii' = 'online-retail';
  let index: Record<string, number> = {};
  await readRows(file, {
    header(values) {
      const detected = detectFormat(values);
      if (detected !== 'online-retail' && detected !== 'online-retail-ii') {
        throw new ImportError(name, 1, null, `the generator reads Online Retail exports (${FORMATS['online-retail'].columns.join(',')})`);
      }
      format = detected;
      const c = columnIndex(format, values);
      if (c.missing.length > 0) throw new ImportError(name, 1, c.missing[0], `missing column(s): ${c.missing.join(', ')}`);
      index = c.index;
      priceColumn = format === 'online-retail' ? index.UnitPrice : index.Price;
    },
    row(values, n) {
      const l = parseSourceLine(format, name, n, (c) => values[index[c]]);
      let inv = invoiceIds.get(l.orderId);
      if (inv === undefined) {
        inv = invoiceNo.length;
        invoiceIds.set(l.orderId, inv);
        const prefix = /^[A-Za-z]*/.exec(l.orderId)![0];
        invoiceNo.push(l.orderId.slice(prefix.length));
        invoicePrefix.push(prefix);
        minutes.push(Math.round(Date.parse(`${l.datetime.length === 10 ? `${l.datetime}T00:00:00` : l.datetime}Z`) / 60_000));
        invoiceCountry.push(countries.add(l.country ?? ''));
        invoiceCustomer.push(l.customerId === null ? -1 : customers.add(l.customerId));
      }
      line.invoice.push(inv);
      line.product.push(products.add(l.productId));
      line.description.push(descriptions.add(csvField(l.description ?? '')));
      line.price.push(prices.add(String(values[priceColumn] ?? '').trim()));
      line.quantity.push(l.quantity);
    },
  });
  const invoices = invoiceNo.length;
  const lineInvoice = Int32Array.from(line.invoice);
  const byInvoice = groupBy(lineInvoice, invoices);
  const order = byInvoice.items;
  const pick = (a: number[]) => Int32Array.from(order, (i) => a[i]);
  const invoiceMinutes = Float64Array.from(minutes);
  const customerOf = Int32Array.from(invoiceCustomer);
  // Each customer's invoices in date order (ties: file order).
  const byDate = Int32Array.from({ length: invoices }, (_, i) => i).sort((a, b) => invoiceMinutes[a] - invoiceMinutes[b] || a - b);
  const sortedCustomer = Int32Array.from(byDate, (i) => customerOf[i]);
  const perCustomer = groupBy(sortedCustomer, customers.size);
  const customerInvoices = Int32Array.from(perCustomer.items, (k) => byDate[k]);
  const lineProduct = pick(line.product);
  const lineStart = byInvoice.start;
  const lineOfInvoice = new Int32Array(lineProduct.length);
  for (let i = 0; i < invoices; i++) lineOfInvoice.fill(i, lineStart[i], lineStart[i + 1]);
  const purchase = (i: number) => invoicePrefix[lineOfInvoice[i]] === '';
  const perProduct = groupBy(lineProduct, products.size, purchase);
  return {
    products: [...products.ids()],
    descriptions: [...descriptions.ids()],
    prices: [...prices.ids()],
    countries: [...countries.ids()],
    nonProduct: Uint8Array.from(products.ids(), (p) => (isNonProduct(DEFAULT_CLEANING_RULES, p) ? 1 : 0)),
    lineProduct,
    lineDescription: pick(line.description),
    linePrice: pick(line.price),
    lineQuantity: pick(line.quantity),
    invoiceNo,
    invoicePrefix,
    invoiceMinutes,
    invoiceCountry: Int32Array.from(invoiceCountry),
    invoiceCustomer: customerOf,
    lineStart,
    customers: [...customers.ids()],
    customerStart: perCustomer.start,
    customerInvoices,
    anonymousInvoices: Int32Array.from(byDate.filter((i) => customerOf[i] < 0)),
    productStart: perProduct.start,
    productInvoices: Int32Array.from(perProduct.items, (l) => lineOfInvoice[l]),
    firstMinute: invoiceMinutes.reduce((a, b) => Math.min(a, b), Infinity),
    lastMinute: invoiceMinutes.reduce((a, b) => Math.max(a, b), -Infinity),
  };
}
