import { describe, expect, it } from 'vitest';
import AppHeader from '../src/components/layout/AppHeader.vue';
import { mountAt, nextRoute, settle } from './support/mount-page';
import type { MockHandlers } from './support/mock-urql';
import { connection } from './support/fixtures';
import { print } from 'graphql';
import { CustomerIdSuggestQuery } from '../src/graphql/search';

const handlers = {
  CustomerIdSuggest: (v) => ({
    data: { customers: { totalCount: 1, edges: v.prefix === '178' ? [{ node: { id: '17850', country: 'United Kingdom' } }] : [] } },
  }),
  ProductSearch: {
    data: {
      products: connection([{ id: '85123A', description: 'WHITE HANGING HEART T-LIGHT HOLDER', buyers: 16, units: 748, revenue: 1945 }], 1),
    },
  },
} satisfies MockHandlers;

type Mounted = Awaited<ReturnType<typeof mountAt>>;

/** Types into the search box and waits until the debounced suggestion query has been answered and rendered. */
async function type({ wrapper, urql }: Mounted, text: string, asks: 'CustomerIdSuggest' | 'ProductSearch') {
  const input = wrapper.get('#header-search-input');
  await input.trigger('focus');
  const asked = urql.next(asks);
  await input.setValue(text);
  await asked;
  await settle();
}

describe('Header search', () => {
  it('when ids are suggested then customers with only returns are searched too (status: null), not just buyers', () => {
    expect(print(CustomerIdSuggestQuery)).toMatch(/customers\(first: 6, filter: \{idPrefix: \$prefix, status: null\}\)/);
  });

  it('when an id prefix is typed then matching customers are suggested and Enter opens the chosen one', async () => {
    const mounted = await mountAt(AppHeader, '/', handlers);
    const { wrapper, router } = mounted;
    await type(mounted, '178', 'CustomerIdSuggest');
    const options = wrapper.findAll('[role="option"]');
    expect(options[0].text()).toContain('Customer 17850');
    await wrapper.get('#header-search-input').trigger('keydown', { key: 'ArrowDown' });
    const landed = nextRoute(router);
    await wrapper.get('form[role="search"]').trigger('submit');
    expect((await landed).path).toBe('/customers/17850');
  });

  it('when words are typed then products are suggested with a link to all matches', async () => {
    const mounted = await mountAt(AppHeader, '/', handlers);
    const { wrapper, router } = mounted;
    await type(mounted, 'heart', 'ProductSearch');
    const options = wrapper.findAll('[role="option"]');
    expect(options.map((o) => o.find('.label').text())).toEqual(['WHITE HANGING HEART T-LIGHT HOLDER', 'All products matching “heart”']);
    const landed = nextRoute(router);
    await options[0].trigger('mousedown');
    expect((await landed).path).toBe('/products/85123A');
  });

  it('when a customer id is submitted without choosing then the customer page opens', async () => {
    const { wrapper, router } = await mountAt(AppHeader, '/', handlers);
    await wrapper.get('#header-search-input').setValue('12345');
    const landed = nextRoute(router);
    await wrapper.get('form[role="search"]').trigger('submit');
    expect((await landed).path).toBe('/customers/12345');
  });

  it('when the header shows then it links to GraphiQL', async () => {
    const { wrapper } = await mountAt(AppHeader, '/', handlers);
    expect(wrapper.get('a.graphiql').attributes('href')).toBe('/graphql');
  });
});
