import { describe, expect, it } from 'vitest';
import EvaluationPage from '../src/pages/EvaluationPage.vue';
import { mountAt } from './support/mount-page';

const models = [
  { name: 'default', precision: 0.05, recall: 0.1, ndcg: 0.12, hitRate: 0.3, map: 0.04, coverage: 0.2 },
  { name: 'popularity', precision: 0.03, recall: 0.06, ndcg: 0.08, hitRate: 0.2, map: 0.02, coverage: 0.01 },
];
const evaluation = { id: 'evaluation-1', createdAt: '2024-05-01T10:00:00Z', cutoff: '2011-09-09', top: 10, users: 1919, defaultModel: 'default', models };
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
  });

  it('when an evaluation exists then the chart gets one bar series per metric', async () => {
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation, latestRun } } });
    const series = wrapper.findComponent({ name: 'EChart' }).props('option').series as { name: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['nDCG', 'Precision', 'Recall', 'Hit rate', 'MAP']);
    expect(series[0].data).toEqual([0.12, 0.08]);
  });

  it('when nothing was evaluated then it says how to run the evaluation', async () => {
    const { wrapper } = await mountAt(EvaluationPage, '/evaluation', { Evaluation: { data: { evaluation: null, latestRun } } });
    expect(wrapper.text()).toContain('No evaluation yet');
    expect(wrapper.text()).toContain('npx basketgraph evaluate --cutoff YYYY-MM-DD');
    expect(wrapper.text()).toContain('default');
  });
});
