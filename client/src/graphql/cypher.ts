/** The admin Cypher console. */
import { graphql, type ResultOf } from './graphql';

export const CypherMutation = graphql(`
  mutation Cypher($query: String!, $params: JSON) {
    cypher(query: $query, params: $params) {
      columns
      rows
      truncated
      elapsedMs
    }
  }
`);

export type CypherResult = ResultOf<typeof CypherMutation>['cypher'];
