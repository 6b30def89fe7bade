/** Prints rows as a terminal table (cli-table3), or JSON with --json. */
import Table from 'cli-table3';

const cell = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(4).replace(/\.?0+$/, '');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

export function formatTable(columns: string[], rows: Record<string, unknown>[]): string {
  const table = new Table({ head: columns, style: { head: [], border: [] } });
  for (const r of rows) table.push(columns.map((c) => cell(r[c])));
  return table.toString();
}

export function printRows(columns: string[], rows: Record<string, unknown>[], json: boolean): void {
  if (json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
  else process.stdout.write(formatTable(columns, rows) + '\n');
}
