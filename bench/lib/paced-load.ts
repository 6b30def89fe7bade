/**
 * An open-loop load: requests sent at a constant rate whatever the server answers, each timed from when it was
 * due, not from when it was sent (so a stalled server is not excused by the generator slowing down: no coordinated
 * omission), over a keep-alive pool of `connections` sockets. autocannon's `overallRate` instead gives each of its
 * connections a quota per second that the connection spends back to back from the start of each second: the
 * server sees ≈ `connections` requests at once for part of each second and none for the rest. Both are reported;
 * this one is the arrival pattern of many independent clients.
 */
import http from 'node:http';
import { percentile, round2 as round } from './measure.js';

export interface PacedResult {
  sent: number;
  completed: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export async function pacedLoad(options: {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  body: () => string;
  onResponse?: (status: number, text: string) => void;
}): Promise<PacedResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let completed = 0;
  const total = Math.round(options.rate * options.seconds);
  const start = performance.now();
  const pending = new Set<Promise<void>>();
  const send = (due: number) => {
    const payload = options.body();
    const done = new Promise<void>((resolve) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - due);
            completed++;
            if (res.statusCode !== 200) non2xx++;
            options.onResponse?.(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'));
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(payload);
    });
    pending.add(done);
    void done.then(() => pending.delete(done));
  };
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    // Every request due by now, each timed from its own due time.
    while (sent < total && start + (sent * 1000) / options.rate <= now) send(start + (sent++ * 1000) / options.rate);
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    sent,
    completed,
    errors,
    non2xx,
    rps: round(completed / ((performance.now() - start) / 1000)),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
  };
}
