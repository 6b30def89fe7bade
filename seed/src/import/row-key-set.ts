/**
 * The set of row keys seen so far in an import, for exact-duplicate
 * detection, held as 64-bit hashes in an open-addressing table instead of
 * the keys themselves: 16 bytes a row at most (load ≤ 0.5) instead of the
 * ≈ 150 of a string in a Set, so the import's memory does not grow with the
 * rows' text. Two different rows share a hash with probability ≈ n² / 2⁶⁵
 * (≈ 10⁻⁵ for 16 million rows); such a row would be counted as a duplicate.
 */

/** Two independent 32-bit hashes of `s` (cyrb53's mixing, kept to 64 bits). */
function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

/** The key's hash, never (0, 0): that marks an empty slot. */
function keyHash(key: string): [number, number] {
  const [hi, lo] = hash64(key);
  return hi === 0 && lo === 0 ? [0, 1] : [hi, lo];
}

export class RowKeySet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private count = 0;

  constructor(capacity = 1 << 16) {
    const slots = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.hi = new Uint32Array(slots);
    this.lo = new Uint32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  /** Bytes held by the table. */
  get bytes(): number {
    return this.hi.byteLength + this.lo.byteLength;
  }

  has(key: string): boolean {
    const [hi, lo] = keyHash(key);
    const s = this.slot(hi, lo);
    return this.hi[s] !== 0 || this.lo[s] !== 0;
  }

  /** Adds the key; false when it was already there. */
  add(key: string): boolean {
    const [hi, lo] = keyHash(key);
    const s = this.slot(hi, lo);
    if (this.hi[s] !== 0 || this.lo[s] !== 0) return false;
    this.hi[s] = hi;
    this.lo[s] = lo;
    if (++this.count * 2 > this.hi.length) this.grow();
    return true;
  }

  /** The slot holding (hi, lo), or the empty slot where it would go (linear probing). */
  private slot(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    let s = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while ((this.hi[s] !== 0 || this.lo[s] !== 0) && (this.hi[s] !== hi || this.lo[s] !== lo)) s = (s + 1) & mask;
    return s;
  }

  private grow(): void {
    const [oldHi, oldLo] = [this.hi, this.lo];
    this.hi = new Uint32Array(oldHi.length * 2);
    this.lo = new Uint32Array(oldLo.length * 2);
    for (let i = 0; i < oldHi.length; i++) {
      if (oldHi[i] === 0 && oldLo[i] === 0) continue;
      const s = this.slot(oldHi[i], oldLo[i]);
      this.hi[s] = oldHi[i];
      this.lo[s] = oldLo[i];
    }
  }
}
