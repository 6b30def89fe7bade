/** All loaders of one request, wired so rows fetched by one seed the caches of others. */
import type { GraphReader } from '@basketgraph/cypher';
import type { LoaderDeps } from './deps.js';
import { customerLoaders } from './customer-loaders.js';
import { productLoaders } from './product-loaders.js';
import { segmentLoaders } from './segment-loaders.js';
import { orderLoaders } from './order-loaders.js';
import { ruleLoaders } from './rule-loaders.js';
import { modelLoaders } from './model-loaders.js';
import { analysisLoaders } from './analysis-loaders.js';

export function createLoaders(store: GraphReader) {
  let products: ReturnType<typeof productLoaders> | undefined;
  let customers: ReturnType<typeof customerLoaders> | undefined;
  const deps: LoaderDeps = {
    store,
    primeProduct: (p) => void products?.product.prime(p.id, p),
    primeCustomer: (c) => void customers?.customer.prime(c.id, c),
  };
  customers = customerLoaders(deps);
  products = productLoaders(deps);
  const segments = segmentLoaders(deps);
  const orders = orderLoaders(deps);
  const rules = ruleLoaders(deps, customers.lastBasket);
  const models = modelLoaders(deps, {
    bought: customers.products,
    product: products.product,
    customerSegment: customers.customerSegment,
    segmentTopProducts: segments.topProducts,
  });
  return { customers, products, segments, orders, rules, models, analysis: analysisLoaders(deps) };
}

export type Loaders = ReturnType<typeof createLoaders>;
