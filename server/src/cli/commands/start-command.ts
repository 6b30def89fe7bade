/**
 * `basketgraph start` (what `npm start` runs): brings the graph up to date —
 * imports the bundled Online Retail file into an empty graph, analyses it when
 * no analysis has completed, evaluates the recommenders when nothing was
 * evaluated (prepare-graph.ts) — builds the web client if needed, then starts
 * the server. Later starts reuse the graph and are up in seconds.
 */
import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../config.js';
import { openStore } from '../open-store.js';
import { prepareGraph } from '../prepare-graph.js';
import { graphStats, printStats } from './stats-command.js';
import { serve } from './serve-command.js';
import { servedAt } from '../remote-server.js';
import { clientIsStale, ensureClientBuilt } from '../client-build.js';

export const BUNDLED_DATA = fileURLToPath(new URL('../../../../data/online-retail/online_retail.csv.gz', import.meta.url));
/** The bundled data's evaluation split: the one the default recommender was chosen on (bench/results/recommender-selection.md). */
export const BUNDLED_CUTOFF = '2011-09-09';

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('import the bundled data into an empty graph, analyse and evaluate it if that was not done, then serve it')
    .action(async () => {
      const config = loadConfig();
      const store = await openStore(config, {
        owner: `basketgraph start (serving on port ${config.PORT})`,
        server: servedAt(config),
        use: 'imports',
      });
      try {
        await prepareGraph(store, {
          dataFile: config.BASKETGRAPH_DATA ?? BUNDLED_DATA,
          cutoff: config.BASKETGRAPH_DATA ? 'auto' : BUNDLED_CUTOFF,
        });
        printStats(await graphStats(store));
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
