/**
 * Typed GraphQL documents for the explorer (gql.tada): `graphql()` parses a document and infers its result and
 * variable types from the server's schema, read from ./graphql-env.d.ts — generated from server/schema.graphql by
 * `npm run schema -w client`, and checked for drift by test/schema-types.test.ts. Fragments are not masked: a
 * document's result type includes the fields of the fragments it spreads, as urql returns them.
 */
import { initGraphQLTada } from 'gql.tada';
import type { introspection, introspection_types } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  disableMasking: true;
  // The API's JSON fields (cypher rows and params, run params, model settings) are JSON objects.
  scalars: { JSON: Record<string, unknown> };
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';

/** A schema enum's values. */
type EnumOf<Name extends keyof introspection_types> = introspection_types[Name] extends { enumValues: infer V } ? V : never;

export type SortDirection = EnumOf<'SortDirection'>;
export type RuleSortField = EnumOf<'RuleSortField'>;
export type CustomerSortField = EnumOf<'CustomerSortField'>;
export type ReasonKind = EnumOf<'ReasonKind'>;
export type RecommendationModel = EnumOf<'RecommendationModel'>;
