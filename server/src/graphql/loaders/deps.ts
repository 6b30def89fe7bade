/** What every store loader factory gets: the store, and a way to share rows already fetched. */
import type { GraphReader } from '@basketgraph/cypher';
import type { CustomerModel, ProductModel } from '../data/models.js';
import type { PrimedLookup } from './batch.js';

type Node = Record<string, unknown>;

export interface LoaderDeps {
  store: GraphReader;
  /** A product fetched alongside other rows, converted and seeded into the per-request product cache. */
  primedProduct(node: Node): ProductModel;
  /** A customer fetched alongside other rows, converted and seeded into the per-request customer cache. */
  primedCustomer(node: Node): CustomerModel;
  /** The request's product lookup (the read model's when it has one). */
  product(): PrimedLookup<string, ProductModel | null>;
}
