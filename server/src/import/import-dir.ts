/**
 * The server reads import files from one directory only (IMPORT_DIR, like
 * Neo4j's import directory). A requested path is resolved against it; `..`
 * and symlinks that lead outside are refused, and a path outside is refused
 * before anything there is opened or even looked up, so the answer says
 * nothing about files outside the directory.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** A path the import mutation will not read; the message is safe to send to the client. */
export class ImportPathError extends Error {}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/**
 * The real path of the regular file `requested` names inside `importDir`
 * (relative to it, or absolute); throws ImportPathError otherwise.
 */
export function resolveImportPath(importDir: string, requested: string): string {
  const dir = path.resolve(importDir);
  let realDir: string;
  try {
    realDir = realpathSync(dir);
  } catch {
    throw new ImportPathError(`the server's import directory ${dir} does not exist: create it and put the file there`);
  }
  const outside = () =>
    new ImportPathError(
      `refused: "${requested}" is outside the server's import directory; put the file in IMPORT_DIR (${realDir}) and pass its path relative to it`,
    );
  const candidate = path.resolve(realDir, requested);
  // The directory as configured and as resolved both count (e.g. /tmp → /private/tmp).
  if (!isInside(realDir, candidate) && !isInside(dir, candidate)) throw outside();
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    throw new ImportPathError(`no file "${requested}" in the import directory ${realDir}`);
  }
  if (!isInside(realDir, real)) throw outside(); // a symlink that leads out
  if (!statSync(real).isFile()) throw new ImportPathError(`"${requested}" in the import directory is not a file`);
  return real;
}

/** `file` relative to `importDir` when it is already inside it (after resolving symlinks), else null. */
export function pathInImportDir(importDir: string, file: string): string | null {
  try {
    const realDir = realpathSync(importDir);
    const real = realpathSync(file);
    return isInside(realDir, real) ? path.relative(realDir, real) : null;
  } catch {
    return null;
  }
}
