/**
 * Imports one export file into the graph: stream, check and clean every row
 * first, then write. Bad input stops before the write, so the graph is left
 * exactly as it was. The write goes through `writeInBatches`: one transaction
 * on the embedded store; bounded, idempotent batches on Neo4j, where the
 * Import node is written first (importedAt null) and marked finished last, so
 * a run killed half-way is finished, with the same report, by running it again.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { storeRow, type BatchProgress, type GraphStore, type GraphWriter } from '@basketgraph/cypher';
import { ImportError } from './import-error.js';
import { columnIndex, detectFormat, FORMATS, type FormatName } from './formats.js';
import { parseSourceLine, type RawValue } from './source-line.js';
import { readRows, type ReadProgress } from './read-rows.js';
import { RowKeySet } from './row-key-set.js';
import { DEFAULT_CLEANING_RULES, isNonProduct, removalStep, STEP, type CleaningRules } from './cleaning-rules.js';
import { FunnelCounter, type FunnelRow } from './funnel.js';
import { GraphBatch } from './graph-batch.js';
import { writeBatch } from './write-batch.js';

export interface ImportOptions {
  format?: FormatName | 'auto';
  rules?: CleaningRules;
  /** Delete the whole graph first (in the same transaction). */
  replace?: boolean;
  onProgress?: (p: ImportProgress) => void;
}

export type ImportProgress =
  | ({ phase: 'read' } & ReadProgress)
  | { phase: 'write'; message: string }
  /** A bulk-load batch committed (one per table on the embedded store). */
  | ({ phase: 'batch' } & BatchProgress);

export interface ImportReport {
  id: string;
  file: string;
  format: FormatName | null;
  /** True when this exact file was imported before: nothing was written. */
  alreadyImported: boolean;
  previousImport?: { file: string; importedAt: string };
  funnel: FunnelRow[];
  rows: number;
  lineItems: number;
  returnLines: number;
  customers: number;
  products: number;
  orders: number;
  timings: { readMs: number; writeMs: number };
}

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

interface Parsed {
  format: FormatName | null;
  batch: GraphBatch;
  funnel: FunnelCounter;
  rows: number;
}

async function parseFile(file: string, options: ImportOptions): Promise<Parsed> {
  const name = path.basename(file);
  const rules = options.rules ?? DEFAULT_CLEANING_RULES;
  const batch = new GraphBatch();
  const funnel = new FunnelCounter();
  const seen = new RowKeySet();
  let format: FormatName | null = null;
  let index: Record<string, number> = {};
  let width = 0;
  let rows = 0;
  await readRows(
    file,
    {
      header(values) {
        const detected = detectFormat(values);
        format = !options.format || options.format === 'auto' ? detected : options.format;
        if (!format) {
          // The header is not quoted: a file that is not an export must not have its content echoed (it may be anything).
          throw new ImportError(
            name,
            1,
            null,
            `unknown format: the first line (${values.length} ${values.length === 1 ? 'field' : 'fields'}) is not the header of an online-retail, online-retail-ii or shopify export (${expectedHeaders()})`,
          );
        }
        const cols = columnIndex(format, values);
        if (cols.missing.length > 0) {
          throw new ImportError(
            name,
            1,
            cols.missing[0],
            `missing column(s) for the ${format} format: ${cols.missing.join(', ')} (expected ${FORMATS[format].columns.join(',')})`,
          );
        }
        index = cols.index;
        width = values.length;
      },
      row(values: RawValue[], line) {
        if (values.length !== width) {
          throw new ImportError(
            name,
            line,
            null,
            `has ${values.length} fields, the header has ${width} (broken quoting or a stray comma?)`,
          );
        }
        rows++;
        const l = parseSourceLine(format!, name, line, (c) => values[index[c]]);
        let step = removalStep(rules, l);
        if (step === STEP.kept) {
          if (seen.has(l.key)) step = STEP.duplicate;
          else seen.add(l.key);
        }
        funnel.add(step, l.customerId, l.productId, l.orderId);
        if (step === STEP.kept) batch.addPurchase(l);
        // Returns: whole cancellation lines (UCI) or the returned part of a purchase line (Shopify).
        const returned = l.isCancellation ? Math.abs(l.quantity) : l.returnedQuantity;
        if (returned > 0 && l.customerId !== null && !isNonProduct(rules, l.productId)) {
          const duplicate = l.isCancellation && seen.has(l.key);
          if (l.isCancellation) seen.add(l.key);
          if (!duplicate && step !== STEP.duplicate) {
            batch.addReturn(l, returned, l.isCancellation ? Math.abs(l.lineTotal) : l.returnAmount);
          }
        }
      },
    },
    (p) => options.onProgress?.({ phase: 'read', ...p }),
  );
  if (!format) throw new ImportError(name, null, null, 'the file has no header row');
  if (rows === 0) throw new ImportError(name, null, null, 'the file has a header but no data rows');
  return { format, batch, funnel, rows };
}

