/**
 * `basketgraph evaluate` while a server holds the embedded graph: the server's
 * runEvaluation mutation evaluates (in its worker thread) and stores the result.
 */
import type { EvaluationReport } from '@basketgraph/analysis';
import { remoteMutation } from './remote-server.js';

const RUN = `mutation($cutoff: String!, $top: Int, $models: [String!]) {
  runEvaluation(cutoff: $cutoff, top: $top, models: $models) {
    id cutoff top users defaultModel
    models { name settings precision recall ndcg ndcgStdError ndcgVsDefault ndcgVsDefaultStdError hitRate map coverage }
  }
}`;

type RemoteEvaluation = Omit<EvaluationReport, 'models'> & {
  models: Omit<EvaluationReport['models'][number], 'default' | 'fitMs' | 'scoreMs'>[];
};

/** The server's evaluation in the CLI's report shape (fit and score times are not sent: NaN). */
export async function evaluateThroughServer(
  url: string,
  token: string | undefined,
  options: { cutoff: string; top?: number; models?: string[] },
): Promise<EvaluationReport> {
  process.stderr.write(`the graph is in use by the server at ${url}: evaluating there\n`);
  const { runEvaluation: e } = await remoteMutation<{ runEvaluation: RemoteEvaluation }>(url, token, RUN, options);
  return { ...e, models: e.models.map((m) => ({ ...m, default: m.name === e.defaultModel, fitMs: NaN, scoreMs: NaN })) };
}
