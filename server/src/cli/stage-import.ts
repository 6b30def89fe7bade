/**
 * A server imports only from its import directory (IMPORT_DIR). The CLI runs
 * on the same machine, so to import a file through the server it names the
 * file relative to that directory, copying it into a fresh subdirectory there
 * first when it lives elsewhere (the copy is removed afterwards).
 */
import { copyFileSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { ImportError } from '@basketgraph/seed';
import { pathInImportDir } from '../import/import-dir.js';

export interface StagedFile {
  /** What to send as importTransactions(path:). */
  path: string;
  /** Removes the copy, if one was made. */
  cleanup(): void;
}

export function stageForImport(importDir: string | null, file: string): StagedFile {
  // A server that recorded no import directory (Neo4j: it may run elsewhere): a file here goes by its absolute
  // path, any other name as given, for the server to find in its own import directory (it refuses what is outside).
  if (importDir === null) return { path: existsSync(file) ? path.resolve(file) : file, cleanup: () => {} };
  if (!existsSync(file) || !statSync(file).isFile())
    throw new ImportError(path.basename(file), null, null, 'file not found or not readable');
  const inside = pathInImportDir(importDir, file);
  if (inside !== null) return { path: inside, cleanup: () => {} };
  let dir: string | undefined;
  try {
    dir = mkdtempSync(path.join(importDir, '.basketgraph-cli-'));
    copyFileSync(file, path.join(dir, path.basename(file)), constants.COPYFILE_FICLONE);
  } catch (e) {
    if (dir) rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `cannot copy ${file} into the server's import directory ${importDir} (${(e as Error).message}): copy it there yourself and import it by its name`,
      { cause: e },
    );
  }
  const copy = dir;
  return {
    path: path.join(path.basename(copy), path.basename(file)),
    cleanup: () => rmSync(copy, { recursive: true, force: true }),
  };
}
