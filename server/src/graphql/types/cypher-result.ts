import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'rows of a read-only ad-hoc Cypher query' })
export class CypherResult {
  @Field(() => [String]) columns!: string[];
  @Field(() => [GraphQLJSON], { description: 'one JSON object per row, keyed by column' }) rows!: unknown[];
  @Field(() => Boolean, { description: 'more rows matched than the row cap allows' }) truncated!: boolean;
  @Field(() => Int) elapsedMs!: number;
  @Field(() => String, {
    description: 'the query as run: differs from the one sent when Neo4j spellings were adapted for the embedded store',
  })
  query!: string;
  @Field(() => [String], { description: 'the Neo4j spellings adapted for the embedded store, one line per kind (empty when none)' })
  rewrites!: string[];
}
