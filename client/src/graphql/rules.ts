/** Rules (browser, segment and product pages). */
import { graphql, type VariablesOf } from './graphql';
import { RULE_ROW, NEXT_PAGE } from './fragments';

export const RulesQuery = graphql(
  `
    query Rules($first: Int, $after: String, $sort: RuleSort, $filter: RuleFilter) {
      rules(first: $first, after: $after, sort: $sort, filter: $filter) {
        totalCount
        pageInfo {
          ...NextPage
        }
        edges {
          node {
            ...RuleRow
          }
        }
      }
    }
  `,
  [RULE_ROW, NEXT_PAGE],
);

export type RulesVars = VariablesOf<typeof RulesQuery>;
export type RuleFilter = NonNullable<RulesVars['filter']>;
