/**
 * Writes a generated shop to a file (gzip-compressed when it ends in .gz),
 * chunk by chunk with backpressure: memory stays flat whatever the scale.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { readSourceShop } from './source-shop.js';
import { ONLINE_RETAIL_HEADER, synthesizeShop, type SynthesizeOptions } from './synthesize.js';

export interface GenerateReport {
  file: string;
  rows: number;
  customers: number;
  sourceRows: number;
  sourceCustomers: number;
  ms: number;
}

/** Generates a shop `options.scale` times the size of `source` into `out`. */
export async function generateExport(
  source: string,
  out: string,
  options: SynthesizeOptions & { onProgress?: (share: number) => void },
): Promise<GenerateReport> {
  const started = performance.now();
  const shop = await readSourceShop(source);
  const total = Math.round(options.scale * shop.customers.length) + Math.round(options.scale * shop.anonymousInvoices.length);
  let rows = 0;
  let units = 0;
  async function* chunks() {
    yield ONLINE_RETAIL_HEADER;
    let buffer = '';
    for (const chunk of synthesizeShop(shop, options)) {
      buffer += chunk.text;
      rows += chunk.rows;
      if (++units % 1000 === 0) options.onProgress?.(units / total);
      if (buffer.length > 1 << 20) {
        yield buffer;
        buffer = '';
      }
    }
    yield buffer;
  }
  const text = Readable.from(chunks());
  const file = createWriteStream(out);
  await once(file, 'open');
  await (out.endsWith('.gz') ? pipeline(text, createGzip({ level: 4 }), file) : pipeline(text, file));
  return {
    file: out,
    rows,
    customers: Math.round(options.scale * shop.customers.length),
    sourceRows: shop.lineProduct.length,
    sourceCustomers: shop.customers.length,
    ms: performance.now() - started,
  };
}
