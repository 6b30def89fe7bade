/**
 * All loaders of one request, wired so rows fetched by one seed the caches of
 * others. Each group is created on first use: a request served from the
 * primed read model creates none of them.
 */
import type { GraphReader } from '@basketgraph/cypher';
import type { LoaderDeps } from './deps.js';
import type { HotSnapshot } from '../hot/hot-model.js';
import { customerLoaders } from './customer-loaders.js';
import { productLoaders } from './product-loaders.js';
import { segmentLoaders } from './segment-loaders.js';
import { orderLoaders } from './order-loaders.js';
import { ruleLoaders } from './rule-loaders.js';
import { modelLoaders, type FittedRecommender } from './model-loaders.js';
import { analysisLoaders } from './analysis-loaders.js';

/** `hot`: the request's primed read model (lookups it holds do not reach the store), or null. */
export function createLoaders(store: GraphReader, hot: HotSnapshot | null = null, fitted?: FittedRecommender) {
  let customers: ReturnType<typeof customerLoaders> | undefined;
  let products: ReturnType<typeof productLoaders> | undefined;
  let segments: ReturnType<typeof segmentLoaders> | undefined;
  let orders: ReturnType<typeof orderLoaders> | undefined;
  let rules: ReturnType<typeof ruleLoaders> | undefined;
  let models: ReturnType<typeof modelLoaders> | undefined;
  let analysis: ReturnType<typeof analysisLoaders> | undefined;
  const deps: LoaderDeps = {
    store,
    hot,
    primeProduct: (p) => void loaders.products.product.prime(p.id, p),
    primeCustomer: (c) => void loaders.customers.customer.prime(c.id, c),
  };
  const loaders = {
    get customers() {
      return (customers ??= customerLoaders(deps));
    },
    get products() {
      return (products ??= productLoaders(deps));
    },
    get segments() {
      return (segments ??= segmentLoaders(deps));
    },
    get orders() {
      return (orders ??= orderLoaders(deps));
    },
    get rules() {
      return (rules ??= ruleLoaders(deps, loaders.customers.lastBasket));
    },
    get models() {
      return (models ??= modelLoaders(deps, {
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
