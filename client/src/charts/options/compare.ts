/** "This vs the reference" charts: values as an index where the reference is 100. */
import type { ChartOption } from '../echarts';
import { AXIS_LABEL, GREY, SPLIT_LINE, TEXT, barTooltip } from './common';

export interface IndexRow {
  label: string;
  value: number | null;
  reference: number | null;
  /** How the value and the reference read in the tooltip, in their own units. */
  format: (v: number | null) => string;
}

export const indexOf = (value: number | null, reference: number | null): number | null =>
  value === null || reference === null || reference === 0 ? null : Math.round((value / reference) * 100);

/** Horizontal bars of value / reference × 100 with a line at 100. */
export function indexBarsOption(rows: IndexRow[], color: string, referenceName: string): ChartOption {
  // The line at 100 is the reference; the card's header names it.
  const shown = [...rows].reverse();
  return {
    textStyle: TEXT,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: barTooltip(shown, (r) => `<b>${r.label}</b><br/>this: ${r.format(r.value)}<br/>${referenceName}: ${r.format(r.reference)}`),
    xAxis: { type: 'value', axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${v}` }, splitLine: SPLIT_LINE, min: 0 },
    yAxis: { type: 'category', data: shown.map((r) => r.label), axisLabel: AXIS_LABEL },
    series: [
      {
        type: 'bar',
        name: 'index',
        barMaxWidth: 16,
        data: shown.map((r) => ({ value: indexOf(r.value, r.reference), itemStyle: { color } })),
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p) => (p.value === null || p.value === undefined ? 'n/a' : `${p.value}`),
        },
        markLine: {
          symbol: 'none',
          silent: true,
          label: { show: false },
          lineStyle: { color: GREY, type: 'dashed' },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  };
}
