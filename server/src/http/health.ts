/** `/healthz`: the store answers; `/readyz`: an analysis run has completed (results to serve). */
import type { ServerResponse } from 'node:http';
import type { GraphReader } from '@basketgraph/cypher';

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function healthz(store: GraphReader, res: ServerResponse): Promise<void> {
  try {
    await store.query('api-health');
    json(res, 200, { status: 'ok' });
  } catch {
    json(res, 503, { status: 'unavailable', reason: 'the graph store does not answer' });
  }
}

export async function readyz(store: GraphReader, res: ServerResponse, analysisInProgress: () => string | null): Promise<void> {
  try {
    const runs = await store.query<{ run: { id: string; status: string; finishedAt: string | null } }>('api-runs');
    const done = runs.find((r) => r.run.status === 'completed');
    if (done) json(res, 200, { status: 'ready', run: done.run.id, finishedAt: done.run.finishedAt });
    else json(res, 503, { status: 'not ready', reason: analysisInProgress() ?? 'no completed analysis run in the graph yet' });
  } catch {
    json(res, 503, { status: 'not ready', reason: 'the graph store does not answer' });
  }
}
