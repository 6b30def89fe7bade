/** `basketgraph stats [--json]`: node and relationship counts. */
import type { Command } from 'commander';
import type { GraphStore } from '@basketgraph/cypher';
import { loadConfig } from '../../config.js';
import { withStore } from '../open-store.js';
import { printRows } from '../print-table.js';

export async function graphStats(store: GraphStore): Promise<Record<string, number>> {
  const [row] = await store.query<Record<string, number>>('stats');
  return row;
}

export function printStats(stats: Record<string, number>): void {
  printRows(
    ['count', 'value'],
    Object.entries(stats).map(([count, value]) => ({ count, value })),
    false,
  );
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('print node and relationship counts')
    .option('--json', 'print JSON', false)
    .action(async (opts: { json: boolean }) => {
      await withStore(loadConfig(), { readOnly: true, owner: 'basketgraph stats' }, async (store) => {
        const stats = await graphStats(store);
        if (opts.json) process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
        else printStats(stats);
      });
    });
}
