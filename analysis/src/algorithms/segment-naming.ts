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

/** The yardstick segments are compared with (normally the overall customer means). */
export interface RfmReference {
  readonly recency: number;
  readonly frequency: number;
  readonly monetary: number;
}

export interface SegmentName {
  readonly name: string;
  readonly description: string;
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

/** Size-weighted mean of the segment profiles = the overall customer means. */
export function overallReference(profiles: readonly SegmentProfile[]): RfmReference {
  let n = 0;
  let recency = 0;
  let frequency = 0;
  let monetary = 0;
  for (const p of profiles) {
    n += p.size;
    recency += p.size * p.recency;
    frequency += p.size * p.frequency;
    monetary += p.size * p.monetary;
  }
  return n > 0 ? { recency: recency / n, frequency: frequency / n, monetary: monetary / n } : { recency: 0, frequency: 0, monetary: 0 };
}

/** "Recent" means recency below this share of the reference recency. */
export const RECENT_FACTOR = 0.75;
/** "Long gone" means recency at least this multiple of the reference recency. */
export const LONG_GONE_FACTOR = 1.5;

/**
 * The naming rule for one segment. With ref = the reference (overall means):
 * - recent     = recency < 0.75 × ref.recency (clearly more recent than average)
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
 * Names every segment with `classifySegment` and describes it in one
 * sentence ("412 customers who last bought 14 days ago on average, 9.1
 * orders, £3,420 spent."). Names are unique: when m > 1 segments get the same
 * name they are ranked by mean monetary (descending, ties → lower segment
 * index) and suffixed "(higher value)" / "(lower value)" for m = 2, or
 * "(value tier 1)" … "(value tier m)" for m > 2.
 */
export function nameSegments(
  profiles: readonly SegmentProfile[],
  reference: RfmReference = overallReference(profiles),
  options: NamingOptions = {},
): SegmentName[] {
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
  return profiles.map((p, s) => ({ name: names[s], description: describeSegment(p, currency) }));
}

/** "412 customers who last bought 14 days ago on average, 9.1 orders, £3,420 spent." */
export function describeSegment(profile: SegmentProfile, currency = '£'): string {
  const who = profile.size === 1 ? '1 customer who' : `${formatInteger(profile.size)} customers who`;
  const days = Math.round(profile.recency);
  const money = `${profile.monetary < 0 ? '-' : ''}${currency}${formatInteger(Math.abs(profile.monetary))}`;
  return (
    `${who} last bought ${formatInteger(days)} day${days === 1 ? '' : 's'} ago on average, ` +
    `${profile.frequency.toFixed(1)} orders, ${money} spent.`
  );
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
