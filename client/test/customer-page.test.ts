import { describe, expect, it } from 'vitest';
import CustomerPage from '../src/pages/CustomerPage.vue';
import { mountAt, nextRoute, settle } from './support/mount-page';
import { buttonLabelled } from './support/buttons';
import type { MockHandlers } from './support/mock-urql';
import { connection, CUSTOMER, neighbourReason, recommendation } from './support/fixtures';
import type { OrderRow } from '../src/graphql/customer';

/** One returned lantern: an order of one line and one item. */
const lanternReturn: OrderRow = {
  id: 'C536379',
  kind: 'RETURN',
  date: '2010-12-02',
  total: 27.5,
  itemCount: 1,
  lineCount: 1,
  lines: [],
  returns: [{ quantity: 1, amount: 27.5, product: { id: '71053', description: 'WHITE METAL LANTERN' } }],
};

const orders = connection<OrderRow>(
  [
    {
      id: '536365',
      kind: 'PURCHASE',
      date: '2010-12-01',
      total: 139.12,
      itemCount: 40,
      lineCount: 2,
      lines: [{ quantity: 6, lineTotal: 15.3, product: { id: '85123A', description: 'WHITE HANGING HEART T-LIGHT HOLDER' } }],
      returns: [],
    },
    lanternReturn,
  ],
  2,
);
const recs = (model: string) => ({
  data: {
    customer: {
      id: '17850',
      recommendations:
        model === 'POPULARITY'
          ? [recommendation(1, '22423', 'REGENCY CAKESTAND 3 TIER', [], 'popularity')]
          : [recommendation(1, '21730', 'GLASS STAR FROSTED T-LIGHT HOLDER', [neighbourReason('13047'), neighbourReason('12583', 0.1)])],
    },
  },
});
const handlers = {
  Customer: { data: { customer: CUSTOMER } },
  CustomerOrders: { data: { customer: { id: '17850', orders } } },
  CustomerRecommendations: (v) => recs(v.model ?? 'DEFAULT'),
} satisfies MockHandlers;

