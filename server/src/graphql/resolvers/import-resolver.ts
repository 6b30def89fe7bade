/** `imports` and the admin mutation `importTransactions`. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ImportError } from '@basketgraph/seed';
import type { ApiContext } from '../context.js';
import { ImportReport } from '../types/import-report.js';
import { ImportFormat } from '../types/enums.js';
import { requireAdmin } from '../admin.js';
import { badInput, conflict } from '../errors.js';
import { toFunnel, toImportReport } from '../data/rows.js';
import { BusyError } from '../../analysis/analysis-runner.js';
import { gatedStore } from '../gated-store.js';
import { ImportPathError, resolveImportPath } from '../../import/import-dir.js';

@Resolver(() => ImportReport)
export class ImportResolver {
  @Query(() => [ImportReport], { description: 'every import with its cleaning funnel, newest first' })
  async imports(@Ctx() ctx: ApiContext) {
    return (await ctx.store.query('imports')).map(toImportReport);
  }

  @Mutation(() => ImportReport, {
    description:
      "admin: imports an export file from the server's import directory (IMPORT_DIR), in one transaction; paths outside it are refused",
  })
  async importTransactions(
    @Arg('path', () => String, { description: "the file's path relative to the server's import directory (or absolute, inside it)" })
    path: string,
    @Ctx() ctx: ApiContext,
    @Arg('format', () => ImportFormat, { nullable: true, defaultValue: ImportFormat.AUTO }) format?: ImportFormat,
    @Arg('replace', () => Boolean, { nullable: true, defaultValue: false, description: 'delete the whole graph first' }) replace?: boolean,
  ) {
    requireAdmin(ctx);
    const file = fileInImportDir(ctx.services.importDir, path);
    try {
      const report = await ctx.services.runner.exclusiveWork('an import', () =>
        ctx.services.importFile(gatedStore(ctx.store, ctx.services.gate), file, {
          format: format ?? ImportFormat.AUTO,
          replace: replace ?? false,
        }),
      );
      return {
        id: report.id,
        file: report.file,
        format: report.format,
        importedAt: report.previousImport?.importedAt ?? new Date().toISOString(),
        alreadyImported: report.alreadyImported,
        rows: report.rows,
        lineItems: report.lineItems,
        returnLines: report.returnLines,
        customers: report.customers,
        products: report.products,
        orders: report.orders,
        funnel: toFunnel(report.funnel),
        readMs: report.timings.readMs,
        writeMs: report.timings.writeMs,
      };
    } catch (e) {
      if (e instanceof ImportError) throw badInput(e.message, 'path');
      if (e instanceof BusyError) throw conflict(e.message);
      throw e;
    }
  }
}

function fileInImportDir(importDir: string | null, requested: string): string {
  if (importDir === null) throw badInput('imports are off: this server has no import directory (IMPORT_DIR)', 'path');
  try {
    return resolveImportPath(importDir, requested);
  } catch (e) {
    if (e instanceof ImportPathError) throw badInput(e.message, 'path');
    throw e;
  }
}
