/** The segment list for pickers. */
import { gql } from '@urql/vue';
import type { TypedDocumentNode } from '@urql/vue';
import { SEGMENT_REF } from './fragments';
import type { SegmentRef } from './types';

export const SegmentListQuery: TypedDocumentNode<{ segments: (SegmentRef & { size: number })[] }, Record<string, never>> = gql`
  query SegmentList {
    segments {
      ...SegmentRef
      size
    }
  }
  ${SEGMENT_REF}
`;

export const ProductNameQuery: TypedDocumentNode<{ product: { id: string; description: string | null } | null }, { id: string }> = gql`
  query ProductName($id: ID!) {
    product(id: $id) {
      id
      description
    }
  }
`;
