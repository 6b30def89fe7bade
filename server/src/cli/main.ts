/**
 * The basketgraph command line: the product's one entry point.
 */
import { Command } from 'commander';
import { GraphStoreError } from '@basketgraph/cypher';
import { ImportError } from '@basketgraph/seed';
import { AnalysisParamsError, EvaluationError, ExperimentError } from '@basketgraph/analysis';
import { ConfigError } from '../config.js';
import { CypherSpellingError } from '../cypher-dialect/neo4j-spellings.js';
import { registerImport } from './commands/import-command.js';
import { registerStats } from './commands/stats-command.js';
import { registerCypher } from './commands/cypher-command.js';
import { registerStart } from './commands/start-command.js';
import { registerServe } from './commands/serve-command.js';
import { registerAnalyze } from './commands/analyze-command.js';
import { registerEvaluate } from './commands/evaluate-command.js';
import { registerExperiment } from './commands/experiment-command.js';
import { registerGenerate } from './commands/generate-command.js';

// The product runs in production mode unless told otherwise (graphql-js skips its development checks).
process.env.NODE_ENV ??= 'production';

const program = new Command()
  .name('basketgraph')
  .description('customers, orders and products as a graph: segments, neighbours, basket rules, recommendations')
  .showHelpAfterError();

registerStart(program);
registerServe(program);
registerImport(program);
registerStats(program);
registerCypher(program);
registerAnalyze(program);
registerEvaluate(program);
registerExperiment(program);
registerGenerate(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const known =
    e instanceof ImportError ||
    e instanceof CypherSpellingError ||
    e instanceof GraphStoreError ||
    e instanceof ConfigError ||
    e instanceof AnalysisParamsError ||
    e instanceof EvaluationError ||
    e instanceof ExperimentError;
  process.stderr.write(`basketgraph: ${known || !process.env.DEBUG ? (e as Error).message : (e as Error).stack}\n`);
  process.exitCode = 1;
}
