/** The `rules` connection (also `Segment.rules`). */
import type { GraphReader } from '@basketgraph/cypher';
import { toConnection, type Connection, type PageRequest } from '../pagination.js';
import type { RuleFilter, RuleSort } from '../types/filters.js';
import { RuleSortField, SortDirection } from '../types/enums.js';
import { text } from './range-params.js';
import { toRule } from './rows.js';
import type { RuleModel } from './models.js';

export function ruleFilterParams(filter: RuleFilter | null | undefined): Record<string, unknown> {
  return {
    segment: text(filter?.segment),
    scope: filter?.scope ?? '',
    product: text(filter?.product),
    ifProduct: text(filter?.ifProduct),
    thenProduct: text(filter?.thenProduct),
    minLift: filter?.minLift ?? -Number.MAX_VALUE,
    minConfidence: filter?.minConfidence ?? -Number.MAX_VALUE,
    minSupport: filter?.minSupport ?? -Number.MAX_VALUE,
  };
}

export async function rulePage(
  store: GraphReader,
  filter: RuleFilter | null | undefined,
  sort: RuleSort | null | undefined,
  page: PageRequest,
): Promise<Connection<RuleModel>> {
  const params = ruleFilterParams(filter);
  const rows = await store.query<{ rule: Record<string, unknown> }>('api-rules-page', {
    ...params,
    sortField: sort?.field ?? RuleSortField.LIFT,
    direction: sort?.direction ?? SortDirection.DESC,
    skip: page.skip,
    limit: page.limit + 1,
  });
  return toConnection(rows.map((r) => toRule(r.rule)), page, async () => {
    const [row] = await store.query<{ total: number }>('api-rules-count', params);
    return row?.total ?? 0;
  });
}
