/**
 * Serves the built Vue client (client/dist) at `/` through sirv, with a
 * fallback to index.html for client-side routes; a plain page when it is not
 * built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { lookup } from 'mrmime';
import sirv from 'sirv';

/** Vite's content-hashed build outputs: safe to cache for good. */
const HASHED = /[.-][0-9a-zA-Z_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)$/;

const NOT_BUILT = `<!doctype html><html><head><meta charset="utf-8"><title>basketgraph</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>basketgraph</h1><p>The web client is not built (no <code>client/dist</code>).
Build it with <code>npm run build -w client</code>, or use the API: <a href="/graphql">GraphiQL at /graphql</a>.</p>
</body></html>`;

function send(res: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(head ? undefined : body);
}

export function staticFiles(clientDir: string | null) {
  const root = clientDir && existsSync(path.join(clientDir, 'index.html')) ? path.resolve(clientDir) : null;
  // The file list is read once, at start (a rebuilt client is served after a restart). `single`: a path
  // without a file extension that is no file gets index.html (client-side routes); a missing asset is a 404.
  const serve = root
    ? sirv(root, {
        single: true,
        setHeaders: (res, pathname) => {
          res.setHeader('cache-control', HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache');
          // sirv names the charset of HTML only; text assets say it too.
          const type = lookup(pathname);
          if (type?.startsWith('text/') && type !== 'text/html') res.setHeader('content-type', `${type}; charset=utf-8`);
        },
      })
    : null;
  return (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n', head);
      return;
    }
    if (!serve) {
      if (pathname === '/' || pathname === '/index.html') send(res, 200, 'text/html; charset=utf-8', NOT_BUILT, head);
      else send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head);
      return;
    }
    serve(req, res, () => send(res, 404, 'text/plain; charset=utf-8', 'not found\n', head));
  };
}
