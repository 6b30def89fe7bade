/**
 * A bigger shop bootstrapped from a real one, as CSV text in the Online
 * Retail format. Every synthetic customer is a real customer's history
 * (drawn with replacement) changed in two ways, so no two are twins:
 *
 * - products: each distinct product of the history is, with probability
 *   `swapShare`, replaced — consistently across the history, so repeat
 *   purchases and returns stay repeats of one product — by a product bought
 *   together with it: a random other line of a random real purchase invoice
 *   that holds it (so along real co-purchase links, in proportion to how
 *   often the two were bought together; description and price come from
 *   that line);
 * - dates: the whole history moves by one random number of whole weeks
 *   (|shift| ≤ `maxShiftDays`) and up to 30 minutes, never past the data's
 *   first or last minute, so gaps between orders, weekdays and the season stay.
 *
 * Baskets (lines, quantities), orders per customer, returns and the share of
 * lines without a customer id are inherited. Invoices without a customer are
 * bootstrapped one by one the same way. Customer ids and invoice numbers are
 * new and distinct. Pure: same shop, scale and seed give the same text.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { SourceShop } from './source-shop.js';

export interface SynthesizeOptions {
  /** Customers (and anonymous invoices) relative to the source shop: 10 → ten times as many. */
  scale: number;
  seed: number;
  /** Probability that a product of a history is swapped for a co-purchased one. Default 0.3. */
  swapShare?: number;
  /** Largest shift of a history's dates, in days. Default 30. */
  maxShiftDays?: number;
  /** First customer id and invoice number written. Defaults 12346 and 536365, as in the UCI data. */
  firstCustomerId?: number;
  firstInvoiceNo?: number;
}

export const ONLINE_RETAIL_HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';

/** `YYYY-MM-DD HH:MM:SS` of minutes since the epoch (UTC), as the UCI export writes it. */
export const formatMinutes = (m: number): string => new Date(m * 60_000).toISOString().slice(0, 19).replace('T', ' ');

/** The CSV text of the bigger shop and its row count, one chunk per synthetic customer (or anonymous invoice); no header. */
export function* synthesizeShop(shop: SourceShop, options: SynthesizeOptions): Generator<{ text: string; rows: number }> {
  const { scale, seed } = options;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, got ${scale}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  const swapShare = options.swapShare ?? 0.3;
  const maxShift = (options.maxShiftDays ?? 30) * 1440;
  if (!(maxShift >= 0 && maxShift + 30 < 2 ** 20)) throw new Error(`maxShiftDays must be in 0..727, got ${options.maxShiftDays}`);
  const rng = xoroshiro128plus(seed);
  const random = () => uniformFloat64(rng);
  const below = (n: number) => uniformInt(rng, 0, n - 1);
  let customerId = options.firstCustomerId ?? 12346;
  let invoiceNo = options.firstInvoiceNo ?? 536365;
  const swaps = new Map<number, number>();
  /** (source history, shift) pairs given out; the real history's own shift 0 counts as given. */
  const usedShifts = new Set<number>();
  for (let unit = 0; unit < shop.customers.length + shop.anonymousInvoices.length; unit++) usedShifts.add(unit * 2 ** 21 + 2 ** 20);

  /** A line of a real purchase invoice holding product p with another (real) product, or -1. */
  function neighbourLine(p: number): number {
    const from = shop.productStart[p];
    const n = shop.productStart[p + 1] - from;
    if (n === 0) return -1;
    const inv = shop.productInvoices[from + below(n)];
    const start = shop.lineStart[inv];
    const size = shop.lineStart[inv + 1] - start;
    for (let attempt = 0; attempt < 3 && size > 1; attempt++) {
      const l = start + below(size);
      const q = shop.lineProduct[l];
      if (q !== p && !shop.nonProduct[q]) return l;
    }
    return -1;
  }

  function history(unit: number, invoices: Int32Array, from: number, to: number, customer: string): { text: string; rows: number } {
    swaps.clear();
    let first = Infinity;
    let last = -Infinity;
    for (let k = from; k < to; k++) {
      first = Math.min(first, shop.invoiceMinutes[invoices[k]]);
      last = Math.max(last, shop.invoiceMinutes[invoices[k]]);
    }
    const lo = Math.max(-maxShift, shop.firstMinute - first);
    const hi = Math.min(maxShift, shop.lastMinute - last);
    // Whole weeks keep the weekday pattern (the shop is closed on Saturdays); up to half an hour more to the minute.
    // A shift already given to this source history (0 included: the real one) is drawn again, so no two are twins.
    const week = 7 * 1440;
    let shift = 0;
    for (let attempt = 0; attempt < 20 && usedShifts.has(unit * 2 ** 21 + shift + 2 ** 20); attempt++) {
      const base = week * uniformInt(rng, Math.ceil(lo / week), Math.floor(hi / week));
      shift = base + uniformInt(rng, Math.max(-30, lo - base), Math.min(30, hi - base));
    }
    usedShifts.add(unit * 2 ** 21 + shift + 2 ** 20);
    let text = '';
    let rows = 0;
    for (let k = from; k < to; k++) {
      const inv = invoices[k];
      const head = `${shop.invoicePrefix[inv]}${invoiceNo++},`;
      const tail = `,${formatMinutes(shop.invoiceMinutes[inv] + shift)},`;
      const end = `,${customer},${shop.countries[shop.invoiceCountry[inv]]}\n`;
      for (let l = shop.lineStart[inv]; l < shop.lineStart[inv + 1]; l++) {
        const p = shop.lineProduct[l];
        let source = l;
        if (!shop.nonProduct[p]) {
          let swap = swaps.get(p);
          if (swap === undefined) {
            swap = random() < swapShare ? neighbourLine(p) : -1;
            swaps.set(p, swap);
          }
          if (swap >= 0) source = swap;
        }
        text +=
          head +
          shop.products[shop.lineProduct[source]] +
          ',' +
          shop.descriptions[shop.lineDescription[source]] +
          ',' +
          shop.lineQuantity[l] +
          tail +
          shop.prices[shop.linePrice[source]] +
          end;
        rows++;
      }
    }
    return { text, rows };
  }

  const customers = shop.customers.length;
  for (let n = Math.round(scale * customers), i = 0; i < n; i++) {
    const c = below(customers);
    yield history(c, shop.customerInvoices, shop.customerStart[c], shop.customerStart[c + 1], String(customerId++));
  }
  const anonymous = shop.anonymousInvoices;
  for (let n = anonymous.length ? Math.round(scale * anonymous.length) : 0, i = 0; i < n; i++) {
    const k = below(anonymous.length);
    yield history(customers + k, anonymous, k, k + 1, '');
  }
}
