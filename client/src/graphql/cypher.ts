/** The admin Cypher console. */
import { graphql, type ResultOf } from './graphql';

export const CypherMutation = graphql(`
  mutation Cypher($query: String!, $params: JSON) {
    cypher(query: $query, params: $params) {
      columns
      rows
      truncated
      elapsedMs
      query
      rewrites
    }
  }
`);

/** A query's answer; \`query\` is the query as run (it differs from the one sent when Neo4j spellings were adapted), \`rewrites\` the adapted spellings. */
export type CypherResult = ResultOf<typeof CypherMutation>['cypher'];

/** Whether the server has admin operations on (started with ADMIN_TOKEN); asked before anything is run. */
export const AdminStatusQuery = graphql(`
  query AdminStatus {
    adminEnabled
  }
`);
