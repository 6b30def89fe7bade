/** Header search: does a customer id exist? Id suggestions include customers with only returns (status: null). */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';

export const CustomerExistsQuery: TypedDocumentNode<{ customer: { id: string } | null }, { id: string }> = gql`
  query CustomerExists($id: ID!) {
    customer(id: $id) {
      id
    }
  }
`;

export const CustomerIdSuggestQuery: TypedDocumentNode<
  { customers: { totalCount: number; edges: { node: { id: string; country: string | null } }[] } },
  { prefix: string }
> = gql`
  query CustomerIdSuggest($prefix: String) {
    customers(first: 6, filter: { idPrefix: $prefix, status: null }) {
      totalCount
      edges {
        node {
          id
          country
        }
      }
    }
  }
`;
