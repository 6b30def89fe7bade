/** Evaluation: every model's @k metrics side by side. */
import type { ChartOption } from '../echarts';
import type { ModelMetrics } from '../../graphql/evaluation';
import { modelLabel } from '../../lib/models';
import { AXIS_LABEL, SPLIT_LINE, TEXT } from './common';

/** The @k metrics shown per model (the other fields of ModelMetrics are not metrics). */
export type MetricKey = 'ndcg' | 'precision' | 'recall' | 'hitRate' | 'map' | 'coverage';
export const METRICS: { key: MetricKey; label: string }[] = [
  { key: 'ndcg', label: 'nDCG' },
  { key: 'precision', label: 'Precision' },
  { key: 'recall', label: 'Recall' },
  { key: 'hitRate', label: 'Hit rate' },
  { key: 'map', label: 'MAP' },
  { key: 'coverage', label: 'Coverage' },
];

const COLORS = ['#2f6fb3', '#e07b39', '#3a9d7a', '#c44e6d', '#8a63c9', '#b5a232'];

export function evaluationOption(models: ModelMetrics[], defaultModel: string | null, top: number): ChartOption {
  return {
    textStyle: TEXT,
    grid: { left: 8, right: 12, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (v === null || v === undefined ? 'n/a' : Number(v).toFixed(4)),
    },
    xAxis: {
      type: 'category',
      data: models.map((m) => (m.name === defaultModel ? `★ ${modelLabel(m.name)}` : modelLabel(m.name))),
      axisLabel: { ...AXIS_LABEL, interval: 0, rotate: models.length > 5 ? 30 : 0 },
    },
    yAxis: { type: 'value', name: `@${top}`, axisLabel: AXIS_LABEL, splitLine: SPLIT_LINE },
    series: METRICS.filter((m) => m.key !== 'coverage').map((metric, i) => ({
      type: 'bar',
      name: metric.label,
      itemStyle: { color: COLORS[i] },
      data: models.map((m) => m[metric.key]),
    })),
  };
}
