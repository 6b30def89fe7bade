/**
 * What the side-by-side benches that run another tree's API in-process share (bench/read-path.ts,
 * bench/customer-pages.ts): their `--name value` options, and the tree's store, schema, context and read model,
 * imported from that tree's sources.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The value after `--name` in `args`, or `fallback`. */
export function cliOption(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** The modules of the tree at `tree` a bench drives the API with (any-typed: the other tree may differ). */
export async function treeApi(tree: string) {
  const from = (file: string) => import(path.join(tree, 'server/src', file));
  const { openGraphStore } = await import(path.join(tree, 'cypher/src/index.ts'));
  const { graphql } = await import(path.join(tree, 'node_modules/graphql/index.js'));
  const { buildApiSchema } = await from('graphql/build-schema.ts');
  const { RequestContext } = await from('graphql/context.ts');
  const { loadHotSnapshot } = await from('graphql/hot/hot-model.ts');
  return { from, openGraphStore, graphql, buildApiSchema, RequestContext, loadHotSnapshot };
}

export type TreeName = 'other' | 'this';

/**
 * The measurements of a side-by-side bench: for each round and source, `script --measure TREE …args(source)` run
 * as a child process in each tree, the trees alternating which goes first; yields each child's last stdout line
 * as JSON (a failed child throws with its stderr).
 */
export function* alternatingRuns<S extends string>(
  script: string,
  trees: Record<TreeName, string>,
  rounds: number,
  sources: readonly S[],
  args: (tree: string, source: S) => string[],
): Generator<{ round: number; name: TreeName; source: S; result: Record<string, number> }> {
  for (let round = 0; round < rounds; round++) {
    const order: TreeName[] = round % 2 === 0 ? ['other', 'this'] : ['this', 'other'];
    for (const source of sources) {
      for (const name of order) {
        const child = spawnSync(process.execPath, ['--import', 'tsx', script, '--measure', trees[name], ...args(trees[name], source)], {
          cwd: trees[name],
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        });
        if (child.status !== 0) throw new Error(`${name} (${source}) failed: ${child.stderr}`);
        yield { round, name, source, result: JSON.parse(child.stdout.trim().split('\n').pop()!) };
      }
    }
  }
}
