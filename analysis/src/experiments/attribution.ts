/**
 * Conversions come from the graph itself: an order placed at or after a
 * customer's exposure (an order dated the exposure's day counts: order dates
 * carry no time), within the attribution window, that contains a product
 * the customer was shown counts for the customer's variant; its revenue is the
 * line totals of those shown products (each order line counted once). Pure.
 */

export interface Exposure {
  readonly customer: string;
  /** ISO timestamp `YYYY-MM-DDTHH:MM:SS` (UTC; compared as text with order dates). */
  readonly at: string;
  readonly products: readonly string[];
}

export interface OrderLines {
  readonly customer: string;
  readonly order: string;
  /** The order's date as stored on `Order.date`: `YYYY-MM-DD` (a day without a time counts as its last second). */
  readonly date: string;
  readonly product: string;
  readonly lineTotal: number;
}

export interface Conversion {
  readonly converted: boolean;
  /** Revenue of the attributed lines. */
  readonly revenue: number;
}

const DAY_MS = 86_400_000;

/** `at` plus `days`, in the same text form (no time zone; UTC arithmetic). */
export function plusDays(at: string, days: number): string {
  const t = Date.parse(`${at.slice(0, 19)}Z`);
  if (Number.isNaN(t)) throw new Error(`not an ISO timestamp: ${at}`);
  return new Date(t + days * DAY_MS).toISOString().slice(0, 19);
}

/** Per exposed customer: converted or not, and the attributed revenue. */
export function attributeConversions(
  exposures: readonly Exposure[],
  lines: readonly OrderLines[],
  windowDays: number,
): Map<string, Conversion> {
  const windows = new Map<string, { from: string; to: string; products: Set<string> }[]>();
  for (const e of exposures) {
    const at = e.at.slice(0, 19);
    const list = windows.get(e.customer) ?? [];
    list.push({ from: at, to: plusDays(at, windowDays), products: new Set(e.products) });
    windows.set(e.customer, list);
  }
  const out = new Map<string, { converted: boolean; revenue: number }>();
  for (const customer of windows.keys()) out.set(customer, { converted: false, revenue: 0 });
  for (const l of lines) {
    const list = windows.get(l.customer);
    if (!list) continue;
    const date = l.date.length <= 10 ? `${l.date}T23:59:59` : l.date.slice(0, 19);
    if (list.some((w) => date >= w.from && date < w.to && w.products.has(l.product))) {
      const c = out.get(l.customer)!;
      c.converted = true;
      c.revenue += l.lineTotal;
    }
  }
  return out;
}
