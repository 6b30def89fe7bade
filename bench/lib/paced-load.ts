/**
 * An open-loop load: requests sent at a constant rate whatever the server answers, each timed from when it was
 * due, not from when it was sent (so a stalled server is not excused by the generator slowing down: no coordinated
 * omission), over a keep-alive pool of `connections` sockets. autocannon's `overallRate` instead gives each of its
 * connections a quota per second that the connection spends back to back from the start of each second: the
 * server sees ≈ `connections` requests at once for part of each second and none for the rest. Both are reported;
 * this one is the arrival pattern of many independent clients.
 */
import http from 'node:http';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { percentile, round2 as round } from './measure.js';

/**
 * When each request is due, in ms from the start: evenly spaced, or Poisson arrivals (independent clients: gaps
 * drawn from an exponential distribution with the same mean, from a seeded generator, so a rerun offers the same load).
 */
export function dueTimes(rate: number, total: number, arrivals: 'even' | 'poisson', seed = 42): Float64Array {
  const due = new Float64Array(total);
  const rng = xoroshiro128plus(seed);
  let t = 0;
  for (let i = 0; i < total; i++) {
    due[i] = arrivals === 'even' ? (i * 1000) / rate : t;
    if (arrivals === 'poisson') t += (-Math.log(1 - uniformFloat64(rng)) * 1000) / rate;
  }
  return due;
}

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
  /** Evenly spaced (default) or Poisson arrivals at the same mean rate. */
  arrivals?: 'even' | 'poisson';
}): Promise<PacedResult> {
  const target = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let completed = 0;
  const total = Math.round(options.rate * options.seconds);
  const due = dueTimes(options.rate, total, options.arrivals ?? 'even');
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
    while (sent < total && start + due[sent] <= now) send(start + due[sent++]);
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
