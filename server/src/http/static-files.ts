/**
 * Serves the built Vue client (client/dist) at `/`, with a fallback to
 * index.html for client-side routes; a plain page when it is not built.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
  '.webp': 'image/webp',
};

const NOT_BUILT = `<!doctype html><html><head><meta charset="utf-8"><title>basketgraph</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>basketgraph</h1><p>The web client is not built (no <code>client/dist</code>).
Build it with <code>npm run build -w client</code>, or use the API: <a href="/graphql">GraphiQL at /graphql</a>.</p>
</body></html>`;

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

function sendFile(res: ServerResponse, file: string, head: boolean): void {
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const immutable = /[.-][0-9a-zA-Z_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)$/.test(file);
  res.writeHead(200, {
    'content-type': type,
    'content-length': statSync(file).size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (head) res.end();
  else createReadStream(file).pipe(res);
}

export function staticFiles(clientDir: string | null) {
  const root = clientDir && existsSync(path.join(clientDir, 'index.html')) ? path.resolve(clientDir) : null;
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', head);
      return;
    }
    if (!root) {
      if (pathname === '/' || pathname === '/index.html') send(res, 200, 'text/html; charset=utf-8', NOT_BUILT, head);
      else send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'bad path\n', head);
      return;
    }
    const file = path.resolve(root, '.' + path.posix.normalize(decoded));
    if (file !== root && !file.startsWith(root + path.sep)) {
      send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
      return;
    }
    if (existsSync(file) && statSync(file).isFile()) return sendFile(res, file, head);
    // Client-side routes (no file extension) get the app; missing assets are 404.
    if (path.extname(decoded) === '') return sendFile(res, path.join(root, 'index.html'), head);
    send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
  };
}
