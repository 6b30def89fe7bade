/** What every store loader factory gets: the store, and a way to share rows already fetched. */
import type { GraphReader } from '@basketgraph/cypher';
import type { CustomerModel, ProductModel } from '../data/models.js';

export interface LoaderDeps {
  store: GraphReader;
  /** Seeds the per-request product cache with a product fetched alongside other rows. */
  primeProduct(product: ProductModel): void;
  primeCustomer(customer: CustomerModel): void;
}
