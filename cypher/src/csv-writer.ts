/**
 * Writes rows to a CSV file for the embedded store's COPY (RFC 4180 quoting;
 * lists as `[a,b]`; null as an empty field).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** COPY reads list items unquoted: refuse items it would split or trim. */
function listItem(x: unknown): string {
  const s = String(x);
  if (typeof x === 'string' && (/[,[\]"'{}]/.test(s) || s.trim() !== s || s === '')) {
    throw new Error(`cannot bulk-load the list item ${JSON.stringify(s)}: list items must not contain , [ ] " ' { } or edge spaces`);
  }
  return s;
}

function field(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return field(`[${v.map(listItem).join(',')}]`);
  const s = typeof v === 'string' ? v : String(v);
  return /[",\n\r]/.test(s) || s === '' ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes a header and the rows; returns the row count. */
export async function writeCsv(file: string, header: string[], rows: Iterable<readonly unknown[]>): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let chunk = header.join(',') + '\n';
  let count = 0;
  for (const row of rows) {
    chunk += row.map(field).join(',') + '\n';
    count++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return count;
}
