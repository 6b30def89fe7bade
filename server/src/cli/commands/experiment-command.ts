/** `basketgraph experiment create|start|stop|report|simulate`: A/B tests of recommendation strategies. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  changeStatus,
  checkVariants,
  createExperiment,
  experimentReportFromGraph,
  loadDataset,
  parseVariantList,
  saveReplay,
  simulateExperiment,
  STRATEGIES,
} from '@basketgraph/analysis';
import { loadConfig } from '../../config.js';
import { withStore } from '../open-store.js';
import { formatExperimentReport } from '../print-experiment.js';

const out = (text: string) => process.stdout.write(text);
const writeJson = (file: string | undefined, value: unknown) => file && writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

export function registerExperiment(program: Command): void {
  const experiment = program
    .command('experiment')
    .description('A/B tests of recommendation strategies: create, start, stop, report, or replay one on past orders');
  const variantsHelp = `comma-separated variants, the first is the control: STRATEGY or NAME=STRATEGY[:WEIGHT] (strategies: ${STRATEGIES.join(', ')})`;

  experiment
    .command('create <id>')
    .description('define an experiment (status draft)')
    .requiredOption('--variants <list>', variantsHelp)
    .option('--name <name>', 'readable name')
    .option('--attribution-days <n>', 'days after an exposure in which an order with a shown product converts', '30')
    .action(async (id: string, opts: { variants: string; name?: string; attributionDays: string }) => {
      const x = await withStore(loadConfig(), { owner: 'basketgraph experiment create' }, (store) =>
        createExperiment(store, {
          id,
          name: opts.name,
          variants: parseVariantList(opts.variants),
          attributionDays: Number(opts.attributionDays),
        }),
      );
      out(`created ${x.id}: ${x.variants.map((v) => `${v.name}=${v.strategy}:${v.weight}${v.control ? ' (control)' : ''}`).join(', ')}\n`);
    });

  for (const action of ['start', 'stop'] as const) {
    experiment
      .command(`${action} <id>`)
      .description(
        action === 'start' ? 'start serving an experiment (draft → running)' : 'stop an experiment (running → stopped; its report stays)',
      )
      .action(async (id: string) => {
        const x = await withStore(loadConfig(), { owner: `basketgraph experiment ${action}` }, (store) => changeStatus(store, id, action));
        out(`${x.id} is ${x.status}\n`);
      });
  }

  experiment
    .command('report <id>')
    .description(
      'per variant: assigned, exposed, CTR, conversion, revenue per exposed customer with 95 % intervals; differences from the control; SRM; sample size',
    )
    .option('--lift <x>', 'relative lift of the control’s conversion rate to size the test for', '0.1')
    .option('--json [file]', 'print JSON (or write it to a file)')
    .action(async (id: string, opts: { lift: string; json?: string | boolean }) => {
      const r = await withStore(loadConfig(), { readOnly: true, owner: 'basketgraph experiment report' }, (store) =>
        experimentReportFromGraph(store, id, { lift: Number(opts.lift) }),
      );
      if (opts.json === true) out(JSON.stringify(r, null, 2) + '\n');
      else {
        out(formatExperimentReport(r.experiment, r.report));
        writeJson(typeof opts.json === 'string' ? opts.json : undefined, r);
      }
    });

  experiment
    .command('simulate')
    .description(
      'replay an experiment on past orders: customers who ordered on/after the cutoff, assigned by the same hash, shown their variant’s top N as of the cutoff, converting by the orders after it',
    )
    .requiredOption('--cutoff <date>', 'YYYY-MM-DD')
    .requiredOption('--variants <list>', variantsHelp)
    .option('--id <id>', 'experiment id (the hash input; also where the replay is stored)', '')
    .option('--top <n>', 'list length shown', '10')
    .option('--attribution-days <n>', 'days after the cutoff in which an order with a shown product converts', '30')
    .option('--lift <x>', 'relative lift to size the test for', '0.1')
    .option('--no-save', 'do not store the replay as an Experiment (status replay) in the graph')
    .option('--json [file]', 'print JSON (or write it to a file)')
    .action(
      async (opts: {
        cutoff: string;
        variants: string;
        id: string;
        top: string;
        attributionDays: string;
        lift: string;
        save: boolean;
        json?: string | boolean;
      }) => {
        const variants = checkVariants(parseVariantList(opts.variants));
        const id = opts.id || `replay-${opts.cutoff}`;
        const t0 = performance.now();
        const result = await withStore(loadConfig(), { readOnly: !opts.save, owner: 'basketgraph experiment simulate' }, async (store) => {
          const simulation = simulateExperiment(await loadDataset(store), {
            experimentId: id,
            cutoff: opts.cutoff,
            variants,
            top: Number(opts.top),
            attributionDays: Number(opts.attributionDays),
            lift: Number(opts.lift),
          });
          const x = opts.save
            ? await saveReplay(store, { id, variants, simulation })
            : { id, name: `replay at ${opts.cutoff}`, status: 'replay' as const, attributionDays: simulation.attributionDays };
          return { experiment: x, simulation };
        });
        const seconds = ((performance.now() - t0) / 1000).toFixed(1);
        const { report, ...replay } = result.simulation;
        if (opts.json === true) out(JSON.stringify({ experiment: result.experiment, replay, report }, null, 2) + '\n');
        else {
          out(
            `${replay.customers} customers ordered on/after ${replay.cutoff} (${replay.withoutHistory} without earlier orders: shown global popularity); ${seconds} s\n`,
          );
          out(formatExperimentReport(result.experiment, report));
          writeJson(typeof opts.json === 'string' ? opts.json : undefined, {
            experiment: result.experiment,
            replay,
            report,
            seconds: Number(seconds),
          });
        }
      },
    );
}
