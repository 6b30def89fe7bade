/** Averages over all segments (the "overall" a segment is compared with). */
import type { SegmentMetrics, SegmentSummary } from '../graphql/fragments';

export type OverallMetrics = Omit<SegmentMetrics, 'silhouette'>;

export function overallMetrics(segments: SegmentSummary[]): OverallMetrics | null {
  const customers = segments.reduce((n, s) => n + s.size, 0);
  if (!customers) return null;
  const revenue = segments.reduce((n, s) => n + s.metrics.revenue, 0);
  const orders = segments.reduce((n, s) => n + s.metrics.orders, 0);
  const weighted = (f: (m: SegmentMetrics) => number) => segments.reduce((n, s) => n + f(s.metrics) * s.size, 0) / customers;
  return {
    revenue,
    orders,
    meanRecency: weighted((m) => m.meanRecency),
    meanFrequency: weighted((m) => m.meanFrequency),
    meanMonetary: weighted((m) => m.meanMonetary),
    avgSalesPerCustomer: revenue / customers,
    avgSalesPerOrder: orders ? revenue / orders : 0,
    ordersPerCustomer: orders / customers,
  };
}

export interface MetricRow {
  key: keyof OverallMetrics;
  label: string;
  kind: 'money' | 'days' | 'number';
  /** true when lower is better (recency) */
  lowerIsBetter?: boolean;
}

export const SEGMENT_METRIC_ROWS: MetricRow[] = [
  { key: 'meanRecency', label: 'Mean recency', kind: 'days', lowerIsBetter: true },
  { key: 'meanFrequency', label: 'Mean frequency', kind: 'number' },
  { key: 'meanMonetary', label: 'Mean monetary', kind: 'money' },
  { key: 'avgSalesPerCustomer', label: 'Sales per customer', kind: 'money' },
  { key: 'avgSalesPerOrder', label: 'Sales per order', kind: 'money' },
  { key: 'ordersPerCustomer', label: 'Orders per customer', kind: 'number' },
];
