/** Serves GraphiQL (one self-contained page, no CDN) to browsers that open /graphql. */
import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const EXAMPLE = `# basketgraph: customers, segments, rules and recommendations
{
  stats { customers products orders segments rules }
  segments { id name size shares { customers revenue } }
  customers(first: 3, sort: { field: MONETARY, direction: DESC }) {
    totalCount
    edges { node { id country segment { name } recommendations(first: 3) { product { description } score } } }
  }
}
`;

export function graphiqlLandingPage(endpoint = '/graphql'): ApolloServerPlugin {
  let html: string | undefined;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          html ??= renderGraphiQL({ title: 'basketgraph GraphQL', endpoint, defaultQuery: EXAMPLE } as never);
          return { html };
        },
      };
    },
  };
}
