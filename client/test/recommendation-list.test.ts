import { describe, expect, it } from 'vitest';
import RecommendationList from '../src/components/shared/RecommendationList.vue';
import { mountAt } from './support/mount-page';

const rec = (rank: number, score: number) => ({
  rank,
  score,
  model: 'segment-popularity',
  product: { id: `P${rank}`, description: `PRODUCT ${rank}` },
  reasons: [],
});

describe('a recommendation list', () => {
  it('when the scores are buyer counts then every score label is a whole number (not "96.0" among "120" and "9")', async () => {
    const items = [rec(1, 120), rec(2, 96), rec(3, 9)];
    const { wrapper } = await mountAt(RecommendationList, '/', {}, { props: { items } as never });
    expect(wrapper.findAll('.score').map((s) => s.text())).toEqual(['120', '96', '9']);
  });
});
