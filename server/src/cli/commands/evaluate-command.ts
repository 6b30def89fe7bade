/** `basketgraph evaluate --cutoff 2011-09-09|auto [--top 10] [--json FILE]` */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { GraphStore } from '@basketgraph/cypher';
import {
  checkEvaluationOptions,
  MODEL_NAMES,
  runEvaluation,
  type EvaluationOptions,
  type EvaluationReport,
  type PurchaseDataset,
} from '@basketgraph/analysis';
import { loadConfig } from '../../config.js';
import { createProgress, type Progress } from '../progress.js';
import { formatTable } from '../print-table.js';
import { withStoreOrServer } from '../remote-server.js';
import { evaluateThroughServer } from '../evaluate-through-server.js';

export async function evaluateWithProgress(
  store: GraphStore,
  options: { cutoff: string; top?: number; models?: string[] },
  dataset?: PurchaseDataset,
  job: Pick<EvaluationOptions, 'worker' | 'signal' | 'writeAfter'> & { progress?: Progress } = {},
): Promise<EvaluationReport> {
  const { progress = createProgress('evaluate'), ...run } = job;
  try {
    return await runEvaluation(store, {
      ...options,
      ...run,
      dataset,
      onProgress: (message, fraction) => (fraction === undefined ? progress.stage(message) : progress.update(fraction, message)),
    });
  } finally {
    progress.stop();
  }
}

export function printEvaluation(report: EvaluationReport): void {
  const pct = (x: number) => x.toFixed(4);
  process.stdout.write(`cutoff ${report.cutoff}, ${report.users} customers evaluated, top ${report.top}\n`);
  process.stdout.write(
    formatTable(
      ['model', 'precision', 'recall', 'ndcg', '±95%', 'vs default', 'hitRate', 'map', 'coverage', 'fit s'],
      report.models.map((m) => ({
        model: m.default ? `${m.name} (default)` : m.name,
        precision: pct(m.precision),
        recall: pct(m.recall),
        ndcg: pct(m.ndcg),
        '±95%': pct(1.96 * m.ndcgStdError),
        'vs default':
          m.ndcgVsDefault === null
            ? ''
            : `${m.ndcgVsDefault >= 0 ? '+' : ''}${pct(m.ndcgVsDefault)} ± ${pct(1.96 * m.ndcgVsDefaultStdError!)}`,
        hitRate: pct(m.hitRate),
        map: pct(m.map),
        coverage: pct(m.coverage),
        'fit s': Number.isNaN(m.fitMs) ? '' : (m.fitMs / 1000).toFixed(1),
      })),
    ) + '\n',
  );
}

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('evaluate every recommendation model on a time split: train before the cutoff, test on/after it')
    .requiredOption('--cutoff <date>', 'YYYY-MM-DD, or auto: the test is the last quarter of the order dates')
    .option('--top <n>', 'list length k of the @k metrics', '10')
    .option('--models <names>', `comma-separated models to evaluate (default: all: ${MODEL_NAMES.join(', ')})`)
    .option('--json <file>', 'also write the result as JSON')
    .action(async (opts: { cutoff: string; top: string; models?: string; json?: string }) => {
      // Checked here, as typed, before anything runs or is sent: the same check, and message, as the mutation's.
      const request = checkEvaluationOptions({
        cutoff: opts.cutoff,
        top: opts.top,
        models: opts.models
          ?.split(',')
          .map((m) => m.trim())
          .filter(Boolean),
      });
      const config = loadConfig();
      const report = await withStoreOrServer(
        config,
        'basketgraph evaluate',
        (store) => evaluateWithProgress(store, request),
        (server) => evaluateThroughServer(server.url, config.ADMIN_TOKEN, request),
      );
      printEvaluation(report);
      if (opts.json) {
        const { id: _id, ...json } = report;
        writeFileSync(opts.json, JSON.stringify(json, null, 2) + '\n');
        process.stdout.write(`wrote ${opts.json}\n`);
      }
    });
}