describe('Customer page', () => {
  it('when the customer loads then its profile and segment show', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', handlers);
    expect(wrapper.get('h1').text()).toBe('Customer 17850');
    expect(wrapper.text()).toContain('United Kingdom');
    expect(wrapper.get('a.segment-chip').attributes('href')).toBe('/segments/S0');
    expect(wrapper.text()).toContain('£5,292');
  });

  it('when the customer returned part of what they bought then spend is net, with gross and the return rate beside it and the definition on hover', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const spent = wrapper.get('.kpis .spent');
    expect(spent.text()).toContain('spent (net)');
    expect(spent.text()).toContain('£5,292');
    expect(spent.text()).toContain('gross £5,400 · 2 % returned');
    expect(spent.attributes('title')).toContain('minus the refunds of returns that match a purchase');
    expect(wrapper.get('.legend').text()).toContain('everything returned = 100 %');
  });

  it('when the customer has only returns then the page says so instead of promising features or recommendations', async () => {
    const onlyReturns = {
      ...CUSTOMER,
      id: '17547',
      status: 'RETURNS_ONLY' as const,
      features: null,
      segment: null,
      segmentDistance: null,
      products: [],
      neighbours: [],
      rules: [],
    };
    const { wrapper } = await mountAt(CustomerPage, '/customers/17547', {
      ...handlers,
      Customer: { data: { customer: onlyReturns } },
      CustomerRecommendations: { data: { customer: { id: '17547', recommendations: [] } } },
    });
    expect(wrapper.get('.returns-only').text()).toContain('not counted as customers');
    expect(wrapper.text()).toContain('No purchase features');
    expect(wrapper.text()).not.toContain('No features yet');
    expect(wrapper.get('.recommendations').text()).toContain('bought nothing in the data (only returns)');
    expect(wrapper.get('.recommendations').text()).not.toContain('has not bought yet');
  });

  it('when the export has no product types then the type-diversity row is left out rather than shown as 0 %', async () => {
    const untyped = { ...CUSTOMER, features: { ...CUSTOMER.features!, typeDiversity: null } };
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', { ...handlers, Customer: { data: { customer: untyped } } });
    expect(wrapper.get('.features-table').text()).not.toContain('Type diversity');
    const typed = await mountAt(CustomerPage, '/customers/17850', handlers);
    expect(typed.wrapper.get('.features-table').text()).toContain('Type diversity');
  });

  it('when the customer loads then its features stand next to the segment averages', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const rows = wrapper
      .get('.features-table')
      .findAll('tbody tr')
      .map((r) => r.findAll('td').map((td) => td.text()));
    expect(rows[0]).toEqual(['Recency (days)', '3 d', '6 d', '−50 %']);
    expect(rows[2]).toEqual(['Net spend', '£5,292', '£4,000', '+32 %']);
    expect(rows[3][2]).toBe('–');
  });

  it('when the customer loads then the neighbour graph gets the customer and its neighbours', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const graph = wrapper.findComponent({ name: 'NeighbourGraph' });
    expect(graph.props('customer').id).toBe('17850');
    expect(graph.props('neighbours').map((n: { customer: { id: string } }) => n.customer.id)).toEqual(['13047', '12583']);
    expect(wrapper.get('.neighbours').text()).toContain('7 shared');
  });

  it('when a neighbour is clicked in the graph then the walk goes to that customer', async () => {
    const { wrapper, router } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const landed = nextRoute(router);
    wrapper.findComponent({ name: 'NeighbourGraph' }).vm.$emit('walk', '13047');
    expect((await landed).path).toBe('/customers/13047');
  });

  it('when the top neighbour is selected then the products both bought are listed', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const shared = wrapper.get('.neighbours .shared');
    expect(shared.text()).toContain('Bought by 17850 and 13047');
    expect(shared.text()).toContain('WHITE HANGING HEART T-LIGHT HOLDER');
    expect(shared.text()).not.toContain('WHITE METAL LANTERN');
    expect(shared.text()).toContain('36 vs 24 units');
    expect(shared.text()).toContain('and 6 more');
  });

  it('when recommendations load then each shows its reasons', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const rec = wrapper.get('.recommendations .rec');
    expect(rec.text()).toContain('GLASS STAR FROSTED T-LIGHT HOLDER');
    expect(rec.text()).toContain('2 similar customers bought it');
    expect(rec.find('a[href="/customers/13047"]').exists()).toBe(true);
  });

  it('when another model is chosen then its recommendations replace the default and the URL keeps it', async () => {
    const { wrapper, router, urql } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const button = buttonLabelled(wrapper, 'Popularity', { selector: '.models button' });
    const landed = nextRoute(router);
    await button.trigger('click');
    expect((await landed).query.model).toBe('POPULARITY');
    await settle();
    expect(urql.calls('CustomerRecommendations').at(-1)).toMatchObject({ id: '17850', model: 'POPULARITY' });
    expect(wrapper.get('.recommendations').text()).toContain('REGENCY CAKESTAND 3 TIER');
    expect(button.attributes('aria-pressed')).toBe('true');
  });

  it('when a model has nothing to recommend then it says so', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', {
      ...handlers,
      CustomerRecommendations: { data: { customer: { id: '17850', recommendations: [] } } },
    });
    expect(wrapper.get('.recommendations').text()).toContain('Nothing to recommend');
  });

  it('when the orders load then purchases and returns are listed newest first', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', handlers);
    const text = wrapper.get('.orders').text();
    expect(text).toContain('536365');
    expect(text).toContain('return');
    expect(text).toContain('£139');
  });

  it('when a count is one then its noun is singular (“1 order”, “1 line · 1 item”)', async () => {
    const one = connection<OrderRow>([lanternReturn], 1);
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', {
      ...handlers,
      CustomerOrders: { data: { customer: { id: '17850', orders: one } } },
    });
    const card = wrapper.get('.orders').element.closest('section')!;
    expect(card.textContent).toContain('1 order');
    expect(card.textContent).not.toContain('1 orders');
    expect(wrapper.get('.orders').text()).toContain('1 line · 1 item');
  });

  it('when the customer has no neighbours then it explains why', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', {
      ...handlers,
      Customer: { data: { customer: { ...CUSTOMER, neighbours: [] } } },
    });
    expect(wrapper.text()).toContain('No neighbours');
    expect(wrapper.findComponent({ name: 'NeighbourGraph' }).exists()).toBe(false);
  });

  it('when there is no such customer then it offers a prefix search', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/99999', { Customer: { data: { customer: null } } });
    expect(wrapper.text()).toContain('There is no customer “99999”');
    expect(wrapper.find('a[href="/customers?q=99999"]').exists()).toBe(true);
  });

  it('when the customer is loading then a loading state shows', async () => {
    const { wrapper } = await mountAt(CustomerPage, '/customers/17850', { Customer: 'loading' });
    expect(wrapper.get('[role="status"]').text()).toContain('Loading the customer');
  });
});
