/**
 * The guard's second line: Neo4j's own Cypher parser
 * (@neo4j-cypher/language-support, ANTLR grammar of Cypher 5/25). Any write
 * or admin rule in the parse tree, or more than one statement, refuses the
 * query. Syntax the Neo4j grammar does not know (embedded-store dialect)
 * parses with error recovery; the token check and the store's own
 * read-only check cover those.
 */
import type { Verdict } from './token-check.js';

interface SimpleTree {
  name: string;
  children: SimpleTree[];
}

const REFUSED_RULES = new Set([
  'createClause', 'insertClause', 'setClause', 'removeClause', 'deleteClause', 'mergeClause', 'foreachClause',
  'loadCSVClause', 'callClause', 'useClause', 'subqueryClause', 'subqueryInTransactionsParameters', 'consoleCommand',
  'useCmd', 'createCommand', 'alterCommand', 'dropCommand', 'renameCommand', 'grantCommand', 'denyCommand',
  'revokeCommand', 'terminateCommand', 'showCommandYield', 'showAdminCommand', 'showIndexCommand', 'showConstraintCommand',
  'showTransactions', 'terminateTransactions', 'enableServerCommand', 'allocationCommand', 'createUser', 'dropUser',
]);

let parser: Promise<(query: string) => SimpleTree> | undefined;

/** Loads the parser once (≈ 0.7 s); later calls are fast. */
function loadParser(): Promise<(query: string) => SimpleTree> {
  parser ??= import('@neo4j-cypher/language-support').then((m) => m.getDebugTree as (q: string) => SimpleTree);
  return parser;
}

function* walk(tree: SimpleTree): Generator<string> {
  yield tree.name;
  for (const c of tree.children) yield* walk(c);
}

export async function checkWithParser(text: string): Promise<Verdict> {
  const getTree = await loadParser();
  let tree: SimpleTree;
  try {
    tree = getTree(text);
  } catch {
    return { ok: true }; // the parser gave up: the other checks decide
  }
  const statements = tree.children.filter((c) => c.name === 'statementOrCommand' && c.children.length > 0);
  if (statements.length > 1) return { ok: false, reason: 'only one statement is allowed' };
  for (const name of walk(tree)) {
    if (REFUSED_RULES.has(name)) {
      return { ok: false, reason: `${name.replace(/(Clause|Command|Cmd)$/, '').toUpperCase()} is not allowed: only reads are` };
    }
  }
  return { ok: true };
}
