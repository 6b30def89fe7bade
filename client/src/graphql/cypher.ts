/** The admin Cypher console. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  elapsedMs: number;
}

export const CypherMutation: TypedDocumentNode<{ cypher: CypherResult }, { query: string; params: Record<string, unknown> | null }> = gql`
  mutation Cypher($query: String!, $params: JSON) {
    cypher(query: $query, params: $params) {
      columns
      rows
      truncated
      elapsedMs
    }
  }
`;
