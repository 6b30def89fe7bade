/** `basketgraph import FILE… [--format] [--replace]` */
import type { Command } from 'commander';
import { FORMAT_NAMES, importFile, type ImportReport } from '@basketgraph/seed';
import type { GraphStore } from '@basketgraph/cypher';
import { remoteMutation, withStoreOrServer, type RemoteServer } from '../remote-server.js';
import { stageForImport } from '../stage-import.js';
import { graphBufferBytes, loadConfig } from '../../config.js';
import { createProgress } from '../progress.js';
import { formatTable } from '../print-table.js';
import { buildAndSwap } from '../replace-graph.js';

export function printImportReport(report: ImportReport, out: NodeJS.WritableStream = process.stdout): void {
  if (report.alreadyImported) {
    out.write(`${report.file}: already imported (${report.previousImport?.importedAt}); the graph is unchanged.\n`);
    return;
  }
  out.write(`${report.file} (${report.format}): cleaning funnel\n`);
  out.write(formatTable(['step', 'removed', 'rows', 'customers', 'products', 'orders'], report.funnel as never) + '\n');
  out.write(
    `kept ${report.lineItems} purchase lines, ${report.returnLines} return lines; ` +
      `read ${(report.timings.readMs / 1000).toFixed(1)} s, wrote ${(report.timings.writeMs / 1000).toFixed(1)} s\n`,
  );
}

/** Imports files one after another with progress (on Neo4j: one line per committed batch). */
export async function importFiles(
  store: GraphStore,
  files: string[],
  options: { format?: string; replace?: boolean },
): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const [i, file] of files.entries()) {
    const progress = createProgress(`import ${file}`);
    try {
      reports.push(
        await importFile(store, file, {
          format: (options.format ?? 'auto') as never,
          replace: options.replace && i === 0,
          onProgress: (p) => {
            if (p.phase === 'read') progress.update(p.totalBytes ? p.bytesRead / p.totalBytes : 0, `${p.rows} rows`);
            else if (p.phase === 'batch') progress.stage(`${p.table}: batch ${p.batch}, ${p.rowsSoFar.toLocaleString('en')} rows written`);
            else progress.stage(p.message);
          },
        }),
      );
    } finally {
      progress.stop();
    }
    printImportReport(reports[reports.length - 1]);
  }
  return reports;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import export files (UCI Online Retail / II as .csv, .csv.gz or .xlsx; Shopify order export)')
    .argument('<files...>', 'files to import')
    .option('--format <format>', `auto | ${FORMAT_NAMES.join(' | ')}`, 'auto')
    .option('--replace', 'delete the whole graph first', false)
    .action(async (files: string[], opts: { format: string; replace: boolean }) => {
      if (opts.format !== 'auto' && !FORMAT_NAMES.includes(opts.format as never)) {
        throw new Error(`--format must be auto or one of ${FORMAT_NAMES.join(', ')}, not "${opts.format}"`);
      }
      const config = loadConfig();
      await withStoreOrServer(
        config,
        'basketgraph import',
        async (store) =>
          void (opts.replace && store.dialect === 'embedded'
            ? await buildAndSwap(
                store,
                { owner: 'basketgraph import --replace', bufferPoolBytes: graphBufferBytes(config, 'imports') },
                (fresh) => importFiles(fresh, files, { ...opts, replace: false }),
              )
            : await importFiles(store, files, opts)),
        (server) => importThroughServer(server, config.ADMIN_TOKEN, files, opts),
        'imports',
      );
    });
}

const IMPORT_MUTATION = `mutation($path: String!, $format: ImportFormat, $replace: Boolean) {
  importTransactions(path: $path, format: $format, replace: $replace) {
    id file format alreadyImported importedAt rows lineItems returnLines customers products orders readMs writeMs
    funnel { step removed rows customers products orders }
  }
}`;

/**
 * The database is held by a running server: send each file through its importTransactions mutation,
 * staged in the server's import directory (stage-import.ts).
 */
async function importThroughServer(
  server: RemoteServer,
  token: string | undefined,
  files: string[],
  opts: { format: string; replace: boolean },
) {
  process.stderr.write(`the graph is in use by the server at ${server.url}: importing through it\n`);
  const formats: Record<string, string> = {
    auto: 'AUTO',
    'online-retail': 'ONLINE_RETAIL',
    'online-retail-ii': 'ONLINE_RETAIL_II',
    shopify: 'SHOPIFY',
  };
  for (const [i, file] of files.entries()) {
    const staged = stageForImport(server.importDir, file);
    try {
      const { importTransactions: r } = await remoteMutation<{
        importTransactions: ImportReport & { importedAt: string; readMs: number; writeMs: number };
      }>(server.url, token, IMPORT_MUTATION, { path: staged.path, format: formats[opts.format], replace: opts.replace && i === 0 });
      printImportReport({
        ...r,
        previousImport: { file: r.file, importedAt: r.importedAt },
        timings: { readMs: r.readMs ?? 0, writeMs: r.writeMs ?? 0 },
      });
    } finally {
      staged.cleanup();
    }
  }
}
