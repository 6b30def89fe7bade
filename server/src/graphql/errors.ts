/**
 * The API's error vocabulary: `BAD_USER_INPUT` for arguments the caller can
 * fix, `UNAUTHENTICATED`/`FORBIDDEN` for admin operations, and a masked
 * `INTERNAL_SERVER_ERROR` (details in the server log) for everything else.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphStoreError } from '@basketgraph/cypher';

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  'NOT_READY',
]);

/**
 * Apollo `formatError`: known codes pass through; anything else (a bug, a
 * store failure) becomes "internal server error" outside development, and is
 * logged with its stack.
 */
export function createFormatError(options: { development: boolean; log: (message: string) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && PUBLIC_CODES.has(code)) return formatted;
    const original = unwrapResolverError(error);
    options.log(
      `GraphQL error at ${formatted.path?.join('.') ?? '(request)'}: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
    );
    if (options.development) return formatted;
    const storeCode = original instanceof GraphStoreError ? original.code : undefined;
    return {
      message: storeCode === 'TIMEOUT' ? 'the query took too long' : 'internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: storeCode === 'TIMEOUT' ? 'TIMEOUT' : 'INTERNAL_SERVER_ERROR' },
    };
  };
}
