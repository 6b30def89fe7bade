/** Header search: does a customer id exist? Id suggestions include customers with only returns (status: null). */
import { graphql } from './graphql';

export const CustomerExistsQuery = graphql(`
  query CustomerExists($id: ID!) {
    customer(id: $id) {
      id
    }
  }
`);

export const CustomerIdSuggestQuery = graphql(`
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
`);
