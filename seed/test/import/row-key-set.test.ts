import { describe, expect, it } from 'vitest';
import { RowKeySet } from '../../src/import/row-key-set.js';

describe('RowKeySet', () => {
  it('when 300,000 distinct keys are added then each is found once, others are not, and the table grows past its first capacity', () => {
    const set = new RowKeySet(16);
    const key = (i: number) => `5363${i}\u0001851${i % 97}A\u0001WHITE HANGING HEART\u0001${i % 13}\u00012010-12-01T08:26:00\u00012.55`;
    for (let i = 0; i < 300_000; i++) expect(set.add(key(i))).toBe(true);
    expect(set.size).toBe(300_000);
    for (let i = 0; i < 300_000; i += 7) {
      expect(set.has(key(i))).toBe(true);
      expect(set.add(key(i))).toBe(false);
    }
    for (let i = 300_000; i < 400_000; i += 7) expect(set.has(key(i))).toBe(false);
    expect(set.size).toBe(300_000);
    expect(set.bytes).toBeLessThanOrEqual(300_000 * 4 * 8); // ≤ 32 bytes a key, whatever the keys' length
  });

  it('when keys differ in one character only, or are empty, then they are told apart', () => {
    const set = new RowKeySet();
    expect(set.add('')).toBe(true);
    expect(set.add('a')).toBe(true);
    expect(set.add('b')).toBe(true);
    expect(set.add('ab')).toBe(true);
    expect(set.add('ba')).toBe(true);
    expect(set.has('')).toBe(true);
    expect(set.has('c')).toBe(false);
    expect(set.size).toBe(5);
  });
});
