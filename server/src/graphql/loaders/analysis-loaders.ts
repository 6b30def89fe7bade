/** Analysis runs and evaluations, read once per request. */
import { once } from './batch.js';
import type { LoaderDeps } from './deps.js';
import { toEvaluation, toRun } from '../data/rows.js';

type Node = Record<string, unknown>;

export function analysisLoaders({ store }: LoaderDeps) {
  const runs = once(async () => (await store.query<{ run: Node }>('api-runs')).map((r) => toRun(r.run)));
  return {
    /** Runs in the graph, newest first. */
    runs,
    /** The run whose results the graph holds (the newest completed one). */
    completedRun: async () => (await runs()).find((r) => r.status === 'COMPLETED') ?? null,
    evaluation: once(async () => {
      const [row] = await store.query<{ evaluation: Node }>('api-latest-evaluation');
      return row ? toEvaluation(row.evaluation) : null;
    }),
    /** Every evaluation, newest first. */
    evaluations: once(async () => (await store.query<{ evaluation: Node }>('api-evaluations')).map((r) => toEvaluation(r.evaluation))),
  };
}
