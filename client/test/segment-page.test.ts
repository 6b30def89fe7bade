import { describe, expect, it } from 'vitest';
import SegmentPage from '../src/pages/SegmentPage.vue';
import { mountAt, settle } from './support/mount-page';
import { buttonLabelled, clickButton } from './support/buttons';
import type { MockHandlers } from './support/mock-urql';
import { connection, recommendation, RULES, SEGMENTS } from './support/fixtures';

const detail = {
  ...SEGMENTS[1],
  centroid: [{ feature: 'recency', raw: 40, scaled: 0.2 }],
  topProducts: [{ buyers: 12, revenue: 340, product: { id: '22423', description: 'REGENCY CAKESTAND 3 TIER' } }],
  recommendationsForNewCustomer: [
    recommendation(
      1,
      '22086',
      "PAPER CHAIN KIT 50'S CHRISTMAS",
      [{ kind: 'SEGMENT', id: 'S1', weight: 10, customer: null, product: null, rule: null, segment: { id: 'S1', name: 'Loyal', rank: 1 } }],
      'segment-popularity',
    ),
  ],
};
const customers = connection(
  [
    { id: '13047', country: 'United Kingdom', features: { recency: 4, frequency: 9, monetary: 3100 }, segment: null },
    { id: '12583', country: 'France', features: { recency: 12, frequency: 3, monetary: 900 }, segment: null },
  ],
  30,
  true,
);
const handlers = {
  Segment: { data: { segment: detail, segments: SEGMENTS } },
  CustomersPage: { data: { customers } },
  Rules: { data: { rules: connection([RULES[1]], 1) } },
} satisfies MockHandlers;

describe('Segment page', () => {
  it('when the segment loads then its name, size and its median customer against all customers’ median show, with the rule behind the name', async () => {
    const { wrapper } = await mountAt(SegmentPage, '/segments/S1', handlers);
    expect(wrapper.get('h1').text()).toBe('Loyal');
    expect(wrapper.text()).toContain('30 customers called Loyal.');
    const rows = wrapper
      .findAll('table')[0]
      .findAll('tbody tr')
      .map((r) => r.findAll('td').map((td) => td.text()));
    // Fixture: S1's medians 50 d, 3 orders, £750 against all customers' 50 d, 2 orders, £650.
    expect(rows).toEqual([
      ['Median recency', '50 d', '50 d', '±0 %'],
      ['Median orders', '3', '2', '+50 %'],
      ['Median net spend', '£750', '£650', '+15 %'],
    ]);
    expect(wrapper.get('.rule').text()).toBe('Why “Loyal”: fixture rule → Loyal.');
  });

  it('when the run recorded no naming rule then the comparison says so instead of using another reference', async () => {
    const { wrapper } = await mountAt(SegmentPage, '/segments/S1', {
      ...handlers,
      Segment: { data: { segment: { ...detail, naming: null }, segments: SEGMENTS } },
    });
    expect(wrapper.text()).toContain('No naming rule recorded');
    expect(wrapper.text()).not.toContain('Median recency');
  });

  it('when the segment loads then top products, customers, rules and new-customer recommendations show', async () => {
    const { wrapper } = await mountAt(SegmentPage, '/segments/S1', handlers);
    expect(wrapper.text()).toContain('REGENCY CAKESTAND 3 TIER');
    expect(wrapper.get('.customers-table').text()).toContain('13047');
    expect(wrapper.text()).toContain('1–2 of 30 customers');
    expect(wrapper.get('.rules-table').text()).toContain('GREEN REGENCY TEACUP AND SAUCER');
    expect(wrapper.get('.recs').text()).toContain("PAPER CHAIN KIT 50'S CHRISTMAS");
    expect(wrapper.get('.recs').text()).toContain('Popular in the segment');
  });

  it('when the customers are sorted by frequency then the API is asked for that order', async () => {
    const { wrapper, urql } = await mountAt(SegmentPage, '/segments/S1', handlers);
    const button = buttonLabelled(wrapper.get('.customers-table'), 'Frequency', { selector: 'th button', prefix: true });
    await button.trigger('click');
    await settle();
    expect(urql.calls('CustomersPage').at(-1)).toMatchObject({
      sort: { field: 'FREQUENCY', direction: 'DESC' },
      filter: { segment: 'S1' },
    });
    await button.trigger('click');
    await settle();
    expect(urql.calls('CustomersPage').at(-1)).toMatchObject({ sort: { field: 'FREQUENCY', direction: 'ASC' } });
  });

  it('when the next customers page is asked for then the cursor of the last row is sent', async () => {
    const { wrapper, urql } = await mountAt(SegmentPage, '/segments/S1', handlers);
    await clickButton(wrapper, 'Next', { selector: '.pager button', prefix: true });
    expect(urql.calls('CustomersPage').at(-1)).toMatchObject({ after: 'c2', filter: { segment: 'S1' } });
  });

  it('when rules are filtered by minimum lift then only the threshold is sent', async () => {
    const { wrapper, urql } = await mountAt(SegmentPage, '/segments/S1', handlers);
    await wrapper.get('input[name="minLift"]').setValue('2.5');
    await wrapper.get('input[name="minConfidence"]').setValue('40');
    await wrapper.get('.rule-filters').trigger('submit');
    await settle();
    expect(urql.calls('Rules').at(-1)).toMatchObject({ filter: { segment: 'S1', minLift: 2.5, minConfidence: 0.4 } });
  });

  it('when no rule passes the thresholds then it says to lower them', async () => {
    const { wrapper, urql } = await mountAt(SegmentPage, '/segments/S1', handlers);
    urql.answer('Rules', { data: { rules: connection([], 0) } });
    await wrapper.get('input[name="minLift"]').setValue('99');
    await wrapper.get('.rule-filters').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain('No rule passes these thresholds');
  });

  it('when there is no such segment then it says so and links to the overview', async () => {
    const { wrapper } = await mountAt(SegmentPage, '/segments/S9', { Segment: { data: { segment: null, segments: SEGMENTS } } });
    expect(wrapper.text()).toContain('There is no segment “S9”');
    expect(wrapper.find('a[href="/"]').exists()).toBe(true);
  });

  it('when the API refuses then the error is shown', async () => {
    const { wrapper } = await mountAt(SegmentPage, '/segments/S1', { Segment: { error: 'the store is busy' } });
    expect(wrapper.get('[role="alert"]').text()).toContain('the store is busy');
  });
});
