/**
 * A segment against the median customer: the same reference its name was
 * decided on (the API's `Segment.naming`), so the page and the name agree.
 */
import type { SegmentSummary } from '../graphql/fragments';

/** Recency, frequency and monetary as `Segment.naming` states them. */
type RfmValues = NonNullable<SegmentSummary['naming']>['median'];

export interface MetricRow {
  key: keyof RfmValues;
  label: string;
  kind: 'money' | 'days' | 'number';
  /** true when lower is better (recency) */
  lowerIsBetter?: boolean;
}

export const SEGMENT_METRIC_ROWS: MetricRow[] = [
  { key: 'recency', label: 'Median recency', kind: 'days', lowerIsBetter: true },
  { key: 'frequency', label: 'Median orders', kind: 'number' },
  { key: 'monetary', label: 'Median net spend', kind: 'money' },
];

export interface ComparedMetric {
  row: MetricRow;
  value: number;
  reference: number;
  /** Better than the median customer (strictly), worse, or level. */
  standing: 'better' | 'worse' | 'level';
}

/** The segment's medians against all customers' medians; empty when the run recorded no naming. */
export function againstMedianCustomer(segment: SegmentSummary): ComparedMetric[] {
  const naming = segment.naming;
  if (!naming) return [];
  return SEGMENT_METRIC_ROWS.map((row) => {
    const value = naming.median[row.key];
    const reference = naming.reference[row.key];
    const ahead = row.lowerIsBetter ? value < reference : value > reference;
    const behind = row.lowerIsBetter ? value > reference : value < reference;
    return { row, value, reference, standing: ahead ? 'better' : behind ? 'worse' : 'level' };
  });
}
