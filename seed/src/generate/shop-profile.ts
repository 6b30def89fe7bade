/**
 * The distributions a generated shop must share with the real one: basket
 * size, orders per customer, order dates, product popularity, returns, lines
 * without a customer and co-purchase pairs — and the distances between two
 * shops' profiles that the generator's validation bounds.
 */
import type { SourceShop } from './source-shop.js';

export interface ShopProfile {
  /** Lines per purchase invoice (invoices with a customer). */
  basketSizes: Float64Array;
  /** Purchase invoices per customer (customers with at least one). */
  ordersPerCustomer: Float64Array;
  /** Minutes of every purchase invoice with a customer. */
  orderMinutes: Float64Array;
  /** Purchase lines with a customer, by stock code. */
  popularity: Map<string, number>;
  /** Return (C…) lines among the lines with a customer. */
  returnShare: number;
  /** Lines without a customer id among all lines. */
  anonymousShare: number;
}

export function profileShop(shop: SourceShop): ShopProfile {
  const sizes: number[] = [];
  const minutes: number[] = [];
  const orders = new Float64Array(shop.customers.length);
  const popularity = new Map<string, number>();
  let withCustomer = 0;
  let returns = 0;
  let anonymous = 0;
  for (let inv = 0; inv < shop.invoiceNo.length; inv++) {
    const lines = shop.lineStart[inv + 1] - shop.lineStart[inv];
    const c = shop.invoiceCustomer[inv];
    if (c < 0) {
      anonymous += lines;
      continue;
    }
    withCustomer += lines;
    if (shop.invoicePrefix[inv] === 'C') returns += lines;
    if (shop.invoicePrefix[inv] !== '') continue;
    sizes.push(lines);
    minutes.push(shop.invoiceMinutes[inv]);
    orders[c]++;
    for (let l = shop.lineStart[inv]; l < shop.lineStart[inv + 1]; l++) {
      const code = shop.products[shop.lineProduct[l]];
      popularity.set(code, (popularity.get(code) ?? 0) + 1);
    }
  }
  return {
    basketSizes: Float64Array.from(sizes),
    ordersPerCustomer: orders.filter((n) => n > 0),
    orderMinutes: Float64Array.from(minutes),
    popularity,
    returnShare: returns / withCustomer,
    anonymousShare: anonymous / (anonymous + withCustomer),
  };
}

/** The `k` most bought stock codes, most first (ties by code). */
export function topProducts(profile: ShopProfile, k: number): string[] {
  return [...profile.popularity]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([code]) => code);
}

/** Two-sample Kolmogorov–Smirnov distance: the largest gap between the empirical distribution functions. */
export function ksDistance(a: Float64Array, b: Float64Array): number {
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/** Share of `a`'s items that are also in `b`. */
export function overlap(a: string[], b: string[]): number {
  const set = new Set(b);
  return a.filter((x) => set.has(x)).length / a.length;
}

/**
 * How often each pair of `products` is bought in one purchase invoice (with a
 * customer): a map from "a|b" (a before b in `products`) to a count.
 */
export function pairCounts(shop: SourceShop, products: string[]): Map<string, number> {
  const position = new Map(products.map((p, i) => [p, i]));
  const local = Int32Array.from(shop.products, (p) => position.get(p) ?? -1);
  const n = products.length;
  const counts = new Float64Array(n * n);
  const seen = new Int32Array(n).fill(-1);
  const inBasket: number[] = [];
  for (let inv = 0; inv < shop.invoiceNo.length; inv++) {
    if (shop.invoiceCustomer[inv] < 0 || shop.invoicePrefix[inv] !== '') continue;
    inBasket.length = 0;
    for (let l = shop.lineStart[inv]; l < shop.lineStart[inv + 1]; l++) {
      const p = local[shop.lineProduct[l]];
      if (p >= 0 && seen[p] !== inv) {
        seen[p] = inv;
        inBasket.push(p);
      }
    }
    for (const a of inBasket) for (const b of inBasket) if (a < b) counts[a * n + b]++;
  }
  const pairs = new Map<string, number>();
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) if (counts[a * n + b] > 0) pairs.set(`${products[a]}|${products[b]}`, counts[a * n + b]);
  return pairs;
}

/** The `k` most frequent pairs of a pairCounts map, most first. */
export const topPairs = (pairs: Map<string, number>, k: number): string[] =>
  [...pairs]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([pair]) => pair);
