/** `basketgraph analyze [--k 4|auto] [--seed 42] …`: runs the analysis job with progress. */
import type { Command } from 'commander';
import type { GraphStore } from '@basketgraph/cypher';
import {
  checkEvaluationOptions,
  loadDataset,
  MODEL_NAMES,
  parseAnalysisParams,
  runAnalysis,
  type AnalysisParamsInput,
  type AnalysisRunSummary,
  type CheckedEvaluationOptions,
  type EvaluationReport,
  type PurchaseDataset,
} from '@basketgraph/analysis';
import { loadConfig } from '../../config.js';
import { createProgress, createProgressGroup, type Progress, type ProgressGroup } from '../progress.js';
import { formatTable } from '../print-table.js';
import { withStoreOrServer } from '../remote-server.js';
import { analyzeThroughServer } from '../analyze-through-server.js';
import { evaluateThroughServer } from '../evaluate-through-server.js';
import { evaluateWithProgress, printEvaluation } from './evaluate-command.js';

export async function analyzeWithProgress(
  store: GraphStore,
  params: AnalysisParamsInput,
  dataset?: PurchaseDataset,
  progress: Progress = createProgress('analyze'),
): Promise<AnalysisRunSummary> {
  try {
    return await runAnalysis(store, params, {
      twoThreads: true,
      dataset,
      onProgress: (p) => progress.update(p.fraction, p.message ? `${p.stage}: ${p.message}` : p.stage),
    });
  } finally {
    progress.stop();
  }
}

/** What `analyze --evaluate` did: the analysis always stands; the evaluation gave a report or failed. */
export type AnalyzedAndEvaluated = { run: AnalysisRunSummary } & EvaluationOutcome;
type EvaluationOutcome = { report: EvaluationReport; evaluationError?: undefined } | { report?: undefined; evaluationError: unknown };

/** The analysis step of analyzeAndEvaluate (a test may wrap it). */
export type AnalysisStep = (
  store: GraphStore,
  params: AnalysisParamsInput,
  dataset: PurchaseDataset,
  progress: Progress,
) => Promise<AnalysisRunSummary>;

export interface AnalyzeAndEvaluateJob {
  progress?: ProgressGroup;
  analyze?: AnalysisStep;
  /** The purchases, already read from this store by `loadDataset`: nothing is read. */
  dataset?: PurchaseDataset;
}

async function readPurchases(store: GraphStore): Promise<PurchaseDataset> {
  const load = createProgress('load');
  try {
    load.stage('reading purchases from the graph');
    return await loadDataset(store);
  } finally {
    load.stop();
  }
}

/**
 * `analyze --evaluate CUTOFF`: the purchases are read from the graph once and both the analysis and the evaluation
 * work on them (the analysis changes no purchase, so the evaluation sees the same data it would read). They run at
 * the same time: the evaluation computes in a worker thread while the analysis runs here, and stores its result only
 * after the analysis has published (writes stay in order). An analysis failure terminates the evaluation's worker and
 * is thrown; an evaluation failure leaves the analysis published and comes back as `evaluationError`.
 */
export async function analyzeAndEvaluate(
  store: GraphStore,
  params: AnalysisParamsInput,
  evaluation: CheckedEvaluationOptions,
  job: AnalyzeAndEvaluateJob = {},
): Promise<AnalyzedAndEvaluated> {
  const { progress = createProgressGroup(), analyze = analyzeWithProgress } = job;
  const dataset = job.dataset ?? (await readPurchases(store));
  const abort = new AbortController();
  let published!: () => void;
  const writeAfter = new Promise<void>((resolve) => (published = resolve));
  const evaluating = evaluateWithProgress(store, evaluation, dataset, {
    worker: true,
    signal: abort.signal,
    writeAfter,
    progress: progress.progress('evaluate'),
  }).then(
    (report): EvaluationOutcome => ({ report }),
    (evaluationError: unknown): EvaluationOutcome => ({ evaluationError }),
  );
  let run: AnalysisRunSummary;
  try {
    run = await analyze(store, params, dataset, progress.progress('analyze'));
  } catch (e) {
    abort.abort(e);
    published(); // nothing is stored after an abort; this only lets an evaluation that already computed see it
    await evaluating;
    progress.stop();
    throw e;
  }
  published();
  const evaluated = await evaluating;
  progress.stop();
  return { run, ...evaluated };
}

export function printAnalysisSummary(run: AnalysisRunSummary): void {
  process.stdout.write(
    `analysis ${run.id} ${run.status}: k = ${run.k}, ${run.rules} rules, ${run.similarEdges} SIMILAR edges, ${run.recommendations} recommendations (${run.defaultModel})\n`,
  );
  process.stdout.write(formatTable(['id', 'name', 'size'], run.segments) + '\n');
  process.stdout.write(
    formatTable(
      ['stage', 'ms'],
      Object.entries(run.timings).map(([stage, ms]) => ({ stage, ms })),
    ) + '\n',
  );
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('compute features, segments, neighbours, basket rules and recommendations, and write them into the graph')
    .option('--k <k>', 'number of segments, or "auto" to choose by silhouette over k = 2..10', '4')
    .option('--seed <n>', 'random seed (same input + seed = same graph)', '42')
    .option('--features <set>', 'clustering input: rfm or extended', 'rfm')
    .option('--min-support <x>', 'FP-Growth minimum support (fraction of orders)', '0.02')
    .option('--min-confidence <x>', 'minimum rule confidence', '0.3')
    .option('--max-len <n>', 'largest itemset size', '3')
    .option('--neighbours <n>', 'SIMILAR edges per customer', '20')
    .option('--recommendations <n>', 'RECOMMENDED edges per customer', '20')
    .option('--model <name>', `recommendation model to precompute: ${MODEL_NAMES.join(', ')} (default: default, the evaluated best)`)
    .option('--evaluate <cutoff>', 'then evaluate every model on this split (as `evaluate --cutoff`), on the same purchases read once')
    .action(async (opts: Record<string, string | undefined>) => {
      // Checked here, as typed, before anything runs or is sent: the same check, and message, as the mutation's.
      const params = parseAnalysisParams({
        k: opts.k,
        seed: opts.seed,
        features: opts.features as never,
        minSupport: opts.minSupport,
        minConfidence: opts.minConfidence,
        maxLen: opts.maxLen,
        neighbours: opts.neighbours,
        recommendations: opts.recommendations,
        model: opts.model,
      });
      const evaluation = opts.evaluate === undefined ? null : checkEvaluationOptions({ cutoff: opts.evaluate });
      const config = loadConfig();
      await withStoreOrServer(
        config,
        'basketgraph analyze',
        async (store) => {
          if (!evaluation) return printAnalysisSummary(await analyzeWithProgress(store, params));
          const { run, report, evaluationError } = await analyzeAndEvaluate(store, params, evaluation);
          printAnalysisSummary(run);
          if (!report) throw evaluationError;
          printEvaluation(report);
        },
        async (server) => {
          const run = await analyzeThroughServer(server.url, config.ADMIN_TOKEN, params);
          process.stdout.write(`analysis ${run.id} completed on the server: k = ${run.k}, recommendations by ${run.defaultModel}\n`);
          process.stdout.write(formatTable(['stage', 'ms'], run.timings) + '\n');
          // Through a server each step reads the graph on the server's side: nothing to share here.
          if (evaluation) printEvaluation(await evaluateThroughServer(server.url, config.ADMIN_TOKEN, evaluation));
        },
      );
    });
}
