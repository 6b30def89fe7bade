/**
 * What `basketgraph start` does before serving: brings the graph to a state
 * the explorer can show in full — imported, analysed, evaluated — doing only
 * the steps that are missing, so later starts are up in seconds.
 */
import type { GraphStore } from '@basketgraph/cypher';
import { checkEvaluationOptions, EvaluationError, loadDataset, type EvaluationReport, type PurchaseDataset } from '@basketgraph/analysis';
import { importFiles } from './commands/import-command.js';
import { analyzeAndEvaluate, analyzeWithProgress, printAnalysisSummary } from './commands/analyze-command.js';
import { evaluateWithProgress, printEvaluation } from './commands/evaluate-command.js';
import { graphStats } from './commands/stats-command.js';

export interface PrepareOptions {
  /** Imported when the graph has no orders. */
  readonly dataFile: string;
  /** The evaluation's cutoff (YYYY-MM-DD or auto); a date outside the data falls back to auto. */
  readonly cutoff: string;
  readonly log?: (line: string) => void;
}

/** Which steps ran: the imported file, whether an analysis ran, the evaluation's cutoff. */
export interface PreparedSteps {
  readonly imported: string | null;
  readonly analysed: boolean;
  readonly evaluated: string | null;
}

export async function prepareGraph(store: GraphStore, options: PrepareOptions): Promise<PreparedSteps> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let imported: string | null = null;
  if ((await graphStats(store)).orders === 0) {
    log(`The graph is empty: importing ${options.dataFile}`);
    await importFiles(store, [options.dataFile], {});
    imported = options.dataFile;
  }
  // Read once, when a step needs them: the analysis and the evaluation share the purchases.
  let dataset: PurchaseDataset | undefined;
  const purchases = async () => (dataset ??= await loadDataset(store));
  const needsAnalysis = (await store.query('current-run')).length === 0;
  const needsEvaluation = (await store.query('evaluation-latest')).length === 0;
  let evaluated: string | null = null;
  if (needsAnalysis && needsEvaluation) {
    log(`No analysis and no evaluation yet: running both at once (default parameters, cutoff ${options.cutoff})`);
    const { run, report, evaluationError } = await analyzeAndEvaluate(store, {}, checkEvaluationOptions({ cutoff: options.cutoff }), {
      dataset: await purchases(),
    });
    printAnalysisSummary(run);
    const first = report ? Promise.resolve(report) : Promise.reject(evaluationError as Error);
    evaluated = await evaluateOrWarn(store, options.cutoff, log, await purchases(), first);
  } else if (needsAnalysis) {
    log('No analysis yet: running it with the default parameters');
    printAnalysisSummary(await analyzeWithProgress(store, {}, await purchases()));
  } else if (needsEvaluation) {
    log(`No evaluation yet: evaluating the recommenders (cutoff ${options.cutoff})`);
    evaluated = await evaluateOrWarn(store, options.cutoff, log, await purchases());
  }
  const analysed = needsAnalysis;
  return { imported, analysed, evaluated };
}

/**
 * The evaluation's cutoff, or null when the data cannot be split (then the explorer says how to run it).
 * `first`: the first attempt, when it already ran (next to the analysis).
 */
async function evaluateOrWarn(
  store: GraphStore,
  cutoff: string,
  log: (line: string) => void,
  dataset: PurchaseDataset,
  first?: Promise<EvaluationReport>,
): Promise<string | null> {
  try {
    const report = await (first ?? evaluateWithProgress(store, { cutoff }, dataset));
    printEvaluation(report);
    return report.cutoff;
  } catch (e) {
    if (!(e instanceof EvaluationError)) throw e;
    if (cutoff !== 'auto') {
      log(`${e.message}; trying --cutoff auto`);
      return evaluateOrWarn(store, 'auto', log, dataset);
    }
    log(`Skipped the evaluation: ${e.message}`);
    return null;
  }
}
