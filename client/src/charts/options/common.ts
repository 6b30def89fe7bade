/** Shared look of every chart. */
import type { TooltipComponentOption } from 'echarts/components';

export const AXIS_LABEL = { color: '#4a5468', fontSize: 11 };
export const SPLIT_LINE = { lineStyle: { color: '#eceff5' } };
export const TEXT = { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif' };
export const BLUE = '#2f6fb3';
export const ORANGE = '#e07b39';
export const GREY = '#9aa4b5';

/** Cuts long labels for axes ("Needs attention (value tier 1)" → "Needs attention (val…"). */
export const shorten = (s: string, n = 18): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The tooltip of a chart with one bar (or group of bars) per row: the axis' shadow marks the
 * bar under the pointer, and `text` writes the box from the row drawn there (`rows` in drawing order).
 */
export function barTooltip<R>(rows: readonly R[], text: (row: R) => string): TooltipComponentOption {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (ps) => text(rows[(ps as { dataIndex: number }[])[0].dataIndex]),
  };
}

export const pct = (v: number): string => `${(v * 100).toFixed(1)} %`;

/** Wraps a label onto lines of at most `width` characters, breaking at spaces. */
export function wrapLabel(s: string, width = 16, maxLines = 2): string {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  const out = lines.slice(0, maxLines);
  if (lines.length > maxLines) out[maxLines - 1] = shorten(`${out[maxLines - 1]} …`, width);
  return out.join('\n');
}
