/** Relay connection types: `XConnection { edges { node cursor } pageInfo totalCount }`. */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo } from './page-info.js';

export function connectionTypes<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node) node!: T;
    @Field(() => String, { description: 'opaque; pass as "after" for the next page' }) cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'matching items over all pages' }) totalCount!: number;
  }
  return Connection;
}
