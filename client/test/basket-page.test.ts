import { describe, expect, it } from 'vitest';
import BasketPage from '../src/pages/BasketPage.vue';
import { mountAt, nextRoute, settle } from './support/mount-page';
import type { MockHandlers } from './support/mock-urql';
import { connection, recommendation, RULES, ruleReason } from './support/fixtures';

const heart = { id: '85123A', description: 'WHITE HANGING HEART T-LIGHT HOLDER', buyers: 16, units: 748, revenue: 1945 };
const handlers = {
  ProductSearch: { data: { products: connection([heart], 1) } },
  ProductName: (v) => ({ data: { product: { id: v.id, description: v.id === '71053' ? 'WHITE METAL LANTERN' : 'SOMETHING' } } }),
  BasketRecommendations: (v) => ({
    data: {
      recommendForBasket: v.productIds.includes('85123A')
        ? [recommendation(1, '21730', 'GLASS STAR FROSTED T-LIGHT HOLDER', [ruleReason(RULES[0])], 'basket')]
        : [recommendation(1, '22423', 'REGENCY CAKESTAND 3 TIER', [], 'basket')],
    },
  }),
} satisfies MockHandlers;

describe('Basket builder', () => {
  it('when the basket is empty then it invites to add a product and asks nothing', async () => {
    const { wrapper, urql } = await mountAt(BasketPage, '/basket', handlers);
    expect(wrapper.text()).toContain('The basket is empty');
    expect(wrapper.text()).toContain('Suggestions appear here');
    expect(urql.calls('BasketRecommendations')).toHaveLength(0);
  });

  it('when a product is picked from the type-ahead then it joins the basket and suggestions appear', async () => {
    const { wrapper, router, urql } = await mountAt(BasketPage, '/basket', handlers);
    const input = wrapper.get('#basket-add');
    await input.trigger('focus');
    const searched = urql.next('ProductSearch');
    await input.setValue('heart');
    await searched;
    await settle();
    expect(wrapper.findAll('[role="option"]')).toHaveLength(1);
    const landed = nextRoute(router);
    await wrapper.get('[role="option"]').trigger('mousedown');
    expect((await landed).query.items).toBe('85123A');
    await settle();
    expect(urql.calls('BasketRecommendations').at(-1)).toMatchObject({ productIds: ['85123A'] });
    expect(wrapper.get('.basket-item').text()).toContain('WHITE HANGING HEART T-LIGHT HOLDER');
    expect(wrapper.get('.suggestions').text()).toContain('GLASS STAR FROSTED T-LIGHT HOLDER');
  });

  it('when a rule fires then the rule is listed with its lift', async () => {
    const { wrapper } = await mountAt(BasketPage, '/basket?items=85123A', handlers);
    const fired = wrapper.get('.fired');
    expect(fired.text()).toContain('WHITE HANGING HEART T-LIGHT HOLDER');
    expect(fired.text()).toContain('WHITE METAL LANTERN');
    expect(fired.text()).toContain('lift 4.20');
  });

  it('when the basket comes from the URL then its products are named', async () => {
    const { wrapper } = await mountAt(BasketPage, '/basket?items=71053', handlers);
    expect(wrapper.get('.basket-item').text()).toContain('WHITE METAL LANTERN');
    expect(wrapper.get('.suggestions').text()).toContain('REGENCY CAKESTAND 3 TIER');
    expect(wrapper.text()).toContain('No rule fired');
  });

  it('when a suggestion is added then the basket grows and the suggestions are asked again', async () => {
    const { wrapper, router, urql } = await mountAt(BasketPage, '/basket?items=71053', handlers);
    const landed = nextRoute(router);
    await wrapper.get('.suggestions .action').trigger('click');
    expect((await landed).query.items).toBe('71053,22423');
    await settle();
    expect(urql.calls('BasketRecommendations').at(-1)).toMatchObject({ productIds: ['71053', '22423'] });
  });

  it('when a product is removed then it leaves the basket', async () => {
    const { wrapper, router } = await mountAt(BasketPage, '/basket?items=71053,85123A', handlers);
    const landed = nextRoute(router);
    await wrapper.findAll('.basket-item button')[0].trigger('click');
    expect((await landed).query.items).toBe('85123A');
  });

  it('when the suggestions fail then the error is shown', async () => {
    const { wrapper } = await mountAt(BasketPage, '/basket?items=71053', {
      ...handlers,
      BasketRecommendations: { error: 'unknown product id' },
    });
    expect(wrapper.get('.suggestions [role="alert"]').text()).toContain('unknown product id');
  });
});
