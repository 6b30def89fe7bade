/** Number formatting for people: counts, money, shares, scores. */
const count = new Intl.NumberFormat('en-GB');
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const moneyCents = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || Number.isNaN(v);

export const fmtCount = (v: number | null | undefined): string => (missing(v) ? '–' : count.format(Math.round(v)));

/** "1 order", "2 orders", "1,234 customers" (`plural` for nouns that do not just add an s). */
export const fmtCountOf = (v: number | null | undefined, noun: string, plural = `${noun}s`): string =>
  missing(v) ? '–' : `${fmtCount(v)} ${Math.round(v) === 1 ? noun : plural}`;

/** £1,234 for larger amounts, £12.34 for small ones. */
export const fmtMoney = (v: number | null | undefined): string =>
  missing(v) ? '–' : Math.abs(v) >= 100 ? money.format(v) : moneyCents.format(v);

export const fmtPercent = (v: number | null | undefined, digits = 1): string => (missing(v) ? '–' : `${(v * 100).toFixed(digits)} %`);

export const fmtNumber = (v: number | null | undefined, digits = 2): string =>
  missing(v) ? '–' : Math.abs(v) >= 1000 ? count.format(Math.round(v)) : v.toFixed(digits).replace(/\.?0+$/, '') || '0';

export const fmtScore = (v: number | null | undefined): string =>
  missing(v) ? '–' : Math.abs(v) >= 100 ? count.format(Math.round(v)) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3);

/**
 * One formatter for a whole list of scores, so they read alike: whole numbers
 * (buyer counts of the popularity models) as whole numbers — not "96.0" next
 * to "120" and "9.000" — and fractional scores with the decimals the largest
 * one needs (as fmtScore).
 */
export function scoreFormatter(scores: readonly number[]): (v: number | null | undefined) => string {
  const shown = scores.filter((v) => !missing(v));
  if (shown.length > 0 && shown.every((v) => Number.isInteger(v))) return fmtCount;
  const largest = Math.max(0, ...shown.map(Math.abs));
  const digits = largest >= 100 ? 0 : largest >= 10 ? 1 : 3;
  return (v) => (missing(v) ? '–' : digits === 0 ? count.format(Math.round(v)) : v.toFixed(digits));
}

export const fmtDays = (v: number | null | undefined): string =>
  missing(v) ? '–' : Math.abs(v) < 10 && !Number.isInteger(v) ? `${v.toFixed(1)} d` : `${count.format(Math.round(v))} d`;

/** 2011-12-09 → 9 Dec 2011 */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** Ratio of a value to a reference, as "+12 %" / "−30 %". */
export function fmtDelta(value: number | null | undefined, reference: number | null | undefined): string {
  if (missing(value) || missing(reference) || reference === 0) return '';
  const d = (value - reference) / Math.abs(reference);
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  return `${sign}${Math.abs(d * 100).toFixed(0)} %`;
}

/** Feature names of the analysis (camelCase) as labels. */
const FEATURE_LABELS: Record<string, string> = {
  recency: 'Recency (days)',
  frequency: 'Frequency (orders)',
  monetary: 'Net spend',
  grossMonetary: 'Gross spend',
  avgOrderValue: 'Avg order value (net)',
  grossAvgOrderValue: 'Avg order value (gross)',
  avgItemsPerOrder: 'Avg items per order',
  distinctProducts: 'Distinct products',
  returnRate: 'Return rate',
  tenure: 'Tenure (days)',
  typeDiversity: 'Type diversity',
};

export const featureLabel = (name: string): string =>
  FEATURE_LABELS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/** Formats a feature value in its own unit. */
export function fmtFeature(name: string, v: number | null | undefined): string {
  if (name === 'monetary' || name === 'avgOrderValue' || name === 'grossMonetary' || name === 'grossAvgOrderValue') return fmtMoney(v);
  if (name === 'returnRate' || name === 'typeDiversity') return fmtPercent(v);
  if (name === 'recency' || name === 'tenure') return fmtDays(v);
  return fmtNumber(v, 1);
}
