/** Rules (browser, segment and product pages). */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';
import { RULE_ROW } from './fragments';
import type { Connection, RuleFilter, RuleRow, RuleSortField, SortDirection } from './types';

export interface RulesVars {
  first: number;
  after: string | null;
  sort: { field: RuleSortField; direction: SortDirection };
  filter: RuleFilter;
}

export const RulesQuery: TypedDocumentNode<{ rules: Connection<RuleRow> }, RulesVars> = gql`
  query Rules($first: Int, $after: String, $sort: RuleSort, $filter: RuleFilter) {
    rules(first: $first, after: $after, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RuleRow
        }
      }
    }
  }
  ${RULE_ROW}
`;
