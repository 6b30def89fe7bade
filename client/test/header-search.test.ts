import { describe, expect, it, vi } from 'vitest';
import AppHeader from '../src/components/layout/AppHeader.vue';
import { mountAt, settle } from './support/mount-page';
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

async function type(wrapper: Awaited<ReturnType<typeof mountAt>>['wrapper'], text: string) {
  const input = wrapper.get('#header-search-input');
  await input.trigger('focus');
  await input.setValue(text);
  await vi.waitFor(async () => {
    await settle();
    expect(wrapper.findAll('[role="option"]').length).toBeGreaterThan(0);
  });
}

describe('Header search', () => {
  it('when ids are suggested then customers with only returns are searched too (status: null), not just buyers', () => {
    expect(print(CustomerIdSuggestQuery)).toMatch(/customers\(first: 6, filter: \{idPrefix: \$prefix, status: null\}\)/);
  });

  it('when an id prefix is typed then matching customers are suggested and Enter opens the chosen one', async () => {
    const { wrapper, router } = await mountAt(AppHeader, '/', handlers);
    await type(wrapper, '178');
    const options = wrapper.findAll('[role="option"]');
    expect(options[0].text()).toContain('Customer 17850');
    await wrapper.get('#header-search-input').trigger('keydown', { key: 'ArrowDown' });
    await wrapper.get('form[role="search"]').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/customers/17850'));
  });

  it('when words are typed then products are suggested with a link to all matches', async () => {
    const { wrapper, router } = await mountAt(AppHeader, '/', handlers);
    await type(wrapper, 'heart');
    const options = wrapper.findAll('[role="option"]');
    expect(options.map((o) => o.find('.label').text())).toEqual(['WHITE HANGING HEART T-LIGHT HOLDER', 'All products matching “heart”']);
    await options[0].trigger('mousedown');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/products/85123A'));
  });

  it('when a customer id is submitted without choosing then the customer page opens', async () => {
    const { wrapper, router } = await mountAt(AppHeader, '/', handlers);
    await wrapper.get('#header-search-input').setValue('12345');
    await wrapper.get('form[role="search"]').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/customers/12345'));
  });

  it('when the header shows then it links to GraphiQL', async () => {
    const { wrapper } = await mountAt(AppHeader, '/', handlers);
    expect(wrapper.get('a.graphiql').attributes('href')).toBe('/graphql');
  });
});
