/**
 * Depth and cost limits, checked after the operation is resolved (so
 * variables are known) and before it runs. Introspection is exempt.
 *
 * Cost is graphql-query-complexity's walk (fragments, @skip/@include,
 * variables, a cap on the nodes a query may expand to) with one estimator,
 * the API's cost model: every field counts 1, and a list field multiplies
 * what is below it by its `first` argument (the default for lists without one:
 * LIST_FACTOR; a connection's edges are already counted by its `first`).
 * Depth stays a short walk here: graphql-query-complexity has no depth limit,
 * and GraphQL Armor's (whose cost limit has no list-size multipliers) would
 * bring its own copy of graphql as a dependency.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

export const MAX_DEPTH = 10;
export const MAX_COST = 20_000;
export const LIST_FACTOR = 10;
const DEFAULT_FIRST = 20;
/** Fields a query may expand to (fragments spread again count again) before it is refused unwalked. */
const MAX_QUERY_NODES = 10_000;

export interface Limits {
  maxDepth: number;
  maxCost: number;
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

const costTooHigh = (limits: Limits) =>
  tooComplex(`the query would cost more than ${limits.maxCost} (ask for smaller pages or fewer nested lists)`);

/** The API's cost model as a graphql-query-complexity estimator. */
const listCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return 1;
  const first = typeof args.first === 'number' ? args.first : undefined;
  let factor = 1;
  if (named.name.endsWith('Connection')) factor = first ?? DEFAULT_FIRST;
  else if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) factor = first ?? LIST_FACTOR;
  return 1 + Math.max(1, factor) * childComplexity;
};

/** How deep the operation nests (the root fields are level 1); throws as soon as it passes `maxDepth`. */
function depthOf(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, maxDepth: number): number {
  let deepest = 0;
  const visit = (set: SelectionSetNode, depth: number, spread: ReadonlySet<string>): void => {
    if (depth > deepest) deepest = depth;
    if (depth > maxDepth) throw tooComplex(`the query is nested deeper than ${maxDepth} levels`);
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (frag && !spread.has(sel.name.value)) visit(frag.selectionSet, depth, new Set([...spread, sel.name.value]));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, depth, spread);
      else if (sel.selectionSet && !sel.name.value.startsWith('__')) visit(sel.selectionSet, depth + 1, spread);
    }
  };
  visit(operation.selectionSet, 1, new Set());
  return deepest;
}

function walk(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits,
): { depth: number; cost: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depth = depthOf(operation, fragments, limits.maxDepth);
  // Only this operation and the fragments (a document may hold several operations).
  const query: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] };
  let cost: number;
  try {
    cost = getComplexity({ schema, query, variables, estimators: [listCost], maxQueryNodes: MAX_QUERY_NODES });
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    if (/maximum allowed number of nodes/.test(e.message)) throw costTooHigh(limits);
    // Variables or arguments that do not coerce: execution refuses the request before any resolver runs,
    // with its own error (NaN is never remembered).
    return { depth, cost: Number.NaN };
  }
  if (cost > limits.maxCost) throw costTooHigh(limits);
  return { depth, cost };
}

export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits: Limits = { maxDepth: MAX_DEPTH, maxCost: MAX_COST },
): { depth: number; cost: number } {
  return walk(schema, document, operation, variables, limits);
}

interface Verdict {
  result?: { depth: number; cost: number };
  error?: string;
}
interface Remembered {
  schema: GraphQLSchema;
  limits: Limits | undefined;
  /** The variables the cost can depend on: list sizes (`first`) and @skip / @include conditions. */
  costVariables: string[];
  /** Verdicts by the values of those variables (clients use a handful of page sizes). */
  verdicts: Map<string, Verdict>;
}
/** By operation node (Apollo reuses the parsed document of a repeated query). */
const remembered = new WeakMap<OperationDefinitionNode, Remembered>();
const MAX_VERDICTS_PER_OPERATION = 64;

function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'if') && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

/**
 * `checkQueryLimits`, remembered per parsed operation and values of the
 * variables its cost depends on, so a repeated query is not walked again on
 * every request (the walk costs ≈ 0.1 ms).
 */
export function checkQueryLimitsCached(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  limits?: Limits,
): { depth: number; cost: number } {
  let known = remembered.get(operation);
  if (!known || known.schema !== schema || known.limits !== limits) {
    known = { schema, limits, costVariables: costVariables(document), verdicts: new Map() };
    remembered.set(operation, known);
  }
  const key = JSON.stringify(known.costVariables.map((name) => variables[name] ?? null));
  const verdict = known.verdicts.get(key);
  if (verdict?.error !== undefined) throw tooComplex(verdict.error);
  if (verdict) return verdict.result!;
  const remember = (v: Verdict) => {
    if (known.verdicts.size >= MAX_VERDICTS_PER_OPERATION) known.verdicts.clear();
    known.verdicts.set(key, v);
  };
  try {
    const result = walk(schema, document, operation, variables, limits ?? { maxDepth: MAX_DEPTH, maxCost: MAX_COST });
    if (!Number.isNaN(result.cost)) remember({ result });
    return result;
  } catch (e) {
    if (e instanceof GraphQLError && e.extensions.code === 'QUERY_TOO_COMPLEX') remember({ error: e.message });
    throw e;
  }
}
