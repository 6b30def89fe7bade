/** `basketgraph generate --scale N [--seed S] [--from FILE] --out FILE`: a bigger shop, bootstrapped from a real one. */
import type { Command } from 'commander';
import { generateExport } from '@basketgraph/seed';
import { createProgress } from '../progress.js';
import { BUNDLED_DATA } from './start-command.js';

function positiveNumber(name: string, value: string): number {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new Error(`${name} must be a positive number, not "${value}"`);
  return n;
}

export function registerGenerate(program: Command): void {
  program
    .command('generate')
    .description(
      'write an Online Retail export N times the size of a real one (customers bootstrapped from real histories, products swapped along co-purchase links, dates shifted)',
    )
    .requiredOption('--scale <n>', 'customers relative to the source, e.g. 10')
    .requiredOption('--out <file>', 'where to write the CSV (gzip-compressed when it ends in .gz)')
    .option('--seed <n>', 'random seed', '42')
    .option('--from <file>', 'the real export to bootstrap from', BUNDLED_DATA)
    .action(async (opts: { scale: string; out: string; seed: string; from: string }) => {
      const scale = positiveNumber('--scale', opts.scale);
      const seed = Number(opts.seed);
      if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, not "${opts.seed}"`);
      const progress = createProgress(`generate ${opts.scale}×`);
      let r;
      try {
        r = await generateExport(opts.from, opts.out, { scale, seed, onProgress: (share) => progress.update(share) });
      } finally {
        progress.stop();
      }
      process.stdout.write(
        `${r.file}: ${r.rows.toLocaleString('en')} rows, ${r.customers.toLocaleString('en')} customers ` +
          `(from ${r.sourceRows.toLocaleString('en')} rows, ${r.sourceCustomers.toLocaleString('en')} customers) in ${(r.ms / 1000).toFixed(1)} s\n`,
      );
    });
}
