/** Product page: share of each segment that bought the product. */
import type { ChartOption } from '../echarts';
import type { ProductDetail } from '../../graphql/product';
import { segmentColor } from '../../lib/segment-colors';
import { AXIS_LABEL, SPLIT_LINE, TEXT, barTooltip, pct, wrapLabel } from './common';

export function popularityBySegmentOption(rows: ProductDetail['popularityBySegment'], compact = false): ChartOption {
  const sorted = [...rows].sort((a, b) => a.segment.rank - b.segment.rank);
  return {
    textStyle: TEXT,
    grid: { left: 8, right: 12, top: 12, bottom: 8, containLabel: true },
    tooltip: barTooltip(sorted, (r) => `<b>${r.segment.name}</b><br/>${r.buyers} of ${r.segment.size} customers (${pct(r.share)})`),
    xAxis: {
      type: 'category',
      data: sorted.map((r) => (compact ? r.segment.id : r.segment.name)),
      axisLabel: { ...AXIS_LABEL, interval: 0, lineHeight: 14, formatter: (v: string) => wrapLabel(v, 16) },
    },
    yAxis: { type: 'value', axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)} %` }, splitLine: SPLIT_LINE },
    series: [
      {
        type: 'bar',
        name: 'share of the segment',
        barMaxWidth: 40,
        data: sorted.map((r) => ({ value: r.share, itemStyle: { color: segmentColor(r.segment.rank) } })),
        label: { show: true, position: 'top', fontSize: 11, formatter: (p) => pct(Number(p.value)) },
      },
    ],
  };
}
