/** The rules browser's state in the URL query, and back. */
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { RuleSortField, SortDirection } from '../graphql/graphql';
import type { RulesState } from '../components/rules/rules-state';

export interface RulesBrowserState extends RulesState {
  scope: 'ALL' | 'GLOBAL' | 'SEGMENT';
  segment?: string;
  product?: string;
}

const FIELDS: RuleSortField[] = ['LIFT', 'CONFIDENCE', 'SUPPORT', 'LEVERAGE', 'CONVICTION', 'COUNT'];
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => {
  const n = Number(str(v));
  return str(v) !== undefined && Number.isFinite(n) ? n : undefined;
};

export function rulesStateFromQuery(q: LocationQuery): RulesBrowserState {
  const sort = str(q.sort)?.toUpperCase() as RuleSortField | undefined;
  const scope = str(q.scope)?.toUpperCase();
  const segment = str(q.segment);
  return {
    sort: sort && FIELDS.includes(sort) ? sort : 'LIFT',
    dir: (str(q.dir)?.toUpperCase() === 'ASC' ? 'ASC' : 'DESC') as SortDirection,
    minLift: num(q.minLift),
    minConfidence: num(q.minConfidence),
    minSupport: num(q.minSupport),
    scope: segment ? 'SEGMENT' : scope === 'GLOBAL' || scope === 'SEGMENT' ? scope : 'ALL',
    segment,
    product: str(q.product),
  };
}

export function rulesStateToQuery(s: RulesBrowserState): LocationQueryRaw {
  const q: LocationQueryRaw = {};
  if (s.sort !== 'LIFT') q.sort = s.sort.toLowerCase();
  if (s.dir !== 'DESC') q.dir = 'asc';
  if (s.minLift !== undefined) q.minLift = String(s.minLift);
  if (s.minConfidence !== undefined) q.minConfidence = String(s.minConfidence);
  if (s.minSupport !== undefined) q.minSupport = String(s.minSupport);
  if (s.segment) q.segment = s.segment;
  else if (s.scope !== 'ALL') q.scope = s.scope.toLowerCase();
  if (s.product) q.product = s.product;
  return q;
}
