import { describe, expect, it } from 'vitest';
import { autoCutoff, autoCutoffDay } from '../../src/evaluation/auto-cutoff.js';
import { dayNumber } from '../../src/dataset.js';

describe('automatic evaluation cutoff', () => {
  it('when orders span days 10 to 110 then the test starts at day 85, three quarters in', () => {
    expect(autoCutoffDay(Int32Array.from([50, 110, 10, 70]))).toBe(85);
  });

  it('when three quarters fall between two days then the cutoff rounds up (train keeps at least three quarters)', () => {
    expect(autoCutoffDay([0, 3])).toBe(3); // 0.75 · 3 = 2.25 → 3
  });

  it('when there are no orders then there is no cutoff', () => {
    expect(autoCutoffDay([])).toBeNull();
    expect(autoCutoff([])).toBeNull();
  });

  it('when the data runs from 1 Dec 2010 to 9 Dec 2011 then the cutoff is 7 Sep 2011', () => {
    expect(autoCutoff([dayNumber('2010-12-01'), dayNumber('2011-12-09')])).toBe('2011-09-07');
  });
});
