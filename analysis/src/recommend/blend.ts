/**
 * Weighted blend of recommenders: each component's scores for the customer
 * are divided by their largest absolute value (so every component lies in
 * [−1, 1]) and summed with the component's weight.
 */
import type { CsrMatrix } from '../algorithms/csr.js';
import { explainFrom, ReasonCollector, type FitContext, type RecommendationReason, type Recommender } from './recommender.js';

export interface BlendComponent {
  readonly model: Recommender;
  readonly weight: number;
}

/** A blend of already-configured models; `fit` fits every component. */
export class BlendRecommender implements Recommender {
  readonly name: string;
  private readonly components: readonly BlendComponent[];
  private buffer = new Float64Array(0);
  private scales: Float64Array;
  /** The customer `scales` belong to (−1: none since the last fit). */
  private scaledUser = -1;
  /** One reusable reason collector per component. */
  private readonly collectors: ReasonCollector[];

  constructor(components: readonly BlendComponent[], name?: string) {
    if (components.length === 0) throw new Error('blend: needs at least one component');
    this.components = components;
    this.scales = new Float64Array(components.length);
    this.collectors = components.map(() => new ReasonCollector(0));
    this.name = name ?? `blend(${components.map((c) => `${c.weight}*${c.model.name}`).join('+')})`;
  }

  fit(train: CsrMatrix, ctx?: FitContext): void {
    for (const c of this.components) c.model.fit(train, ctx);
    this.buffer = new Float64Array(train.cols);
    this.scaledUser = -1;
  }

  scoreUser(u: number, out: Float64Array): void {
    const buf = this.buffer;
    const n = out.length;
    let written = false;
    for (let index = 0; index < this.components.length; index++) {
      const c = this.components[index];
      c.model.scoreUser(u, buf); // overwrites every entry (see Recommender.scoreUser)
      // max |score|; NaN if any score is NaN (then the component is left out, as with Math.max).
      let max = 0;
      for (let j = 0; j < n; j++) {
        const a = Math.abs(buf[j]);
        if (a > max) max = a;
        else if (a !== a) max = NaN;
      }
      const scale = max > 0 ? c.weight / max : 0;
      this.scales[index] = scale;
      if (scale === 0) continue;
      // The first written component stores 0 + scale·score: the same value as adding it to a zeroed `out`.
      if (written) for (let j = 0; j < n; j++) out[j] += scale * buf[j];
      else for (let j = 0; j < n; j++) out[j] = 0 + scale * buf[j];
      written = true;
    }
    if (!written) out.fill(0);
    this.scaledUser = u;
  }

  /**
   * The components' reasons, each scaled by that component's blend weight for
   * this customer. The scales come from the last `scoreUser(u)` (fitted models
   * are deterministic), so explaining the products just scored costs no rescoring.
   */
  explain(u: number, product: number, limit = 5): RecommendationReason[] {
    return explainFrom(this, u, product, limit);
  }

  /** Each component's best `top.limit` reasons (as its `explain` gives them), scaled, offered to `top`. */
  explainInto(u: number, product: number, top: ReasonCollector): void {
    if (this.scaledUser !== u) this.scoreUser(u, new Float64Array(this.buffer.length));
    for (let index = 0; index < this.components.length; index++) {
      const model = this.components[index].model;
      const own = this.collectors[index].reset(top.limit);
      if (model.explainInto) model.explainInto(u, product, own);
      else for (const r of model.explain(u, product, top.limit)) own.offer(r.kind, r.id, r.weight);
      own.offerScaled(top, this.scales[index]);
    }
  }
}
