/** The segment list for pickers. */
import { graphql } from './graphql';
import { SEGMENT_REF } from './fragments';

export const SegmentListQuery = graphql(
  `
    query SegmentList {
      segments {
        ...SegmentRef
        size
      }
    }
  `,
  [SEGMENT_REF],
);

export const ProductNameQuery = graphql(`
  query ProductName($id: ID!) {
    product(id: $id) {
      id
      description
    }
  }
`);
