import { describe, expect, it } from 'vitest';
import ProductPage from '../src/pages/ProductPage.vue';
import ProductsPage from '../src/pages/ProductsPage.vue';
import { mountAt, nextRoute, settle } from './support/mount-page';
import { connection, PRODUCT } from './support/fixtures';

describe('Product page', () => {
  it('when the product loads then its numbers, also-bought and rules show', async () => {
    const { wrapper } = await mountAt(ProductPage, '/products/85123A', { Product: { data: { product: PRODUCT } } });
    expect(wrapper.get('h1').text()).toBe('WHITE HANGING HEART T-LIGHT HOLDER');
    expect(wrapper.text()).toContain('£1,945');
    expect(wrapper.get('.also-bought').text()).toContain('RED HANGING HEART T-LIGHT HOLDER');
    expect(wrapper.get('.rules-table').text()).toContain('WHITE METAL LANTERN');
    expect(wrapper.text()).toContain('No rule leads to it');
  });

  it('when the product loads then the segment chart gets each segment’s share', async () => {
    const { wrapper } = await mountAt(ProductPage, '/products/85123A', { Product: { data: { product: PRODUCT } } });
    const chart = wrapper.findComponent({ name: 'EChart' });
    const series = chart.props('option').series as { data: { value: number }[] }[];
    expect(series[0].data.map((d) => d.value)).toEqual([0.2]);
  });

  it('when “start a basket” is followed then the basket opens with the product', async () => {
    const { wrapper } = await mountAt(ProductPage, '/products/85123A', { Product: { data: { product: PRODUCT } } });
    expect(wrapper.get('a.btn.primary').attributes('href')).toBe('/basket?items=85123A');
  });

  it('when there is no such product then it offers a search', async () => {
    const { wrapper } = await mountAt(ProductPage, '/products/NOPE', { Product: { data: { product: null } } });
    expect(wrapper.text()).toContain('There is no product “NOPE”');
  });
});

describe('Products search page', () => {
  const hits = connection([{ id: '85123A', description: 'WHITE HANGING HEART T-LIGHT HOLDER', buyers: 16, units: 748, revenue: 1945 }], 1);

  it('when the URL has a search then the products matching it are listed', async () => {
    const { wrapper, urql } = await mountAt(ProductsPage, '/products?q=heart', { ProductSearch: { data: { products: hits } } });
    expect(urql.calls('ProductSearch')[0]).toMatchObject({ search: 'heart' });
    expect(wrapper.get('.products-table').text()).toContain('WHITE HANGING HEART T-LIGHT HOLDER');
  });

  it('when nothing matches then it says so', async () => {
    const { wrapper } = await mountAt(ProductsPage, '/products?q=zebra', { ProductSearch: { data: { products: connection([], 0) } } });
    expect(wrapper.text()).toContain('No product matches “zebra”');
  });

  it('when a new search is typed then the URL and the query follow', async () => {
    const { wrapper, router, urql } = await mountAt(ProductsPage, '/products', { ProductSearch: { data: { products: hits } } });
    const landed = nextRoute(router);
    await wrapper.get('input[name="q"]').setValue('lantern');
    expect((await landed).query.q).toBe('lantern');
    await settle();
    expect(urql.calls('ProductSearch').at(-1)).toMatchObject({ search: 'lantern' });
  });
});
