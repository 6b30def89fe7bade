/**
 * Weighted blend of recommenders: each component's scores for the customer
 * are divided by their largest absolute value (so every component lies in
 * [−1, 1]) and summed with the component's weight.
 */
import type { CsrMatrix } from '../algorithms/csr.js';
import { topReasons, type FitContext, type RecommendationReason, type Recommender } from './recommender.js';

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

  constructor(components: readonly BlendComponent[], name?: string) {
    if (components.length === 0) throw new Error('blend: needs at least one component');
    this.components = components;
    this.scales = new Float64Array(components.length);
    this.name = name ?? `blend(${components.map((c) => `${c.weight}*${c.model.name}`).join('+')})`;
  }

  fit(train: CsrMatrix, ctx?: FitContext): void {
    for (const c of this.components) c.model.fit(train, ctx);
    this.buffer = new Float64Array(train.cols);
    this.scaledUser = -1;
  }

  scoreUser(u: number, out: Float64Array): void {
    out.fill(0);
    const buf = this.buffer;
    this.components.forEach((c, index) => {
      buf.fill(0);
      c.model.scoreUser(u, buf);
      let max = 0;
      for (let j = 0; j < buf.length; j++) max = Math.max(max, Math.abs(buf[j]));
      const scale = max > 0 ? c.weight / max : 0;
      this.scales[index] = scale;
      if (scale === 0) return;
      for (let j = 0; j < buf.length; j++) out[j] += scale * buf[j];
    });
    this.scaledUser = u;
  }

  /**
   * The components' reasons, each scaled by that component's blend weight for
   * this customer. The scales come from the last `scoreUser(u)` (fitted models
   * are deterministic), so explaining the products just scored costs no rescoring.
   */
  explain(u: number, product: number, limit = 5): RecommendationReason[] {
    if (this.scaledUser !== u) this.scoreUser(u, new Float64Array(this.buffer.length));
    const reasons: RecommendationReason[] = [];
    this.components.forEach((c, index) => {
      for (const r of c.model.explain(u, product, limit)) reasons.push({ ...r, weight: r.weight * this.scales[index] });
    });
    return topReasons(reasons, limit);
  }
}
