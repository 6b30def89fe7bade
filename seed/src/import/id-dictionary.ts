/**
 * Ids (or any strings) numbered in the order they are first seen (0, 1, 2, …):
 * the import's lines refer to their order and product by this number in an
 * Int32 column instead of each holding its own copy of the id string; the
 * generator interns its source shop's strings with it.
 */
export class IdDictionary {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];

  get size(): number {
    return this.list.length;
  }

  /** The id's number, or -1 when it has none. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** The id's number, numbering it when it is new. */
  add(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(id, i);
      this.list.push(id);
    }
    return i;
  }

  id(i: number): string {
    return this.list[i];
  }

  ids(): IterableIterator<string> {
    return this.list.values();
  }

  /**
   * Keeps the ids that pass `keep`, renumbered in their order; returns each old number's new one (-1:
   * dropped).
   */
  keep(keep: (id: string) => boolean): Int32Array {
    const renumbered = new Int32Array(this.list.length);
    let to = 0;
    for (let from = 0; from < this.list.length; from++) {
      if (keep(this.list[from])) {
        this.list[to] = this.list[from];
        this.index.set(this.list[to], to);
        renumbered[from] = to++;
      } else {
        this.index.delete(this.list[from]);
        renumbered[from] = -1;
      }
    }
    this.list.length = to;
    return renumbered;
  }
}
