/**
 * Child process of the kill tests: analyses the graph at argv[2] and kills itself (SIGKILL, no clean-up)
 * when the publish reports a message matching the regular expression argv[3].
 */
import { openGraphStore } from '@basketgraph/cypher';
import { runAnalysis } from '../../src/index.js';

const [dbPath, killAt] = process.argv.slice(2);
const point = new RegExp(killAt);
const store = await openGraphStore(dbPath, { owner: 'kill test' });
await runAnalysis(
  store,
  { k: 4, seed: 1, minSupport: 0.05, recommendations: 5, neighbours: 5 },
  {
    onProgress: (p) => {
      if (p.stage === 'publish' && p.message && point.test(p.message)) process.kill(process.pid, 'SIGKILL');
    },
  },
);
// Reaching this line means the kill point was never reported: the test fails on the exit code.
process.exit(3);
