import { describe, expect, it } from 'vitest';
import OverviewPage from '../src/pages/OverviewPage.vue';
import { mountAt, nextRoute, settle } from './support/mount-page';
import { overview } from './support/fixtures';

const projection = {
  data: {
    customerPoints: [
      { id: '13047', x: -1, y: 0.5, segment: 'S1' },
      { id: '17850', x: 1, y: 2, segment: 'S0' },
      { id: '12346', x: 0, y: 0, segment: null },
    ],
    segments: [
      { id: 'S0', name: 'Champions', rank: 0 },
      { id: 'S1', name: 'Loyal', rank: 1 },
    ],
  },
};

describe('Overview page', () => {
  it('when the overview is still loading then it says so', async () => {
    const { wrapper } = await mountAt(OverviewPage, '/', { Overview: 'loading', Projection: 'loading' });
    expect(wrapper.get('[role="status"]').text()).toContain('Loading the overview');
  });

  it('when the API fails then it shows the message and a retry', async () => {
    const { wrapper, urql } = await mountAt(OverviewPage, '/', { Overview: { network: 'connect ECONNREFUSED' } });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Could not load the overview');
    expect(alert.text()).toContain('connect ECONNREFUSED');
    urql.answer('Overview', { data: overview() });
    urql.answer('Projection', projection);
    await alert.get('button').trigger('click');
    await settle();
    expect(wrapper.text()).toContain('Champions');
  });

  it('when the graph is empty then it explains how to import', async () => {
    const empty = overview({ stats: { ...overview().stats, orders: 0, customers: 0 }, imports: [], segments: [] });
    const { wrapper } = await mountAt(OverviewPage, '/', { Overview: { data: empty } });
    expect(wrapper.text()).toContain('The graph is empty');
    expect(wrapper.text()).toContain('npx basketgraph import FILE');
  });

  it('when segments exist then it shows the counts and one linked card per segment', async () => {
    const { wrapper } = await mountAt(OverviewPage, '/', { Overview: { data: overview() }, Projection: projection });
    expect(wrapper.get('[aria-label="Counts"]').text()).toMatch(/100\s*Customers/);
    // Customers count buyers as the funnel does; those with only returns are named apart, not mixed in.
    expect(wrapper.get('[aria-label="Counts"]').text()).toMatch(/100\s*Customers\s*\+ 3 with only returns/);
    const cards = wrapper.findAll('.segment-card');
    expect(cards.map((c) => c.get('h3').text())).toEqual(['Champions', 'Loyal', 'At risk']);
    expect(cards[0].attributes('href')).toBe('/segments/S0');
    expect(cards[0].text()).toContain('60 % of revenue');
    expect(cards[0].text()).toContain('20 customers');
  });

  it('when segments exist then the charts get customers vs revenue and every projected customer', async () => {
    const { wrapper } = await mountAt(OverviewPage, '/', { Overview: { data: overview() }, Projection: projection });
    const charts = wrapper.findAllComponents({ name: 'EChart' });
    const labels = charts.map((c) => c.props('label') as string);
    expect(labels.some((l) => l.startsWith('Share of customers and share of revenue'))).toBe(true);
    const scatter = charts.find((c) => (c.props('label') as string).startsWith('Scatter plot'))!;
    const series = scatter.props('option').series as { name: string; data: { id: string }[] }[];
    expect(series.map((s) => s.name)).toEqual(['Champions', 'Loyal', 'No segment']);
    expect(series[0].data[0].id).toBe('17850');
    expect(wrapper.text()).toContain('3 customers');
  });

  it('when a projected customer is clicked then its page opens', async () => {
    const { wrapper, router } = await mountAt(OverviewPage, '/', { Overview: { data: overview() }, Projection: projection });
    const scatter = wrapper.findAllComponents({ name: 'EChart' }).find((c) => (c.props('label') as string).startsWith('Scatter plot'))!;
    const landed = nextRoute(router);
    scatter.vm.$emit('click', { data: { value: [1, 2], id: '17850' } });
    expect((await landed).fullPath).toBe('/customers/17850');
  });

  it('when the projection loads then it takes one request and every point keeps its segment', async () => {
    const { wrapper, urql } = await mountAt(OverviewPage, '/', { Overview: { data: overview() }, Projection: projection });
    expect(urql.calls('Projection')).toHaveLength(1);
    const scatter = wrapper.findAllComponents({ name: 'EChart' }).find((c) => (c.props('label') as string).startsWith('Scatter plot'))!;
    const series = scatter.props('option').series as { name: string; data: { id: string }[] }[];
    const byId = Object.fromEntries(series.flatMap((s) => s.data.map((d) => [d.id, s.name])));
    expect(byId['17850']).toBe('Champions');
    expect(byId['13047']).toBe('Loyal');
    expect(wrapper.text()).toContain('3 customers');
  });

  it('when no analysis has run then the segment sections say what to run', async () => {
    const { wrapper } = await mountAt(OverviewPage, '/', { Overview: { data: overview({ segments: [], latestRun: null }) } });
    expect(wrapper.text()).toContain('No segments yet');
    expect(wrapper.findAll('.segment-card')).toHaveLength(0);
    expect(wrapper.text()).not.toContain('Choosing k');
  });

  it('when the run swept k then the k chart shows with the best silhouette', async () => {
    const run = {
      ...overview().latestRun!,
      kSweep: [
        { k: 2, inertia: 10, silhouette: 0.4 },
        { k: 3, inertia: 6, silhouette: 0.55 },
        { k: 4, inertia: 5, silhouette: 0.5 },
      ],
    };
    const { wrapper } = await mountAt(OverviewPage, '/', { Overview: { data: overview({ latestRun: run }) }, Projection: projection });
    expect(wrapper.text()).toContain('Choosing k');
    expect(wrapper.text()).toContain('best silhouette at k = 3');
  });
});
