/** Builds client/dist when it is missing or older than any source it is built from. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLIENT, DIST, REPO } from './paths';

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newest(path.join(p, name))));
}

export function clientIsStale(): boolean {
  const built = existsSync(path.join(DIST, 'index.html')) ? statSync(path.join(DIST, 'index.html')).mtimeMs : 0;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(path.join(CLIENT, p)));
  return built === 0 || Math.max(...sources, newest(path.join(REPO, 'cypher/README.md'))) > built;
}

/** Returns true when it had to build. */
export function ensureClientBuilt(): boolean {
  if (!clientIsStale()) return false;
  const vite = path.join(REPO, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: CLIENT, stdio: 'pipe', timeout: 120_000 });
  return true;
}
