/** The admin Cypher console. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
  /** The query as run (differs from the one sent when Neo4j spellings were adapted). */
  query: string;
  /** The Neo4j spellings adapted for the embedded store, one line per kind. */
  rewrites: string[];
}

export const CypherMutation: TypedDocumentNode<{ cypher: CypherResult }, { query: string; params: Record<string, unknown> | null }> = gql`
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
`;

/** Whether the server has admin operations on (started with ADMIN_TOKEN); asked before anything is run. */
export const AdminStatusQuery: TypedDocumentNode<{ adminEnabled: boolean }, Record<string, never>> = gql`
  query AdminStatus {
    adminEnabled
  }
`;
