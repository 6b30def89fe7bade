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
import { primed } from './batch.js';
import { toCustomer, toProduct } from '../data/rows.js';
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

/**
 * The loaders of one request. A class, not an object literal with getters: a literal's getters are
 * defined anew on every request (creating the literal took ≈ 30 µs against ≈ 2 µs for this class in a
 * micro-benchmark on the shared machine), a class's once.
 */
export class Loaders {
  private customerGroup: WithReads<CustomerLoaders, CustomerReads> | undefined;
  private productGroup: WithReads<ProductLoaders, ProductReads> | undefined;
  private segmentGroup: WithReads<SegmentLoaders, SegmentReads> | undefined;
  private orderGroup: ReturnType<typeof orderLoaders> | undefined;
  private ruleGroup: ReturnType<typeof ruleLoaders> | undefined;
  private modelGroup: ReturnType<typeof modelLoaders> | undefined;
  private analysisGroup: ReturnType<typeof analysisLoaders> | undefined;
  private readonly deps: LoaderDeps;

  /** `hot`: the request's snapshot of the in-memory read model, or null (then every read goes to the store). */
  constructor(
    private readonly store: GraphReader,
    private readonly hot: HotSnapshot | null = null,
    private readonly fitted?: FittedRecommender,
  ) {
    this.deps = {
      store,
      primedProduct: primed(toProduct, () => this.products.product),
      primedCustomer: primed(toCustomer, () => this.customers.customer),
      product: () => this.products.product,
    };
  }

  get customers(): WithReads<CustomerLoaders, CustomerReads> {
    if (!this.customerGroup) {
      const fromStore = customerLoaders(this.deps);
      this.customerGroup = this.hot ? { ...fromStore, ...customerModelReads(this.hot, fromStore) } : fromStore;
    }
    return this.customerGroup;
  }

  get products(): WithReads<ProductLoaders, ProductReads> {
    if (!this.productGroup) {
      const fromStore = productLoaders(this.deps);
      this.productGroup = this.hot ? { ...fromStore, ...productModelReads(this.hot, fromStore) } : fromStore;
    }
    return this.productGroup;
  }

  get segments(): WithReads<SegmentLoaders, SegmentReads> {
    if (!this.segmentGroup) {
      const fromStore = segmentLoaders(this.deps);
      this.segmentGroup = this.hot ? { ...fromStore, ...segmentModelReads(this.hot) } : fromStore;
    }
    return this.segmentGroup;
  }

  get orders() {
    return (this.orderGroup ??= orderLoaders(this.deps));
  }

  get rules() {
    return (this.ruleGroup ??= ruleLoaders(this.deps, this.customers.lastBasket));
  }

  get models() {
    return (this.modelGroup ??= modelLoaders({
      store: this.store,
      bought: this.customers.products,
      product: this.products.product,
      customerSegment: this.customers.customerSegment,
      segmentTopProducts: this.segments.topProducts,
      fitted: this.fitted,
    }));
  }

  get analysis() {
    return (this.analysisGroup ??= analysisLoaders(this.deps));
  }
}

export function createLoaders(store: GraphReader, hot: HotSnapshot | null = null, fitted?: FittedRecommender): Loaders {
  return new Loaders(store, hot, fitted);
}
