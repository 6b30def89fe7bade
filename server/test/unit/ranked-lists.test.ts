import { describe, expect, test } from 'vitest';
import { RankedListBuilder } from '../../src/graphql/hot/ranked-lists.js';
import { ReasonColumnsBuilder } from '../../src/graphql/hot/reason-columns.js';
import { toReasons } from '../../src/graphql/data/rows.js';

const entries = (lists: ReturnType<RankedListBuilder<'x'>['build']>, owner: number, first: number) => {
  const [from, to] = lists.upToRank(owner, first);
  return Array.from({ length: to - from }, (_, k) => [
    lists.target[from + k],
    lists.rank[from + k],
    lists.score[from + k],
    lists.ints.x[from + k],
  ]);
};

describe('ranked lists as columns', () => {
  test('when entries arrive in any order then each owner gets its own, sorted by rank (ties in the order added), and owners without any get none', () => {
    const b = new RankedListBuilder(['x'] as const);
    b.add(2, 10, 0.5, 3, { x: 7 });
    b.add(0, 11, 0.9, 2, { x: 8 });
    b.add(2, 12, 0.7, 1, { x: 9 });
    b.add(0, 13, 0.1, 1, { x: 1 });
    b.add(2, 14, 0.6, 1, { x: 2 });
    const lists = b.build(4);
    expect(entries(lists, 0, 100)).toEqual([
      [13, 1, 0.1, 1],
      [11, 2, 0.9, 8],
    ]);
    expect(entries(lists, 1, 100)).toEqual([]);
    expect(entries(lists, 2, 100)).toEqual([
      [12, 1, 0.7, 9],
      [14, 1, 0.6, 2],
      [10, 3, 0.5, 7],
    ]);
    expect(entries(lists, 3, 100)).toEqual([]);
  });

  test('when a list is cut at `first` then only the entries with rank ≤ first come back', () => {
    const b = new RankedListBuilder(['x'] as const);
    for (let r = 5; r >= 1; r--) b.add(0, r, r / 10, r, { x: r });
    expect(entries(b.build(1), 0, 3).map((e) => e[1])).toEqual([1, 2, 3]);
    expect(entries(b.build(1), 0, 0)).toEqual([]);
  });

  test('when reasons lists are added as stored then equal texts share one list, and each list comes back as the store path parses it', () => {
    const texts = [
      '[{"kind":"similar-item","id":"85123A","weight":0.25},{"kind":"popular","id":null,"weight":1}]',
      '[{"kind":"neighbour","id":"Crème-12","weight":0.5}]',
      '',
      'not json',
      '[{"kind":"similar-item","id":"85123A","weight":0.25},{"kind":"popular","id":null,"weight":1}]',
    ];
    const b = new ReasonColumnsBuilder();
    const lists = texts.map((t) => b.add(t));
    expect(lists[4]).toBe(lists[0]);
    const columns = b.build();
    expect(columns.size).toBe(4);
    expect(lists.map((l) => columns.get(l))).toEqual(texts.map((t) => toReasons(t)));
    expect(columns.get(lists[0])).toEqual([
      { kind: 'SIMILAR_ITEM', id: '85123A', weight: 0.25 },
      { kind: 'POPULAR', id: 'global', weight: 1 },
    ]);
  });
});
