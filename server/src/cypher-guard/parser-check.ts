/**
 * The guard's second line: Neo4j's own Cypher parser
 * (@neo4j-cypher/language-support, ANTLR grammar of Cypher 5/25). Any write
 * or admin rule in the parse tree, or more than one statement, refuses the
 * query. Syntax the Neo4j grammar does not know (embedded-store dialect)
 * parses with error recovery; the token check and the store's own
 * read-only check cover those.
 */
import { createRequire } from 'node:module';
import type { Verdict } from './token-check.js';

/** A node of the ANTLR parse tree: its rule's index in the parser's rule names, and its children. */
interface ParseTree {
  ruleIndex?: number;
  children?: ParseTree[] | null;
}

interface LanguageSupport {
  /** One parse tree (a `statementOrCommand`) per statement. */
  parse(query: string): ParseTree[];
  CypherParser: { ruleNames: string[] };
}

const REFUSED_RULES = new Set([
  'createClause',
  'insertClause',
  'setClause',
  'removeClause',
  'deleteClause',
  'mergeClause',
  'foreachClause',
  'loadCSVClause',
  'callClause',
  'useClause',
  'subqueryClause',
  'subqueryInTransactionsParameters',
  'consoleCommand',
  'useCmd',
  'createCommand',
  'alterCommand',
  'dropCommand',
  'renameCommand',
  'grantCommand',
  'denyCommand',
  'revokeCommand',
  'terminateCommand',
  'showCommandYield',
  'showAdminCommand',
  'showIndexCommand',
  'showConstraintCommand',
  'showTransactions',
  'terminateTransactions',
  'enableServerCommand',
  'allocationCommand',
  'createUser',
  'dropUser',
]);

let parser: Promise<LanguageSupport> | undefined;

/**
 * Loads the parser once; later calls are fast. The package's CommonJS build is
 * used: its ES module build (2.0.0-next.20, the last release that supports
 * Node 20) has import paths without extensions, which Node cannot load.
 */
function loadParser(): Promise<LanguageSupport> {
  parser ??= Promise.resolve().then(() => createRequire(import.meta.url)('@neo4j-cypher/language-support') as LanguageSupport);
  return parser;
}

function* walk(tree: ParseTree, ruleNames: string[]): Generator<string> {
  if (tree.ruleIndex !== undefined) yield ruleNames[tree.ruleIndex];
  for (const c of tree.children ?? []) yield* walk(c, ruleNames);
}

export async function checkWithParser(text: string): Promise<Verdict> {
  const { parse, CypherParser } = await loadParser();
  let statements: ParseTree[];
  try {
    statements = parse(text).filter((s) => (s.children?.length ?? 0) > 0);
  } catch {
    return { ok: true }; // the parser gave up: the other checks decide
  }
  if (statements.length > 1) return { ok: false, reason: 'only one statement is allowed' };
  for (const name of statements.flatMap((s) => [...walk(s, CypherParser.ruleNames)])) {
    if (REFUSED_RULES.has(name)) {
      return { ok: false, reason: `${name.replace(/(Clause|Command|Cmd)$/, '').toUpperCase()} is not allowed: only reads are` };
    }
  }
  return { ok: true };
}
