/** What every loader factory gets: the store, the primed read model, and a way to share rows already fetched. */
import type { GraphReader } from '@basketgraph/cypher';
import type { CustomerModel, ProductModel } from '../data/models.js';
import type { HotSnapshot } from '../hot/hot-model.js';

export interface LoaderDeps {
  store: GraphReader;
  /** The request's primed read model (it answers the lookups it holds without the store), or null. */
  hot: HotSnapshot | null;
  /** Seeds the per-request product cache with a product fetched alongside other rows. */
  primeProduct(product: ProductModel): void;
  primeCustomer(customer: CustomerModel): void;
}
