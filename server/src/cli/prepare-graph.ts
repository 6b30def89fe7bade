/**
 * What `basketgraph start` does before serving: brings the graph to a state
 * the explorer can show in full — imported, analysed, evaluated — doing only
 * the steps that are missing, so later starts are up in seconds.
 */
import type { GraphStore } from '@basketgraph/cypher';
import { EvaluationError, loadDataset, type PurchaseDataset } from '@basketgraph/analysis';
import { importFiles } from './commands/import-command.js';
import { analyzeWithProgress, printAnalysisSummary } from './commands/analyze-command.js';
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
  let analysed = false;
  if ((await store.query('current-run')).length === 0) {
    log('No analysis yet: running it with the default parameters');
    printAnalysisSummary(await analyzeWithProgress(store, {}, await purchases()));
    analysed = true;
  }
  let evaluated: string | null = null;
  if ((await store.query('evaluation-latest')).length === 0) {
    log(`No evaluation yet: evaluating the recommenders (cutoff ${options.cutoff})`);
    evaluated = await evaluateOrWarn(store, options.cutoff, log, await purchases());
  }
  return { imported, analysed, evaluated };
}

/** The evaluation's cutoff, or null when the data cannot be split (then the explorer says how to run it). */
async function evaluateOrWarn(
  store: GraphStore,
  cutoff: string,
  log: (line: string) => void,
  dataset: PurchaseDataset,
): Promise<string | null> {
  try {
    const report = await evaluateWithProgress(store, { cutoff }, dataset);
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
