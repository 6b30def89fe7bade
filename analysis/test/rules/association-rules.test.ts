import { describe, expect, it } from 'vitest';
import { associationRules, type AssociationRule } from '../../src/rules/association-rules.js';
import { frequentItemsets } from '../../src/rules/fp-growth.js';
import { HAN_KAMBER_TRANSACTIONS } from '../support/textbook-baskets.js';

const transactions = HAN_KAMBER_TRANSACTIONS;
const frequent = frequentItemsets(transactions, { minSupport: 2 / 9 });

const find = (rules: AssociationRule[], x: number[], y: number[]) =>
  rules.find((r) => Array.from(r.antecedent).join() === x.join() && Array.from(r.consequent).join() === y.join());

describe('associationRules', () => {
  const rules = associationRules(frequent);

  it('when a rule has confidence below 1 then its metrics match the hand computation', () => {
    // {1} → {2}: count({1,2}) = 4, count({1}) = 6, count({2}) = 7, n = 9.
    // support = 4/9; confidence = 4/6 = 2/3; lift = (2/3) / (7/9) = 6/7;
    // leverage = 4/9 − (6/9)(7/9) = 36/81 − 42/81 = −6/81;
    // conviction = (1 − 7/9) / (1 − 2/3) = (2/9) / (1/3) = 2/3.
    const r = find(rules, [1], [2])!;
    expect(r.count).toBe(4);
    expect(r.support).toBeCloseTo(4 / 9, 12);
    expect(r.confidence).toBeCloseTo(2 / 3, 12);
    expect(r.lift).toBeCloseTo(6 / 7, 12);
    expect(r.leverage).toBeCloseTo(-6 / 81, 12);
    expect(r.conviction).toBeCloseTo(2 / 3, 12);
  });

  it('when a rule has a two-item antecedent then supports come from the itemsets', () => {
    // {2,3} → {1}: count({1,2,3}) = 2, count({2,3}) = 4, count({1}) = 6.
    // confidence = 2/4 = 1/2; lift = (1/2) / (6/9) = 3/4; leverage = 2/9 − (4/9)(6/9) = 18/81 − 24/81 = −6/81;
    // conviction = (1 − 6/9) / (1 − 1/2) = (1/3) / (1/2) = 2/3.
    const r = find(rules, [2, 3], [1])!;
    expect(r.confidence).toBeCloseTo(0.5, 12);
    expect(r.lift).toBeCloseTo(0.75, 12);
    expect(r.leverage).toBeCloseTo(-6 / 81, 12);
    expect(r.conviction).toBeCloseTo(2 / 3, 12);
  });

  it('when confidence is 1 then conviction is null', () => {
    // {5} → {1,2}: count({1,2,5}) = 2 = count({5}) → confidence 1; lift = 1 / (4/9) = 9/4.
    const r = find(rules, [5], [1, 2])!;
    expect(r.confidence).toBe(1);
    expect(r.conviction).toBeNull();
    expect(r.lift).toBeCloseTo(9 / 4, 12);
  });

  it('when itemsets are given then every non-empty proper split of each itemset of size ≥ 2 is a rule', () => {
    // 6 pairs × 2 splits + 2 triples × 6 splits = 24.
    expect(rules).toHaveLength(24);
  });

  it('when minConfidence is set then weaker rules are dropped', () => {
    const strong = associationRules(frequent, { minConfidence: 0.7 });
    expect(strong.length).toBeGreaterThan(0);
    expect(strong.every((r) => r.confidence >= 0.7)).toBe(true);
    expect(strong).toHaveLength(rules.filter((r) => r.confidence >= 0.7).length);
  });

  it('when rules are returned then they are ordered by lift, then confidence, then items', () => {
    for (let i = 1; i < rules.length; i++) {
      const a = rules[i - 1];
      const b = rules[i];
      expect(a.lift > b.lift || (a.lift === b.lift && a.confidence >= b.confidence)).toBe(true);
    }
    // The top lift 9/4 is shared by {5} → {1,2} (confidence 2/2) and {1,2} → {5} (confidence 2/4,
    // lift (2·9)/(4·2) = 9/4): the higher confidence comes first.
    expect(Array.from(rules[0].antecedent)).toEqual([5]);
    expect(Array.from(rules[0].consequent)).toEqual([1, 2]);
    expect(associationRules(frequent)).toEqual(rules);
  });
});
