/** The executable schema, built from the type-graphql classes (once per process). */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { RESOLVERS } from './resolvers/index.js';

let built: Promise<GraphQLSchema> | undefined;

export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...RESOLVERS], validate: false, emitSchemaFile: false });
  return built;
}

export const SCHEMA_HEADER = '# The basketgraph GraphQL schema. Generated from the code: npm run schema -w server. Do not edit.\n\n';

/** The text of server/schema.graphql. */
export async function schemaText(): Promise<string> {
  return SCHEMA_HEADER + printSchema(await buildApiSchema()) + '\n';
}
