/**
 * Names customer segments in RFM language from their mean recency,
 * frequency and monetary value, and orders segments by value.
 */
import type { CustomerFeatures } from './customer-features.js';

/** A segment's size and mean recency (days), frequency (orders) and monetary value, in raw units. */
export interface SegmentProfile {
  readonly size: number;
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

/** The yardstick segments are compared with: all customers' medians (`medianReference`). */
export interface RfmReference {
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

export interface SegmentName {
  readonly name: string;
  readonly description: string;
  /** The rule that produced the name, with the numbers it compared (`explainSegment`). */
  readonly rule: string;
}

/**
 * Size and mean recency/frequency/monetary of each segment 0..k-1.
 * An empty segment has size 0 and means 0.
 */
export function segmentProfiles(features: CustomerFeatures, assignments: Int32Array, k: number): SegmentProfile[] {
  if (assignments.length !== features.customerCount) {
    throw new Error(`segmentProfiles: ${assignments.length} assignments for ${features.customerCount} customers`);
  }
  const size = new Float64Array(k);
  const recency = new Float64Array(k);
  const frequency = new Float64Array(k);
  const monetary = new Float64Array(k);
  for (let i = 0; i < assignments.length; i++) {
    const s = assignments[i];
    if (s < 0 || s >= k) throw new Error(`segmentProfiles: segment ${s} out of range 0..${k - 1}`);
    size[s]++;
    recency[s] += features.recency[i];
    frequency[s] += features.frequency[i];
    monetary[s] += features.monetary[i];
  }
  return Array.from({ length: k }, (_, s) => {
    const n = size[s];
    return n > 0
      ? { size: n, recency: recency[s] / n, frequency: frequency[s] / n, monetary: monetary[s] / n }
      : { size: 0, recency: 0, frequency: 0, monetary: 0 };
  });
}

function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The reference segments are named against and compared with: the median
 * customer (median recency, frequency and monetary over all customers). RFM
 * values are heavily skewed (a few wholesalers), so the mean customer is not a
 * typical one and would make most segments look "low".
 */
export function medianReference(features: CustomerFeatures): RfmReference {
  return { recency: median(features.recency), frequency: median(features.frequency), monetary: median(features.monetary) };
}

/**
 * Size and median recency/frequency/monetary of each segment 0..k-1: the
 * segment's typical customer, which the naming rule compares with
 * `medianReference` (like with like). An empty segment has size 0 and medians 0.
 */
export function segmentMedians(features: CustomerFeatures, assignments: Int32Array, k: number): SegmentProfile[] {
  const members: number[][] = Array.from({ length: k }, () => []);
  assignments.forEach((s, i) => members[s].push(i));
  return members.map((m) => ({
    size: m.length,
    recency: median(m.map((i) => features.recency[i])),
    frequency: median(m.map((i) => features.frequency[i])),
    monetary: median(m.map((i) => features.monetary[i])),
  }));
}

/** "Recent" means recency below this share of the reference recency. */
export const RECENT_FACTOR = 0.75;
/** "Long gone" means recency at least this multiple of the reference recency. */
export const LONG_GONE_FACTOR = 1.5;

/**
 * The naming rule for one segment. `profile` holds the segment's medians and
 * ref = all customers' medians (the same statistic on both sides):
 * - recent     = recency < 0.75 × ref.recency (clearly more recent than typical)
 * - long gone  = recency ≥ 1.5 × ref.recency
 * - in between = "not recent"
 * - frequent   = frequency ≥ ref.frequency
 * - valuable   = monetary ≥ ref.monetary
 *
 * | recency    | frequent | valuable | name                                           |
 * |------------|----------|----------|------------------------------------------------|
 * | recent     | yes      | yes      | Champions                                      |
 * | recent     | yes      | no       | Loyal                                          |
 * | recent     | no       | yes      | Big spenders                                   |
 * | recent     | no       | no       | New customers if frequency < 2, else Promising |
 * | not recent | yes      | yes      | Needs attention                                |
 * | not recent | exactly one of them | About to sleep                                 |
 * | not recent | no       | no       | Hibernating                                    |
 * | long gone  | yes      | yes      | Can't lose them                                |
 * | long gone  | exactly one of them | At risk                                        |
 * | long gone  | no       | no       | Lost                                           |
 */
export function classifySegment(profile: SegmentProfile, reference: RfmReference): string {
  const frequent = profile.frequency >= reference.frequency;
  const valuable = profile.monetary >= reference.monetary;
  if (profile.recency < RECENT_FACTOR * reference.recency) {
    if (frequent) return valuable ? 'Champions' : 'Loyal';
    if (valuable) return 'Big spenders';
    return profile.frequency < 2 ? 'New customers' : 'Promising';
  }
  const strengths = Number(frequent) + Number(valuable);
  if (profile.recency >= LONG_GONE_FACTOR * reference.recency) {
    return strengths === 2 ? "Can't lose them" : strengths === 1 ? 'At risk' : 'Lost';
  }
  return strengths === 2 ? 'Needs attention' : strengths === 1 ? 'About to sleep' : 'Hibernating';
}

export interface NamingOptions {
  /** Currency symbol in descriptions. Default '£'. */
  currency?: string;
}

/**
 * Names every segment with `classifySegment`, describes it in one sentence
 * ("412 customers; the median one last bought 14 days ago, placed 9 orders
 * and spent £3,420 net.") and states the rule that produced the name.
 * `profiles` are the segments' medians (`segmentMedians`), `reference` all
 * customers' (`medianReference`). Names are unique: when m > 1 segments get the
 * same name they are ranked by median monetary (descending, ties → lower
 * segment index) and suffixed "(higher value)" / "(lower value)" for m = 2, or
 * "(value tier 1)" … "(value tier m)" for m > 2.
 */
export function nameSegments(profiles: readonly SegmentProfile[], reference: RfmReference, options: NamingOptions = {}): SegmentName[] {
  const currency = options.currency ?? '£';
  const names = profiles.map((p) => classifySegment(p, reference));
  const groups = new Map<string, number[]>();
  names.forEach((name, s) => groups.set(name, [...(groups.get(name) ?? []), s]));
  for (const [name, members] of groups) {
    if (members.length < 2) continue;
    members.sort((a, b) => profiles[b].monetary - profiles[a].monetary || a - b);
    members.forEach((s, rank) => {
      const suffix = members.length === 2 ? (rank === 0 ? 'higher value' : 'lower value') : `value tier ${rank + 1}`;
      names[s] = `${name} (${suffix})`;
    });
  }
  return profiles.map((p, s) => ({
    name: names[s],
    description: describeSegment(p, currency),
    rule: explainSegment(p, reference, names[s], currency),
  }));
}

/** "412 customers; the median one last bought 14 days ago, placed 9 orders and spent £3,420 net." (medians) */
export function describeSegment(profile: SegmentProfile, currency = '£'): string {
  const who = profile.size === 1 ? '1 customer; they' : `${formatInteger(profile.size)} customers; the median one`;
  return `${who} last bought ${days(profile.recency)} ago, placed ${orders(profile.frequency)} and spent ${money(profile.monetary, currency)} net.`;
}

/**
 * The naming rule with its numbers, e.g. "against all customers' medians (50 days,
 * 2 orders, £650): recent — median recency 12 days < 0.75 × 50 days = 37.5 days;
 * frequent — median 5 orders ≥ 2 orders; valuable — median £2,000 ≥ £650 → Champions".
 */
export function explainSegment(profile: SegmentProfile, reference: RfmReference, name: string, currency = '£'): string {
  const recentBelow = RECENT_FACTOR * reference.recency;
  const goneFrom = LONG_GONE_FACTOR * reference.recency;
  const r = profile.recency;
  const recencyPart =
    r < recentBelow
      ? `recent — median recency ${days(r)} < ${RECENT_FACTOR} × ${days(reference.recency)} = ${days(recentBelow)}`
      : r >= goneFrom
        ? `long gone — median recency ${days(r)} ≥ ${LONG_GONE_FACTOR} × ${days(reference.recency)} = ${days(goneFrom)}`
        : `in between — median recency ${days(r)} is ≥ ${days(recentBelow)} and < ${days(goneFrom)}`;
  const frequent = profile.frequency >= reference.frequency;
  const valuable = profile.monetary >= reference.monetary;
  return (
    `against all customers' medians (${days(reference.recency)}, ${orders(reference.frequency)}, ${money(reference.monetary, currency)}): ` +
    `${recencyPart}; ` +
    `${frequent ? 'frequent' : 'not frequent'} — median ${orders(profile.frequency)} ${frequent ? '≥' : '<'} ${orders(reference.frequency)}; ` +
    `${valuable ? 'valuable' : 'not valuable'} — median ${money(profile.monetary, currency)} ${valuable ? '≥' : '<'} ${money(reference.monetary, currency)} → ${name}`
  );
}

const decimalFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

function days(x: number): string {
  return `${decimalFormat.format(x)} day${x === 1 ? '' : 's'}`;
}

function orders(x: number): string {
  return `${decimalFormat.format(x)} order${x === 1 ? '' : 's'}`;
}

function money(x: number, currency: string): string {
  return `${x < 0 ? '-' : ''}${currency}${formatInteger(Math.abs(x))}`;
}

const integerFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function formatInteger(x: number): string {
  return integerFormat.format(Math.round(x));
}

/**
 * The permutation that orders segments by mean monetary value, highest
 * first (ties → lower old index): `order[newIndex] = oldIndex`.
 */
export function orderSegmentsByMonetary(profiles: readonly { readonly monetary: number }[]): Int32Array {
  const order = Int32Array.from(profiles.keys());
  return order.sort((a, b) => profiles[b].monetary - profiles[a].monetary || a - b);
}

/** Relabels assignments with a permutation from `orderSegmentsByMonetary` (old label → its new index). */
export function applySegmentOrder(assignments: Int32Array, order: Int32Array): Int32Array {
  const newIndex = new Int32Array(order.length);
  order.forEach((old, index) => (newIndex[old] = index));
  return assignments.map((a) => newIndex[a]);
}
