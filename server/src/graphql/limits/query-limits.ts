/**
 * Depth and cost limits, checked after the operation is resolved (so
 * variables are known) and before it runs. Cost: every field counts 1, and
 * a list field multiplies what is below it by its `first` argument (the
 * default for lists without one: LIST_FACTOR; a connection's edges are
 * already counted by its `first`). Introspection is exempt.
 */
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type GraphQLOutputType,
} from 'graphql';

export const MAX_DEPTH = 10;
export const MAX_COST = 20_000;
export const LIST_FACTOR = 10;
const DEFAULT_FIRST = 20;

export interface Limits {
  maxDepth: number;
  maxCost: number;
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

function argValue(node: ValueNode | undefined, variables: Record<string, unknown>, usedVariable: () => void): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) {
    usedVariable();
    return variables[node.name.value];
  }
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  return undefined;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}

export function checkQueryLimits(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: Limits = { maxDepth: MAX_DEPTH, maxCost: MAX_COST },
): { depth: number; cost: number } {
  return walk(schema, operation, fragments, variables, limits, () => {});
}

interface Verdict {
  schema: GraphQLSchema;
  limits: Limits | undefined;
  result?: { depth: number; cost: number };
  error?: string;
}
/** Verdicts of operations whose cost does not depend on variables, by operation node (Apollo reuses the parsed document of a repeated query). */
const verdicts = new WeakMap<OperationDefinitionNode, Verdict>();

/**
 * `checkQueryLimits`, remembered per parsed operation when no list size in it
 * comes from a variable (then the verdict depends on the document alone), so
 * a repeated query is not walked again on every request.
 */
export function checkQueryLimitsCached(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits?: Limits,
): { depth: number; cost: number } {
  const known = verdicts.get(operation);
  if (known && known.schema === schema && known.limits === limits) {
    if (known.error !== undefined) throw tooComplex(known.error);
    return known.result!;
  }
  let dependsOnVariables = false;
  const remember = (v: Omit<Verdict, 'schema' | 'limits'>) => {
    if (!dependsOnVariables) verdicts.set(operation, { schema, limits, ...v });
  };
  try {
    const result = walk(
      schema,
      operation,
      fragments,
      variables,
      limits ?? { maxDepth: MAX_DEPTH, maxCost: MAX_COST },
      () => (dependsOnVariables = true),
    );
    remember({ result });
    return result;
  } catch (e) {
    if (e instanceof GraphQLError && e.extensions.code === 'QUERY_TOO_COMPLEX') remember({ error: e.message });
    throw e;
  }
}

function walk(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  limits: Limits,
  usedVariable: () => void,
): { depth: number; cost: number } {
  let maxSeen = 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();

  const visit = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined, depth: number, seen: Set<string>): number => {
    if (depth > maxSeen) maxSeen = depth;
    if (depth > limits.maxDepth) throw tooComplex(`the query is nested deeper than ${limits.maxDepth} levels`);
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const name = sel.name.value;
        const frag = fragments[name];
        if (!frag || seen.has(name)) continue;
        const type = schema.getType(frag.typeCondition.name.value);
        cost += visit(frag.selectionSet, type, depth, new Set([...seen, name]));
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        cost += visit(sel.selectionSet, type, depth, seen);
        continue;
      }
      const name = sel.name.value;
      if (name.startsWith('__')) continue;
      const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
      cost += 1;
      if (!sel.selectionSet) continue;
      const named = field ? getNamedType(field.type) : undefined;
      const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
      const first = argValue(firstArg?.value, variables, usedVariable);
      let factor = 1;
      if (named && named.name.endsWith('Connection')) factor = typeof first === 'number' ? first : DEFAULT_FIRST;
      else if (field && isList(field.type) && !(parent && parent.name.endsWith('Connection'))) {
        factor = typeof first === 'number' ? first : LIST_FACTOR;
      }
      cost += Math.max(1, factor) * visit(sel.selectionSet, named, depth + 1, seen);
      if (cost > limits.maxCost)
        throw tooComplex(`the query would cost more than ${limits.maxCost} (ask for smaller pages or fewer nested lists)`);
    }
    return cost;
  };

  const cost = visit(operation.selectionSet, root, 1, new Set());
  if (cost > limits.maxCost)
    throw tooComplex(`the query would cost ${cost}, more than ${limits.maxCost} (ask for smaller pages or fewer nested lists)`);
  return { depth: maxSeen, cost };
}
