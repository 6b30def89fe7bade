/**
 * All loaders of one request, wired so rows fetched by one seed the caches of
 * others, and the one place that decides where a read is answered: when the
 * request has a snapshot of the in-memory read model, the reads it holds
 * (CustomerReads, ProductReads, SegmentReads) are answered from it
 * (model-reads.ts), and everything else, from the store. Each group is
 * created on first use.
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { LoaderDeps } from './deps.js';
import type { HotSnapshot } from '../hot/hot-model.js';
import { customerLoaders, type CustomerLoaders, type CustomerReads } from './customer-loaders.js';
import { productLoaders, type ProductLoaders, type ProductReads } from './product-loaders.js';
import { segmentLoaders, type SegmentLoaders, type SegmentReads } from './segment-loaders.js';
import { orderLoaders } from './order-loaders.js';
import { ruleLoaders } from './rule-loaders.js';
import { modelLoaders } from './model-loaders.js';
import { analysisLoaders } from './analysis-loaders.js';
import { customerModelReads, productModelReads, segmentModelReads } from './model-reads.js';
import type { FittedRecommender } from '../data/recommenders/customer-recommender.js';

/** A group of store loaders whose reads `R` may be answered by the read model instead. */
type WithReads<L, R> = Omit<L, keyof R> & R;

/** `hot`: the request's snapshot of the in-memory read model, or null (then every read goes to the store). */
export function createLoaders(store: GraphReader, hot: HotSnapshot | null = null, fitted?: FittedRecommender) {
  let customers: WithReads<CustomerLoaders, CustomerReads> | undefined;
  let products: WithReads<ProductLoaders, ProductReads> | undefined;
  let segments: WithReads<SegmentLoaders, SegmentReads> | undefined;
  let orders: ReturnType<typeof orderLoaders> | undefined;
  let rules: ReturnType<typeof ruleLoaders> | undefined;
  let models: ReturnType<typeof modelLoaders> | undefined;
  let analysis: ReturnType<typeof analysisLoaders> | undefined;
  const deps: LoaderDeps = {
    store,
    primeProduct: (p) => void loaders.products.product.prime(p.id, p),
    primeCustomer: (c) => void loaders.customers.customer.prime(c.id, c),
  };
  const loaders = {
    get customers(): WithReads<CustomerLoaders, CustomerReads> {
      if (!customers) {
        const fromStore = customerLoaders(deps);
        customers = hot ? { ...fromStore, ...customerModelReads(hot, fromStore) } : fromStore;
      }
      return customers;
    },
    get products(): WithReads<ProductLoaders, ProductReads> {
      if (!products) {
        const fromStore = productLoaders(deps);
        products = hot ? { ...fromStore, ...productModelReads(hot, fromStore) } : fromStore;
      }
      return products;
    },
    get segments(): WithReads<SegmentLoaders, SegmentReads> {
      if (!segments) {
        const fromStore = segmentLoaders(deps);
        segments = hot ? { ...fromStore, ...segmentModelReads(hot) } : fromStore;
      }
      return segments;
    },
    get orders() {
      return (orders ??= orderLoaders(deps));
    },
    get rules() {
      return (rules ??= ruleLoaders(deps, loaders.customers.lastBasket));
    },
    get models() {
      return (models ??= modelLoaders({
        store,
        bought: loaders.customers.products,
        product: loaders.products.product,
        customerSegment: loaders.customers.customerSegment,
        segmentTopProducts: loaders.segments.topProducts,
        fitted,
      }));
    },
    get analysis() {
      return (analysis ??= analysisLoaders(deps));
    },
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
