import { describe, expect, it } from 'vitest';
import { CYPHER_EXAMPLES, parseCypherExamples } from '../src/lib/cypher-examples';
import { fmtCountOf, fmtDays, fmtDelta, fmtMoney, fmtPercent, fmtScore, scoreFormatter } from '../src/lib/format';
import { groupReasons, reasonLabel } from '../src/lib/reasons';
import { rulesStateFromQuery, rulesStateToQuery } from '../src/lib/rules-query-state';
import { neighbourElements, CENTER_SIZE, MAX_SIZE, MIN_SIZE } from '../src/lib/neighbour-graph';
import { againstMedianCustomer } from '../src/lib/segment-math';
import { projectionOption } from '../src/charts/options/overview';
import { wrapLabel } from '../src/charts/options/common';
import { indexBarsOption } from '../src/charts/options/compare';
import { CUSTOMER, neighbourReason, RULES, ruleReason, SEGMENTS } from './support/fixtures';

describe('Cypher examples', () => {
  it('when cypher/README.md is bundled then every worked query becomes an example with its title', () => {
    expect(CYPHER_EXAMPLES.length).toBeGreaterThanOrEqual(12);
    expect(CYPHER_EXAMPLES[0].title).toBe('Top products in one country');
    expect(CYPHER_EXAMPLES[0].query).toMatch(/^MATCH \(c:Customer\)/);
    expect(CYPHER_EXAMPLES.every((e) => !e.query.includes('```'))).toBe(true);
  });

  it('when a section has no cypher block then it is skipped', () => {
    const md = '### 1. One\nText.\n\n```cypher\nRETURN 1\n```\n\n### 2. Two\nno code\n';
    expect(parseCypherExamples(md)).toEqual([{ title: 'One', description: 'Text.', query: 'RETURN 1' }]);
  });
});

describe('formatting', () => {
  it('when a count is shown with its noun then one is singular and any other number plural', () => {
    expect(fmtCountOf(1, 'order')).toBe('1 order');
    expect(fmtCountOf(0, 'order')).toBe('0 orders');
    expect(fmtCountOf(1234, 'customer')).toBe('1,234 customers');
    expect(fmtCountOf(null, 'order')).toBe('–');
  });

  it('when a list of scores is shown then whole numbers stay whole and all share one precision', () => {
    const counts = scoreFormatter([120, 96, 10, 9]);
    expect([120, 96, 10, 9].map(counts)).toEqual(['120', '96', '10', '9']);
    const cosines = scoreFormatter([0.605, 0.374, 0.2]);
    expect([0.605, 0.374, 0.2].map(cosines)).toEqual(['0.605', '0.374', '0.200']);
    const mixed = scoreFormatter([12.25, 9.5]);
    expect([12.25, 9.5].map(mixed)).toEqual(['12.3', '9.5']);
    expect(scoreFormatter([])(null)).toBe('–');
  });

  it('when numbers are shown then they read like money, shares, days and scores', () => {
    expect(fmtMoney(1234.5)).toBe('£1,235');
    expect(fmtMoney(12.345)).toBe('£12.35');
    expect(fmtPercent(0.256)).toBe('25.6 %');
    expect(fmtDays(2.46)).toBe('2.5 d');
    expect(fmtDays(120)).toBe('120 d');
    expect(fmtScore(0.12345)).toBe('0.123');
    expect(fmtScore(49.9469)).toBe('49.9');
    expect(fmtDelta(15, 10)).toBe('+50 %');
    expect(fmtDelta(5, 10)).toBe('−50 %');
    expect(fmtDelta(5, 0)).toBe('');
    expect(fmtMoney(null)).toBe('–');
  });

  it('when a chart label is long then it wraps on two lines', () => {
    expect(wrapLabel('Needs attention (value tier 1)', 16)).toBe('Needs attention\n(value tier 1)');
  });
});

describe('reasons', () => {
  it('when a recommendation has several reasons then they group by kind, strongest first', () => {
    const groups = groupReasons([neighbourReason('a', 0.1), ruleReason(RULES[0]), neighbourReason('b', 0.3)]);
    expect(groups.map((g) => g.kind)).toEqual(['RULE', 'NEIGHBOUR']);
    expect(groups[1].reasons.map((r) => r.id)).toEqual(['b', 'a']);
    expect(reasonLabel('NEIGHBOUR', 2)).toBe('2 similar customers bought it');
    expect(reasonLabel('SOMETHING_NEW', 1)).toBe('something new (1)');
  });
});

