/** The sort and thresholds of a rules table (kept in the URL on the rules page). */
import type { RuleSortField, SortDirection } from '../../graphql/graphql';

export interface RulesState {
  sort: RuleSortField;
  dir: SortDirection;
  minLift?: number;
  minConfidence?: number;
  minSupport?: number;
}

export const DEFAULT_RULES_STATE: RulesState = { sort: 'LIFT', dir: 'DESC' };

export const RULE_COLUMNS: { field: RuleSortField; label: string; title: string }[] = [
  { field: 'SUPPORT', label: 'Support', title: 'share of orders containing IF and THEN' },
  { field: 'CONFIDENCE', label: 'Confidence', title: 'share of IF orders that also contain THEN' },
  { field: 'LIFT', label: 'Lift', title: 'confidence / share of orders containing THEN' },
  { field: 'LEVERAGE', label: 'Leverage', title: 'support − expected support if independent' },
  { field: 'COUNT', label: 'Orders', title: 'orders containing IF and THEN' },
];
