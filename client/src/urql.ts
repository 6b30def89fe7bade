/** The GraphQL client: POST only (Apollo's CSRF guard refuses urql's default GET). */
import { cacheExchange, createClient, fetchExchange, type Client } from '@urql/vue';

export function createApiClient(url = '/graphql'): Client {
  return createClient({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    exchanges: [cacheExchange, fetchExchange],
  });
}
