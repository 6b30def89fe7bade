/**
 * Exact frequent itemset mining with FP-Growth (Han, Pei, Yin 2000): an
 * FP-tree with a header table of node links, mined recursively through
 * conditional pattern bases. Pure: typed arrays in, plain objects out.
 */

export interface FrequentItemsetOptions {
  /** Minimum support as a fraction of transactions, in (0, 1]. */
  minSupport: number;
  /** Largest itemset size to report (default: no limit). */
  maxLen?: number;
}

export interface FrequentItemset {
  /** Item ids, ascending. */
  readonly items: Int32Array;
  /** Number of transactions containing every item. */
  readonly count: number;
}

export interface FrequentItemsets {
  /** Number of transactions mined. */
  readonly transactionCount: number;
  /** Absolute threshold used: count >= minCount (= ⌈minSupport · transactions⌉, at least 1). */
  readonly minCount: number;
  /** Every itemset with count >= minCount and size <= maxLen, ordered by size, then items lexicographically. */
  readonly itemsets: FrequentItemset[];
}

/**
 * The absolute count threshold of a support fraction: the smallest integer
 * c >= minSupport · n (a relative tolerance of 1e-9 absorbs float noise such as
 * 0.07 · 100 = 7.000000000000001), and at least 1.
 */
export function minCountFor(minSupport: number, transactionCount: number): number {
  const exact = minSupport * transactionCount;
  return Math.max(1, Math.ceil(exact - 1e-9 * Math.max(1, exact)));
}

/**
 * A prefix tree over item ranks (rank 0 = most frequent). Nodes live in
 * parallel arrays; children are a first-child / next-sibling list; nodes of
 * the same rank are chained from the header table.
 */
class FpTree {
  rank: number[] = [-1];
  count: number[] = [0];
  parent: number[] = [-1];
  firstChild: number[] = [-1];
  nextSibling: number[] = [-1];
  nodeLink: number[] = [-1];
  readonly head: Int32Array;
  /** Total count per rank (sum over its nodes). */
  readonly rankCount: Float64Array;

  constructor(readonly ranks: number) {
    this.head = new Int32Array(ranks).fill(-1);
    this.rankCount = new Float64Array(ranks);
  }

  /** Adds a path of ascending ranks with multiplicity `n`. */
  insert(path: ArrayLike<number>, length: number, n: number): void {
    let node = 0;
    for (let d = 0; d < length; d++) {
      const r = path[d];
      let child = this.firstChild[node];
      while (child !== -1 && this.rank[child] !== r) child = this.nextSibling[child];
      if (child === -1) {
        child = this.rank.length;
        this.rank.push(r);
        this.count.push(0);
        this.parent.push(node);
        this.firstChild.push(-1);
        this.nextSibling.push(this.firstChild[node]);
        this.firstChild[node] = child;
        this.nodeLink.push(this.head[r]);
        this.head[r] = child;
      }
      this.count[child] += n;
      this.rankCount[r] += n;
      node = child;
    }
  }
}

/**
 * All itemsets whose support (count / transactions) is at least `minSupport`,
 * with exact counts, up to `maxLen` items. Each transaction must hold
 * distinct item ids (non-negative integers); duplicates are ignored.
 * Items are ranked by descending frequency, ties by ascending id, so the
 * tree — and the result — is deterministic.
 */
export function frequentItemsets(transactions: readonly Int32Array[], options: FrequentItemsetOptions): FrequentItemsets {
  const { minSupport } = options;
  if (!(minSupport > 0 && minSupport <= 1)) throw new Error(`frequentItemsets: minSupport must be in (0, 1], got ${minSupport}`);
  const maxLen = options.maxLen ?? Infinity;
  if (!(maxLen >= 1)) throw new Error(`frequentItemsets: maxLen must be >= 1, got ${maxLen}`);
  const n = transactions.length;
  const minCount = minCountFor(minSupport, n);

  // 1. Item frequencies (distinct per transaction).
  const freq = new Map<number, number>();
  for (const t of transactions) for (const item of new Set(t)) freq.set(item, (freq.get(item) ?? 0) + 1);
  const frequent = [...freq].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const itemOfRank = Int32Array.from(frequent, ([item]) => item);
  const rankOf = new Map(frequent.map(([item], r) => [item, r]));

  // 2. The FP-tree of the transactions restricted to frequent items, in rank order.
  const tree = new FpTree(itemOfRank.length);
  const path = new Int32Array(itemOfRank.length);
  for (const t of transactions) {
    let len = 0;
    const seen = new Set<number>();
    for (const item of t) {
      const r = rankOf.get(item);
      if (r !== undefined && !seen.has(r)) {
        seen.add(r);
        path[len++] = r;
      }
    }
    path.subarray(0, len).sort();
    tree.insert(path, len, 1);
  }

  // 3. Mine.
  const found: FrequentItemset[] = [];
  const suffix: number[] = [];
  const emit = (count: number) => {
    const items = Int32Array.from(suffix, (r) => itemOfRank[r]).sort();
    found.push({ items, count });
  };
  mine(tree, suffix, minCount, maxLen, emit);

  found.sort((a, b) => a.items.length - b.items.length || compareItems(a.items, b.items));
  return { transactionCount: n, minCount, itemsets: found };
}

/** For every frequent rank of `tree` (least frequent first), emit suffix ∪ {rank} and recurse on its conditional tree. */
function mine(tree: FpTree, suffix: number[], minCount: number, maxLen: number, emit: (count: number) => void): void {
  for (let r = tree.ranks - 1; r >= 0; r--) {
    const support = tree.rankCount[r];
    if (support < minCount) continue;
    suffix.push(r);
    emit(support);
    if (suffix.length < maxLen) {
      const conditional = conditionalTree(tree, r, minCount);
      if (conditional) mine(conditional, suffix, minCount, maxLen, emit);
    }
    suffix.pop();
  }
}

/**
 * The FP-tree of rank r's conditional pattern base: for each node of r, its
 * prefix path (ranks < r) with the node's count, keeping only ranks frequent
 * within the base. Null when nothing is frequent.
 */
function conditionalTree(tree: FpTree, r: number, minCount: number): FpTree | null {
  const baseCount = new Float64Array(r);
  for (let node = tree.head[r]; node !== -1; node = tree.nodeLink[node]) {
    const c = tree.count[node];
    for (let p = tree.parent[node]; p > 0; p = tree.parent[p]) baseCount[tree.rank[p]] += c;
  }
  let any = false;
  for (let q = 0; q < r; q++) if (baseCount[q] >= minCount) any = true;
  if (!any) return null;
  // Ranks keep their global order (any fixed order is correct); infrequent ones are dropped.
  const conditional = new FpTree(r);
  const path = new Int32Array(r);
  for (let node = tree.head[r]; node !== -1; node = tree.nodeLink[node]) {
    let len = 0;
    for (let p = tree.parent[node]; p > 0; p = tree.parent[p]) {
      const q = tree.rank[p];
      if (baseCount[q] >= minCount) path[len++] = q;
    }
    path.subarray(0, len).reverse();
    conditional.insert(path, len, tree.count[node]);
  }
  return conditional;
}

/** Lexicographic order of two ascending item arrays (shorter prefix first). */
export function compareItems(a: Int32Array, b: Int32Array): number {
  const m = Math.min(a.length, b.length);
  for (let i = 0; i < m; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}
