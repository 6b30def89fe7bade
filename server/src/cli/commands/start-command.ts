/**
 * `basketgraph start` (what `npm start` runs): on an empty graph, import the
 * bundled Online Retail file; when no analysis has completed, run it; build
 * the web client if needed; then start the server. Later starts reuse the graph and are up in seconds.
 */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../config.js';
import { openStore } from '../open-store.js';
import { importFiles } from './import-command.js';
import { graphStats, printStats } from './stats-command.js';
import { serve } from './serve-command.js';
import { analyzeWithProgress, printAnalysisSummary } from './analyze-command.js';
import { clientIsStale, ensureClientBuilt } from '../client-build.js';

export const BUNDLED_DATA = fileURLToPath(new URL('../../../../data/online-retail/online_retail.csv.gz', import.meta.url));

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('import the bundled data into an empty graph, analyse it if it has no analysis, then serve it')
    .action(async () => {
      const config = loadConfig();
      const store = await openStore(config, { owner: `basketgraph start (serving on port ${config.PORT})` });
      try {
        let stats = await graphStats(store);
        if (stats.orders === 0) {
          const file = config.BASKETGRAPH_DATA ?? BUNDLED_DATA;
          process.stderr.write(`The graph is empty: importing ${file}\n`);
          await importFiles(store, [file], {});
          stats = await graphStats(store);
        }
        if ((await store.query('latest-completed-run')).length === 0) {
          process.stderr.write('No analysis yet: running it with the default parameters\n');
          printAnalysisSummary(await analyzeWithProgress(store, {}));
          stats = await graphStats(store);
        }
        printStats(stats);
        if (clientIsStale()) {
          process.stderr.write('Building the web client (client/dist)…\n');
          ensureClientBuilt();
        }
        await serve(store, config);
      } finally {
        await store.close();
      }
    });
}
