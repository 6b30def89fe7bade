/** Overview charts: customers vs revenue, the projection scatter, the k sweep, the funnel. */
import type { ChartOption } from '../echarts';
import type { FunnelStep, KSweepPoint, ProjectedCustomer } from '../../graphql/overview';
import type { SegmentSummary } from '../../graphql/fragments';
import { segmentColor } from '../../lib/segment-colors';
import { AXIS_LABEL, BLUE, GREY, ORANGE, SPLIT_LINE, TEXT, barTooltip, pct, shorten, wrapLabel } from './common';

/** Share of customers next to share of revenue, one pair of bars per segment. */
export function customersVsRevenueOption(segments: SegmentSummary[], compact = false): ChartOption {
  // On a phone the axis shows segment ids; the tooltip still names them.
  const names = segments.map((s) => (compact ? s.id : s.name));
  return {
    textStyle: TEXT,
    grid: { left: 8, right: 12, top: 36, bottom: 4, containLabel: true },
    legend: { top: 0, data: ['Customers', 'Revenue'] },
    tooltip: {
      trigger: 'axis',
      formatter: (ps) => {
        const list = ps as { dataIndex: number; seriesName: string; value: number; marker: string }[];
        const s = segments[list[0].dataIndex];
        return `<b>${s.name}</b><br/>${list.map((p) => `${p.marker}${p.seriesName}: ${pct(Number(p.value))}`).join('<br/>')}`;
      },
    },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: { ...AXIS_LABEL, interval: 0, lineHeight: 14, formatter: (v: string) => wrapLabel(v, 16) },
    },
    yAxis: { type: 'value', axisLabel: { ...AXIS_LABEL, formatter: (v: number) => `${Math.round(v * 100)} %` }, splitLine: SPLIT_LINE },
    series: [
      { name: 'Customers', type: 'bar', data: segments.map((s) => s.shares.customers), itemStyle: { color: GREY }, barGap: '10%' },
      {
        name: 'Revenue',
        type: 'bar',
        itemStyle: { color: BLUE },
        data: segments.map((s) => ({ value: s.shares.revenue, itemStyle: { color: segmentColor(s.rank) } })),
      },
    ],
  };
}

export interface ScatterDatum {
  value: [number, number];
  id: string;
}

/** The 2-D projection, one series (colour) per segment; each point carries the customer id. */
export function projectionOption(points: ProjectedCustomer[]): ChartOption {
  const groups = new Map<string, { name: string; rank: number | null; data: ScatterDatum[] }>();
  for (const p of points) {
    if (!p.projection) continue;
    const key = p.segment?.id ?? '—';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: p.segment?.name ?? 'No segment', rank: p.segment?.rank ?? null, data: [] }));
    g.data.push({ value: [p.projection.x, p.projection.y], id: p.id });
  }
  const series = [...groups.values()].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99));
  return {
    textStyle: TEXT,
    grid: { left: 16, right: 16, top: 40, bottom: 24, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = p as unknown as { data: ScatterDatum; seriesName: string };
        return `Customer <b>${item.data.id}</b><br/>${item.seriesName}<br/><span style="color:#7a8499">click to open</span>`;
      },
    },
    xAxis: {
      type: 'value',
      name: 'PC 1',
      nameLocation: 'middle',
      nameGap: 24,
      axisLabel: AXIS_LABEL,
      splitLine: SPLIT_LINE,
      scale: true,
      axisLine: { onZero: false },
    },
    yAxis: {
      type: 'value',
      name: 'PC 2',
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: AXIS_LABEL,
      splitLine: SPLIT_LINE,
      scale: true,
      axisLine: { onZero: false },
    },
    series: series.map((g) => ({
      name: g.name,
      type: 'scatter',
      symbolSize: 7,
      cursor: 'pointer',
      itemStyle: { color: segmentColor(g.rank), opacity: 0.75 },
      emphasis: { scale: 1.8, itemStyle: { opacity: 1, borderColor: '#1d2433', borderWidth: 1 } },
      data: g.data,
    })),
  };
}

/** Inertia (left axis) and mean silhouette (right axis) per k; the chosen k marked. */
export function kSweepOption(sweep: KSweepPoint[], chosenK: number | null): ChartOption {
  const ks = sweep.map((p) => String(p.k));
  return {
    textStyle: TEXT,
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, data: ['Inertia', 'Silhouette'] },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', name: 'k', data: ks, axisLabel: AXIS_LABEL, boundaryGap: false },
    yAxis: [
      { type: 'value', name: 'inertia', axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
      { type: 'value', name: 'silhouette', axisLabel: AXIS_LABEL, splitLine: { show: false }, scale: true },
    ],
    series: [
      {
        name: 'Inertia',
        type: 'line',
        data: sweep.map((p) => p.inertia),
        itemStyle: { color: BLUE },
        markLine:
          chosenK === null
            ? undefined
            : {
                symbol: 'none',
                label: { formatter: `chosen k = ${chosenK}` },
                lineStyle: { color: ORANGE, type: 'dashed' },
                data: [{ xAxis: String(chosenK) }],
              },
      },
      {
        name: 'Silhouette',
        type: 'line',
        yAxisIndex: 1,
        data: sweep.map((p) => (p.silhouette === null ? null : Number(p.silhouette.toFixed(3)))),
        itemStyle: { color: ORANGE },
      },
    ],
  };
}

/** Rows left after each cleaning step. */
export function funnelOption(steps: FunnelStep[]): ChartOption {
  const ordered = [...steps].reverse();
  return {
    textStyle: TEXT,
    grid: { left: 8, right: 60, top: 8, bottom: 8, containLabel: true },
    tooltip: barTooltip(
      ordered,
      (s) =>
        `<b>${s.step}</b><br/>rows left: ${s.rows.toLocaleString('en-GB')}<br/>removed: ${s.removed.toLocaleString('en-GB')}<br/>customers ${s.customers.toLocaleString('en-GB')} · products ${s.products.toLocaleString('en-GB')} · orders ${s.orders.toLocaleString('en-GB')}`,
    ),
    xAxis: { type: 'value', axisLabel: { show: false }, splitLine: SPLIT_LINE },
    yAxis: { type: 'category', data: ordered.map((s) => s.step), axisLabel: { ...AXIS_LABEL, formatter: (v: string) => shorten(v, 32) } },
    series: [
      {
        type: 'bar',
        name: 'Rows left',
        data: ordered.map((s) => ({ value: s.rows, itemStyle: { color: s.removed > 0 ? BLUE : '#a9c3e2' } })),
        label: { show: true, position: 'right', fontSize: 11, formatter: (p) => Number(p.value).toLocaleString('en-GB') },
        barMaxWidth: 18,
      },
    ],
  };
}
