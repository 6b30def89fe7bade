/**
 * Builds the Vue explorer (client/dist) when it is missing or older than any
 * source it is built from: `npm start` and the end-to-end test call this.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const CLIENT = path.join(REPO, 'client');
export const CLIENT_DIST = path.join(CLIENT, 'dist');

function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((name) => newest(path.join(p, name))));
}

export function clientIsStale(): boolean {
  const index = path.join(CLIENT_DIST, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newest(path.join(CLIENT, p)));
  return built === 0 || Math.max(...sources, newest(path.join(REPO, 'cypher/README.md'))) > built;
}

/** Builds with Vite when stale (no type-check: that is `npm run build -w client`). Returns true when it built. */
export function ensureClientBuilt(): boolean {
  if (!clientIsStale()) return false;
  const vite = path.join(REPO, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: CLIENT, stdio: 'pipe', timeout: 180_000 });
  return true;
}
