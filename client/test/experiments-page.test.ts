import { describe, expect, it } from 'vitest';
import ExperimentsPage from '../src/pages/ExperimentsPage.vue';
import type { ExperimentData } from '../src/graphql/experiments';
import { mountAt } from './support/mount-page';

const e = (value: number, low: number, high: number) => ({ value, low, high });
const c = (difference: number, low: number, high: number, pValue: number, test: string) => ({ difference, low, high, pValue, test });
const replay: ExperimentData = {
  id: 'replay-2011-09-09',
  name: 'replay at 2011-09-09',
  status: 'replay',
  createdAt: '2026-12-06T03:00:00',
  startedAt: '2011-09-09T00:00:00',
  stoppedAt: null,
  attributionDays: 30,
  report: {
    variants: [
      {
        name: 'default',
        strategy: 'default',
        weight: 1,
        control: true,
        assigned: 1462,
        exposed: 1462,
        clickers: 0,
        converters: 300,
        revenue: 22861.8,
        clickThroughRate: e(0, 0, 0.0026),
        conversionRate: e(0.2052, 0.1853, 0.2267),
        revenuePerExposed: e(15.64, 4.99, 26.29),
        vsControl: null,
      },
      {
        name: 'popularity',
        strategy: 'popularity',
        weight: 1,
        control: false,
        assigned: 1431,
        exposed: 1431,
        clickers: 0,
        converters: 214,
        revenue: 8952.5,
        clickThroughRate: e(0, 0, 0.0027),
        conversionRate: e(0.1495, 0.132, 0.169),
        revenuePerExposed: e(6.26, 4.84, 7.67),
        vsControl: {
          clickThroughRate: c(0, -0.0026, 0.0027, 1, 'two-proportion z (Newcombe interval)'),
          conversionRate: c(-0.0557, -0.0834, -0.0278, 0.00009, 'two-proportion z (Newcombe interval)'),
          revenuePerExposed: c(-9.38, -20.12, 1.36, 0.0869, 'Welch t'),
        },
      },
    ],
    sampleRatio: { chiSquare: 0.33, df: 1, pValue: 0.5644, mismatch: false },
    lift: 0.1,
    sampleSizePerVariant: 6301,
  },
};

describe('Experiments page', () => {
  it('when an experiment exists then each variant’s rates and revenue show with their intervals and the control is marked', async () => {
    const { wrapper } = await mountAt(ExperimentsPage, '/experiments', { Experiments: { data: { experiments: [replay] } } });
    const rows = wrapper.findAll('.experiment-table tbody tr');
    expect(rows.map((r) => r.find('.name').text())).toEqual(['default (control)', 'popularity']);
    expect(rows[0].text()).toContain('20.52 % [18.53 %, 22.67 %]');
    expect(rows[1].text()).toContain('6.26 [4.84, 7.67]');
  });

  it('when a variant differs from the control then the difference, interval and p-value show, with the SRM verdict and the sample size', async () => {
    const { wrapper } = await mountAt(ExperimentsPage, '/experiments', { Experiments: { data: { experiments: [replay] } } });
    const row = wrapper.get('.comparison-table tbody tr').text();
    expect(row).toContain('-5.57 % [-8.34 %, -2.78 %], p < 0.0001');
    expect(row).toContain('-9.38 [-20.12, 1.36], p 0.0869');
    expect(wrapper.get('.srm').text()).toContain('no mismatch');
    expect(wrapper.get('.sample-size').text()).toContain('6,301 exposed customers per variant');
  });

  it('when the assignment is skewed then the page warns not to trust the differences', async () => {
    const skewed = { ...replay, report: { ...replay.report, sampleRatio: { chiSquare: 40, df: 1, pValue: 1e-10, mismatch: true } } };
    const { wrapper } = await mountAt(ExperimentsPage, '/experiments', { Experiments: { data: { experiments: [skewed] } } });
    expect(wrapper.get('.srm').classes()).toContain('warn');
    expect(wrapper.get('.srm').text()).toContain('do not trust the differences');
  });

  it('when the report is shown then there is one chart per metric, each with every variant’s interval and estimate', async () => {
    const { wrapper } = await mountAt(ExperimentsPage, '/experiments', { Experiments: { data: { experiments: [replay] } } });
    const charts = wrapper.findAllComponents({ name: 'EChart' });
    expect(charts.length).toBe(3);
    const conversion = charts[1].props('option').series as { name: string; data: number[] }[];
    expect(conversion.map((s) => s.name)).toEqual(['interval from', '95 % interval', 'estimate']);
    expect(conversion[2].data[0]).toBeCloseTo(20.52, 6);
    expect(conversion[0].data[1] + conversion[1].data[1]).toBeCloseTo(16.9, 6);
  });

  it('when there are no experiments then it says how to create or replay one', async () => {
    const { wrapper } = await mountAt(ExperimentsPage, '/experiments', { Experiments: { data: { experiments: [] } } });
    expect(wrapper.text()).toContain('No experiments yet');
    expect(wrapper.text()).toContain('basketgraph experiment simulate');
  });
});
