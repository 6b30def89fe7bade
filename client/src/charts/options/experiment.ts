/** Experiments: one metric per chart, each variant's estimate as a point on its 95 % interval (a floating bar). */
import type { ChartOption } from '../echarts';
import type { VariantReportData } from '../../graphql/experiments';
import { AXIS_LABEL, SPLIT_LINE, TEXT } from './common';

export type ExperimentMetric = 'clickThroughRate' | 'conversionRate' | 'revenuePerExposed';
/** The metrics an experiment reports: `label` titles a chart, `column` heads a table column. */
export const EXPERIMENT_METRICS: { key: ExperimentMetric; label: string; column: string; percent: boolean }[] = [
  { key: 'clickThroughRate', label: 'Click-through rate', column: 'click-through', percent: true },
  { key: 'conversionRate', label: 'Conversion rate', column: 'conversion', percent: true },
  { key: 'revenuePerExposed', label: 'Revenue per exposed customer', column: 'revenue / exposed', percent: false },
];

export function experimentMetricOption(variants: VariantReportData[], metric: ExperimentMetric, percent: boolean): ChartOption {
  const scale = (x: number) => (percent ? 100 * x : x);
  const format = (v: unknown) => (typeof v === 'number' ? (percent ? `${v.toFixed(2)} %` : v.toFixed(2)) : 'n/a');
  return {
    textStyle: TEXT,
    grid: { left: 8, right: 12, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: format },
    xAxis: { type: 'category', data: variants.map((v) => (v.control ? `${v.name} (control)` : v.name)), axisLabel: AXIS_LABEL },
    yAxis: {
      type: 'value',
      axisLabel: { ...AXIS_LABEL, formatter: (v: number) => (percent ? `${v} %` : String(v)) },
      splitLine: SPLIT_LINE,
    },
    series: [
      {
        type: 'bar',
        name: 'interval from',
        stack: 'interval',
        itemStyle: { color: 'transparent' },
        data: variants.map((v) => scale(v[metric].low)),
        tooltip: { show: false },
      },
      {
        type: 'bar',
        name: '95 % interval',
        stack: 'interval',
        itemStyle: { color: '#9ec2e6' },
        barWidth: 28,
        data: variants.map((v) => scale(v[metric].high - v[metric].low)),
      },
      {
        type: 'scatter',
        name: 'estimate',
        symbolSize: 12,
        itemStyle: { color: '#2f6fb3' },
        data: variants.map((v) => scale(v[metric].value)),
      },
    ],
  };
}