describe('rules browser URL', () => {
  it('when the state goes to the URL and back then it is unchanged', () => {
    const state = {
      sort: 'CONFIDENCE' as const,
      dir: 'ASC' as const,
      minLift: 2,
      minConfidence: 0.5,
      minSupport: undefined,
      scope: 'SEGMENT' as const,
      segment: 'S1',
      product: '85123A',
    };
    const query = rulesStateToQuery(state) as Record<string, string>;
    expect(query).toEqual({ sort: 'confidence', dir: 'asc', minLift: '2', minConfidence: '0.5', segment: 'S1', product: '85123A' });
    expect(rulesStateFromQuery(query)).toEqual(state);
  });

  it('when the URL is nonsense then the defaults apply', () => {
    expect(rulesStateFromQuery({ sort: 'drop table', minLift: 'x' })).toMatchObject({
      sort: 'LIFT',
      dir: 'DESC',
      minLift: undefined,
      scope: 'ALL',
    });
  });
});

describe('neighbour graph', () => {
  it('when neighbours are drawn then the customer is the centre and sizes follow the score', () => {
    const els = neighbourElements(CUSTOMER, CUSTOMER.neighbours);
    const nodes = els.filter((e) => e.group === 'nodes');
    expect(nodes[0].data).toMatchObject({ id: '17850', size: CENTER_SIZE, center: 1 });
    expect(nodes[1].data.size).toBe(MAX_SIZE);
    expect(nodes[2].data.size).toBeGreaterThan(MIN_SIZE);
    expect(nodes[2].data.size).toBeLessThan(MAX_SIZE);
    expect(els.filter((e) => e.group === 'edges').map((e) => e.data.target)).toEqual(['13047', '12583']);
  });
});

describe('segments', () => {
  it('when a segment is compared then its medians stand against all customers’ medians, the reference its name used', () => {
    const loyal = {
      ...SEGMENTS[1],
      naming: { rule: 'r', median: { recency: 20, frequency: 2, monetary: 402 }, reference: { recency: 51, frequency: 2, monetary: 649 } },
    };
    expect(againstMedianCustomer(loyal).map((r) => [r.row.key, r.value, r.reference, r.standing])).toEqual([
      ['recency', 20, 51, 'better'],
      ['frequency', 2, 2, 'level'],
      ['monetary', 402, 649, 'worse'],
    ]);
    expect(againstMedianCustomer({ ...loyal, naming: null })).toEqual([]);
  });

  it('when customers have no projection then the scatter leaves them out', () => {
    const option = projectionOption([
      { id: 'a', projection: { x: 1, y: 1 }, segment: { id: 'S1', name: 'Loyal', rank: 1 } },
      { id: 'b', projection: null, segment: null },
      { id: 'c', projection: { x: 0, y: 0 }, segment: { id: 'S0', name: 'Champions', rank: 0 } },
    ]);
    const series = option.series as { name: string; data: unknown[] }[];
    expect(series.map((s) => s.name)).toEqual(['Champions', 'Loyal']);
    expect(series.flatMap((s) => s.data)).toHaveLength(2);
  });
});

describe('chart tooltips', () => {
  it('when the pointer is over an index bar then the tooltip names that row with its value and the reference in their units', () => {
    // Drawn bottom-up: the first row is the last bar, so dataIndex 0 is the second row.
    const option = indexBarsOption(
      [
        { label: 'Recency', value: 10, reference: 20, format: (v) => `${v} d` },
        { label: 'Net spend', value: 300, reference: 150, format: (v) => `£${v}` },
      ],
      '#000',
      'segment average',
    );
    const tooltip = option.tooltip as { trigger: string; formatter: (ps: unknown) => string };
    expect(tooltip.trigger).toBe('axis');
    expect(tooltip.formatter([{ dataIndex: 0 }])).toBe('<b>Net spend</b><br/>this: £300<br/>segment average: £150');
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe('<b>Recency</b><br/>this: 10 d<br/>segment average: 20 d');
  });
});
