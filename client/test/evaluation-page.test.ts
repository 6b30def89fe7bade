import { describe, expect, it } from 'vitest';
import EvaluationPage from '../src/pages/EvaluationPage.vue';
import { mountAt } from './support/mount-page';

const models = [
  {
    name: 'default',
    settings: { halfLifeDays: 120, components: { ease: { weight: 1, lambda: 300, form: 'dlae' } } },
    precision: 0.05,
    recall: 0.1,
    ndcg: 0.12,
    ndcgStdError: 0.005,
    ndcgVsDefault: null,
    ndcgVsDefaultStdError: null,
    hitRate: 0.3,
    map: 0.04,
    coverage: 0.2,
  },
  {
    name: 'popularity',
    settings: {},
    precision: 0.03,
    recall: 0.06,
    ndcg: 0.08,
    ndcgStdError: 0.004,
    ndcgVsDefault: -0.04,
    ndcgVsDefaultStdError: 0.003,
    hitRate: 0.2,
    map: 0.02,
    coverage: 0.01,
  },
];
const evaluation = {
  id: 'evaluation-1',
  createdAt: '2024-05-01T10:00:00Z',
  cutoff: '2011-09-09',
  top: 10,
  users: 1919,
  defaultModel: 'default',
  models,
};
const latestRun = { id: 'run-1', defaultModel: 'default', finishedAt: '2024-05-01T10:00:00Z' };

describe('Evaluation page', () => {
  it('when an evaluation exists then every model’s metrics are in the table with the default marked', async () => {
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation, latestRun } } });
    const rows = wrapper.findAll('.metrics-table tbody tr');
    expect(rows.map((r) => r.find('.name').text())).toEqual(['Default model', 'Popularity']);
    expect(rows[0].text()).toContain('default');
    expect(rows[0].findAll('td.best').length).toBeGreaterThan(3);
    expect(wrapper.text()).toContain('1,919 customers');
  });

  it('when an evaluation exists then the default model is explained and ranked', async () => {
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation, latestRun } } });
    const note = wrapper.get('.default-note').text();
    expect(note).toContain('Default model writes the precomputed recommendations');
    expect(note).toContain('ranks 1 of 2 by nDCG@10');
    expect(wrapper.get('.default-note .settings').text()).toBe(
      'Settings in this evaluation: halfLifeDays 120; ease: weight 1, lambda 300, form dlae',
    );
  });

  it('when an evaluation exists then the chart gets one bar series per metric', async () => {
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation, latestRun } } });
    const series = wrapper.findComponent({ name: 'EChart' }).props('option').series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['nDCG', 'Precision', 'Recall', 'Hit rate', 'MAP']);
    expect(series[0].data).toEqual([0.12, 0.08]);
  });

  it('when an evaluation exists then each nDCG shows its 95 % interval', async () => {
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation, latestRun } } });
    expect(wrapper.findAll('.metrics-table .interval').map((c) => c.text())).toEqual(['± 0.0098', '± 0.0078']);
  });

  it('when another model leads then the note gives its paired lead and whether that is within the noise', async () => {
    const ease = { ...models[1], name: 'ease', ndcg: 0.1208, ndcgVsDefault: 0.0008, ndcgVsDefaultStdError: 0.002 };
    const close = { ...evaluation, models: [models[0], ease] };
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation: close, latestRun } } });
    expect(wrapper.get('.default-note').text()).toMatch(
      /EASE leads here\s+by 0\.0008 ± 0\.0039 \(95 %, paired by customer\), which is within the noise\./,
    );

    const clear = { ...evaluation, models: [models[0], { ...ease, ndcg: 0.15, ndcgVsDefault: 0.03 }] };
    const again = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation: clear, latestRun } } });
    const note = again.wrapper.get('.default-note').text();
    expect(note).toMatch(/EASE leads here\s+by 0\.0300 ± 0\.0039 \(95 %, paired by customer\)\./);
    expect(note).not.toContain('within the noise');
  });

  it('when nothing was evaluated then it says how to run the evaluation', async () => {
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation: null, latestRun } } });
    expect(wrapper.text()).toContain('No evaluation yet');
    expect(wrapper.text()).toContain('npx basketgraph evaluate --cutoff YYYY-MM-DD');
    expect(wrapper.text()).toContain('default');
  });
});
