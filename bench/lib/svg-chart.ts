/** A small line chart as SVG text (log-scaled x), for bench results that are read on GitHub. */
export interface Series {
  name: string;
  points: [number, number][];
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

export function lineChartSvg(title: string, xLabel: string, yLabel: string, series: Series[], width = 560, height = 300): string {
  const pad = { left: 60, right: 150, top: 30, bottom: 40 };
  const all = series.flatMap((s) => s.points);
  const xs = all.map(([x]) => Math.log10(x));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs) === Math.min(...xs) ? Math.min(...xs) + 1 : Math.max(...xs)];
  const y1 = Math.max(...all.map(([, y]) => y)) * 1.1 || 1;
  const px = (x: number) => pad.left + ((Math.log10(x) - x0) / (x1 - x0)) * (width - pad.left - pad.right);
  const py = (y: number) => height - pad.bottom - (y / y1) * (height - pad.top - pad.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2 - pad.right / 2}" y="16" text-anchor="middle" font-size="13">${title}</text>`,
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="black"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="black"/>`,
    `<text x="${(pad.left + width - pad.right) / 2}" y="${height - 8}" text-anchor="middle">${xLabel}</text>`,
    `<text x="14" y="${(pad.top + height - pad.bottom) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(pad.top + height - pad.bottom) / 2})">${yLabel}</text>`,
  ];
  for (const x of [...new Set(all.map(([x]) => x))].sort((a, b) => a - b)) {
    out.push(`<text x="${px(x)}" y="${height - pad.bottom + 14}" text-anchor="middle">${x}×</text>`);
  }
  for (let i = 0; i <= 4; i++) {
    const y = (y1 / 4) * i;
    out.push(`<text x="${pad.left - 6}" y="${py(y) + 4}" text-anchor="end">${y >= 10 ? Math.round(y) : y.toFixed(1)}</text>`);
    out.push(`<line x1="${pad.left}" y1="${py(y)}" x2="${width - pad.right}" y2="${py(y)}" stroke="#ddd"/>`);
  }
  series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const pts = s.points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts}"/>`);
    for (const [x, y] of s.points) out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${colour}"/>`);
    out.push(`<text x="${width - pad.right + 8}" y="${pad.top + 14 * i + 10}" fill="${colour}">${s.name}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
