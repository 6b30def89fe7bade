/**
 * Per-segment user-based collaborative filtering, the method the shop first
 * asked for: customers are clustered into segments, and each segment gets its
 * own customer-based CF model — a customer's neighbours come only from their
 * own segment. Same similarity and voting as `UserKnnRecommender`. Also serves
 * the cold start: a new customer known only by a segment gets the products the
 * segment's model scores highest over all its customers (`scoreSegment`).
 */
import type { TopKNeighbours } from '../algorithms/cosine-topk.js';
import { cosineNeighbours } from '../algorithms/cosine-neighbours.js';
import { cappedCosineNeighbours, type CandidateCap } from '../algorithms/capped-cosine.js';
import type { CsrMatrix } from '../algorithms/csr.js';
import type { FitContext } from './recommender.js';
import { UserKnnRecommender, type UserKnnOptions } from './user-knn.js';

/** Rows `rows` of `m`, in that order, as a matrix of their own. */
export function selectRows(m: CsrMatrix, rows: ArrayLike<number>): CsrMatrix {
  const indptr = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) indptr[i + 1] = indptr[i] + m.indptr[rows[i] + 1] - m.indptr[rows[i]];
  const indices = new Int32Array(indptr[rows.length]);
  const values = new Float64Array(indptr[rows.length]);
  for (let i = 0; i < rows.length; i++) {
    const from = m.indptr[rows[i]];
    const to = m.indptr[rows[i] + 1];
    indices.set(m.indices.subarray(from, to), indptr[i]);
    values.set(m.values.subarray(from, to), indptr[i]);
  }
  return { rows: rows.length, cols: m.cols, indptr, indices, values };
}

/**
 * The members of each group, by row: `groups[r]` ≥ 0 is row r's segment; rows
 * with −1 (no segment) or beyond `groups` form one extra group of their own.
 */
export function groupRows(rows: number, groups: Int32Array | undefined): number[][] {
  let count = 0;
  for (let r = 0; r < rows; r++) count = Math.max(count, (groups?.[r] ?? -1) + 1);
  const members: number[][] = Array.from({ length: count + 1 }, () => []);
  for (let r = 0; r < rows; r++) {
    const g = groups && r < groups.length && groups[r] >= 0 ? groups[r] : count;
    members[g].push(r);
  }
  return members;
}

/**
 * Top-k cosine neighbours of every row, looking only within the row's group
 * (see `groupRows`): the lists `cosineNeighbours` gives on each group's
 * sub-matrix, with row numbers of the whole matrix.
 */
export function neighboursWithinGroups(
  m: CsrMatrix,
  k: number,
  groups: Int32Array | undefined,
  candidateCap?: CandidateCap,
): TopKNeighbours {
  const perRow: { at: number; n: number; part: TopKNeighbours; rows: number[] }[] = new Array(m.rows);
  for (const rows of groupRows(m.rows, groups)) {
    if (rows.length === 0) continue;
    const group = selectRows(m, rows);
    const part = candidateCap ? cappedCosineNeighbours(group, k, candidateCap) : cosineNeighbours(group, k);
    rows.forEach((r, i) => (perRow[r] = { at: part.indptr[i], n: part.indptr[i + 1] - part.indptr[i], part, rows }));
  }
  const indptr = new Int32Array(m.rows + 1);
  for (let r = 0; r < m.rows; r++) indptr[r + 1] = indptr[r] + (perRow[r]?.n ?? 0);
  const total = indptr[m.rows];
  const neighbours = new Int32Array(total);
  const scores = new Float64Array(total);
  const shared = new Int32Array(total);
  for (let r = 0; r < m.rows; r++) {
    const e = perRow[r];
    if (!e) continue;
    for (let q = 0; q < e.n; q++) {
      neighbours[indptr[r] + q] = e.rows[e.part.neighbours[e.at + q]];
      scores[indptr[r] + q] = e.part.scores[e.at + q];
      shared[indptr[r] + q] = e.part.shared[e.at + q];
    }
  }
  return { indptr, neighbours, scores, shared };
}

/**
 * User-kNN whose neighbours come only from the customer's segment
 * (`ctx.segments`, required at fit). Customers without a segment are one
 * group of their own. Scores and reasons as `UserKnnRecommender`.
 */
export class SegmentUserKnnRecommender extends UserKnnRecommender {
  private members: number[][] = [];
  private fittedTrain: CsrMatrix | null = null;
  /** Aggregated scores per segment, computed on first use. */
  private readonly segmentScores = new Map<number, Float64Array>();

  constructor(options: UserKnnOptions = {}) {
    super(options, 'segment-user-knn');
  }

  protected override findNeighbours(train: CsrMatrix, ctx?: FitContext): TopKNeighbours {
    const segments = ctx?.segments;
    if (!segments) throw new Error('segment-user-knn: fit needs ctx.segments');
    this.members = groupRows(train.rows, segments);
    this.fittedTrain = train;
    this.segmentScores.clear();
    return neighboursWithinGroups(train, this.k, segments, this.candidateCap);
  }

  /**
   * A segment's model for a customer it knows nothing about: every member's
   * scores for the products that member has not bought, each divided by the
   * member's best score (so every member counts once), summed over the
   * segment. An unknown segment (−1 or beyond the fitted ones) gives zeros.
   */
  scoreSegment(segment: number, out: Float64Array): void {
    out.fill(0);
    const train = this.fittedTrain;
    if (!train || segment < 0 || segment >= this.members.length - 1) return;
    let total = this.segmentScores.get(segment);
    if (!total) {
      total = new Float64Array(train.cols);
      const scores = new Float64Array(train.cols);
      for (const u of this.members[segment]) {
        this.scoreUser(u, scores);
        for (let p = train.indptr[u]; p < train.indptr[u + 1]; p++) scores[train.indices[p]] = 0;
        let max = 0;
        for (const s of scores) if (s > max) max = s;
        if (max > 0) for (let j = 0; j < scores.length; j++) total[j] += scores[j] / max;
      }
      this.segmentScores.set(segment, total);
    }
    out.set(total);
  }
}
