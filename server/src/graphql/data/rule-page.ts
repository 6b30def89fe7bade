/** The `rules` connection (also `Segment.rules`). */
import type { GraphReader } from '@basketgraph/cypher';
import type { Connection, PageRequest } from '../pagination.js';
import type { RuleFilter, RuleSort } from '../types/filters.js';
import { RuleSortField, SortDirection } from '../types/enums.js';
import { text } from './range-params.js';
import { toRule } from './rows.js';
import { sortedPage } from './sorted-page.js';
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
  return sortedPage(
    store,
    {
      page: 'api-rules-page',
      count: 'api-rules-count',
      params: ruleFilterParams(filter),
      sortField: sort?.field ?? RuleSortField.LIFT,
      direction: sort?.direction ?? SortDirection.DESC,
      toModel: (r: { rule: Record<string, unknown> }) => toRule(r.rule),
    },
    page,
  );
}
