/**
 * V8 flags of the processes that serve the API (`serve`, `start`). V8 reads heap sizes only when the process
 * starts, so the command line relaunches itself with them (server/bin/basketgraph.js) unless they are set.
 *
 * `--max-semi-space-size=64` (MB; Node 20's default is 16): a request of the hot operation allocates short-lived
 * objects only, and at 1,000 req/s the young generation filled ≈ 7 times a second. At 10× the bundled data
 * (bench/graphql-load.ts, 20 s at 1,000 req/s, side by side, shared machine) it took scavenges from 129–167 to 40
 * per run, their time from 1.6–3.4 s to 0.4 s, and the server's CPU per request from 438–538 to 285–344 µs. It
 * costs up to ≈ 150 MB more RSS while the young generation is full; the commands that do not serve keep V8's
 * defaults (analyze's peak memory).
 */
export const SERVER_V8_FLAGS: readonly string[] = ['--max-semi-space-size=64'];

/** The node flags a process runs with: its command line's and NODE_OPTIONS'. */
export function nodeFlags(execArgv: readonly string[], nodeOptions: string | undefined): string[] {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].filter(Boolean);
}

/** The commands whose process serves the API. */
const SERVING_COMMANDS = new Set(['serve', 'start']);

/**
 * The arguments to relaunch this command with (node arguments, script, command line), or null when it need not be:
 * the command does not serve, or every flag's name is already given on the command line or in NODE_OPTIONS
 * (a value set there wins).
 */
export function serverRelaunch(
  argv: readonly string[],
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  flags: readonly string[] = SERVER_V8_FLAGS,
): string[] | null {
  const [, script, command] = argv;
  if (!script || !command || !SERVING_COMMANDS.has(command)) return null;
  const given = nodeFlags(execArgv, nodeOptions).map((a) => a.split('=')[0].replaceAll('_', '-'));
  const missing = flags.filter((f) => !given.includes(f.split('=')[0].replaceAll('_', '-')));
  return missing.length === 0 ? null : [...missing, ...execArgv, script, ...argv.slice(2)];
}
