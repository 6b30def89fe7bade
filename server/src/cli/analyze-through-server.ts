/**
 * `basketgraph analyze` while a server holds the embedded graph: start the run
 * with the server's runAnalysis mutation and follow it with run(id).
 */
import type { AnalysisParams } from '@basketgraph/analysis';
import { remoteMutation } from './remote-server.js';
import { createProgress } from './progress.js';

const START = `mutation($params: AnalysisParamsInput) { runAnalysis(params: $params) { id status } }`;
const FOLLOW = `query($id: ID!) { run(id: $id) { id status stage progress k error defaultModel timings { stage ms } } }`;

interface RemoteRun {
  id: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  stage: string | null;
  progress: number | null;
  k: number | null;
  error: string | null;
  defaultModel: string | null;
  timings: { stage: string; ms: number }[];
}

/** Checked parameters (parseAnalysisParams) in the API's input shape. */
export function toApiParams(p: AnalysisParams): Record<string, unknown> {
  const { k, features, ...rest } = p;
  const out: Record<string, unknown> = { ...(k === 'auto' ? { autoK: true } : { k }), features: features.toUpperCase(), ...rest };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export async function analyzeThroughServer(
  url: string,
  token: string | undefined,
  params: AnalysisParams,
  pollMs = 500,
): Promise<RemoteRun> {
  process.stderr.write(`the graph is in use by the server at ${url}: running the analysis there\n`);
  const { runAnalysis } = await remoteMutation<{ runAnalysis: { id: string } }>(url, token, START, { params: toApiParams(params) });
  const progress = createProgress('analyze');
  try {
    for (;;) {
      await new Promise((r) => setTimeout(r, pollMs));
      const { run } = await remoteMutation<{ run: RemoteRun | null }>(url, token, FOLLOW, { id: runAnalysis.id });
      if (!run) throw new Error(`the server at ${url} lost track of run ${runAnalysis.id}`);
      progress.update(run.progress ?? 0, run.stage ?? '');
      if (run.status === 'FAILED') throw new Error(`analysis run ${run.id} failed on the server: ${run.error}`);
      if (run.status === 'COMPLETED') return run;
    }
  } finally {
    progress.stop();
  }
}
