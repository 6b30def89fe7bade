/** `basketgraph cypher "QUERY" [--param k=v] [--json] [--write]`: runs one query and prints a table. */
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { withStore } from '../open-store.js';
import { printRows } from '../print-table.js';
import { adaptCypherForStore } from '../../cypher-dialect/neo4j-spellings.js';

function parseParam(pair: string, all: Record<string, unknown>): Record<string, unknown> {
  const eq = pair.indexOf('=');
  if (eq <= 0) throw new Error(`--param takes name=value, not "${pair}"`);
  const raw = pair.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    /* a plain string */
  }
  return { ...all, [pair.slice(0, eq)]: value };
}

export function registerCypher(program: Command): void {
  program
    .command('cypher')
    .description('run one Cypher query and print the rows (read-only unless --write)')
    .argument('<query>', 'Cypher text')
    .option(
      '--param <name=value>',
      'a parameter; the value is read as JSON when it is JSON (10, "536365", ["a","b"]), else as text',
      parseParam,
      {},
    )
    .option('--json', 'print the rows as JSON', false)
    .option('--write', 'allow the query to write (opens the graph for writing)', false)
    .action(async (query: string, opts: { param: Record<string, unknown>; json: boolean; write: boolean }) => {
      await withStore(loadConfig(), { readOnly: !opts.write, owner: 'basketgraph cypher' }, async (store) => {
        const adapted = adaptCypherForStore(query, store.dialect);
        if (adapted.rewrites.length > 0)
          process.stderr.write(
            `adapted for the embedded store:\n${adapted.rewrites.map((r) => `  ${r}`).join('\n')}\nran: ${adapted.text}\n`,
          );
        const result = opts.write
          ? await store.write((tx) => tx.cypher(adapted.text, opts.param))
          : await store.cypher(adapted.text, opts.param, { readOnly: true });
        printRows(result.columns, result.rows, opts.json);
      });
    });
}