/** What each format's header starts with, for the unknown-format message. */
function expectedHeaders(): string {
  return Object.entries(FORMATS)
    .map(([name, f]) => `${name}: ${f.columns.slice(0, 4).join(',')},…`)
    .join('; ');
}

async function existingIds(tx: GraphWriter, query: string): Promise<Set<string>> {
  return new Set((await tx.query<{ id: string }>(query)).map((r) => r.id));
}

function alreadyImportedReport(id: string, file: string, previous: { file: string; importedAt: string }): ImportReport {
  return {
    id,
    file: path.basename(file),
    format: null,
    alreadyImported: true,
    previousImport: previous,
    funnel: [],
    rows: 0,
    lineItems: 0,
    returnLines: 0,
    customers: 0,
    products: 0,
    orders: 0,
    timings: { readMs: 0, writeMs: 0 },
  };
}

type Row = Record<string, unknown>;

/** The report of a finished half-done import: what its first run recorded before writing. */
function resumedReport(id: string, file: string, format: FormatName | null, r: Row, t0: number, readMs: number): ImportReport {
  return {
    id,
    file: path.basename(file),
    format,
    alreadyImported: false,
    funnel: JSON.parse(String(r.funnel)) as FunnelRow[],
    rows: Number(r.rows),
    lineItems: Number(r.lineItems),
    returnLines: Number(r.returnLines),
    customers: Number(r.customers),
    products: Number(r.products),
    orders: Number(r.orders),
    timings: { readMs, writeMs: Date.now() - t0 - readMs },
  };
}

/** Imports `file` into `store`; throws ImportError (graph untouched) on bad input. */
export async function importFile(store: GraphStore, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const t0 = Date.now();
  const id = await fileSha256(file).catch(() => {
    throw new ImportError(path.basename(file), null, null, 'file not found or not readable');
  });
  if (!options.replace) {
    const previous = await store.query<{ file: string; importedAt: string }>('import-by-id', { id });
    if (previous.length > 0) return alreadyImportedReport(id, file, previous[0]);
  }
  const { format, batch, funnel, rows } = await parseFile(file, options);
  const readMs = Date.now() - t0;
  const progress = (message: string) => options.onProgress?.({ phase: 'write', message });
  const onBatch = (p: BatchProgress) => options.onProgress?.({ phase: 'batch', ...p });
  const result = await store.writeInBatches(
    async (tx): Promise<{ alreadyImported: boolean; resumed?: Row }> => {
      if (options.replace) {
        progress('deleting the old graph');
        await tx.query('delete-all');
      } else if ((await tx.query('import-by-id', { id })).length > 0) {
        return { alreadyImported: true };
      }
      const [resumed] = options.replace ? [] : await tx.query<Row>('import-unfinished', { id });
      if (resumed) progress('finishing an import of this file that stopped half-way');
      else {
        const known = options.replace ? new Set<string>() : await existingIds(tx, 'order-ids');
        const already = new Set([...batch.orderIdList()].filter((o) => known.has(o)));
        if (already.size > 0) funnel.moveToAlreadyImported(batch.dropOrders(already), already);
        const report = funnel.rows();
        await tx.bulkLoad('Import', [
          storeRow.Import({
            id,
            file: path.basename(file),
            format,
            importedAt: null,
            ...importCounts(rows, report, batch.returnLineCount),
            funnel: JSON.stringify(report),
          }),
        ]);
      }
      const customersBefore = options.replace ? new Set<string>() : await existingIds(tx, 'customer-ids');
      const productsBefore = options.replace ? new Set<string>() : await existingIds(tx, 'product-ids');
      await writeBatch(tx, batch, { customersBefore, productsBefore, progress });
      await tx.query('customers-buyer-update');
      await tx.query('import-finish', { id, importedAt: new Date().toISOString() });
      return { alreadyImported: false, resumed };
    },
    { onBatch },
  );
  if (result.resumed) return resumedReport(id, file, format, result.resumed, t0, readMs);
  const funnelRows = funnel.rows();
  return {
    id,
    file: path.basename(file),
    format,
    alreadyImported: result.alreadyImported,
    funnel: funnelRows,
    ...importCounts(rows, funnelRows, batch.returnLineCount),
    timings: { readMs, writeMs: Date.now() - t0 - readMs },
  };
}

/** An import's counts: the rows it read, and what the funnel's last step left (lines, customers, products, orders). */
function importCounts(rows: number, funnelRows: FunnelRow[], returnLines: number) {
  const last = funnelRows[funnelRows.length - 1];
  return { rows, lineItems: last.rows, returnLines, customers: last.customers, products: last.products, orders: last.orders };
}
