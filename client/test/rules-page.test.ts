import { describe, expect, it } from 'vitest';
import RulesPage from '../src/pages/RulesPage.vue';
import { mountAt, nextRoute, settle } from './support/mount-page';
import { buttonLabelled } from './support/buttons';
import type { MockHandlers } from './support/mock-urql';
import { connection, RULES, SEGMENTS } from './support/fixtures';

const handlers = {
  Rules: { data: { rules: connection(RULES, 42, true) } },
  SegmentList: { data: { segments: SEGMENTS.map((s) => ({ id: s.id, name: s.name, rank: s.rank, size: s.size })) } },
  ProductName: { data: { product: { id: '85123A', description: 'WHITE HANGING HEART T-LIGHT HOLDER' } } },
} satisfies MockHandlers;

describe('Rules browser', () => {
  it('when it opens then all rules are listed by lift with where they were mined', async () => {
    const { wrapper, urql } = await mountAt(RulesPage, '/rules', handlers);
    expect(urql.calls('Rules')[0]).toMatchObject({ sort: { field: 'LIFT', direction: 'DESC' }, filter: {} });
    const rows = wrapper.findAll('.rules-table tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('all customers');
    expect(rows[1].text()).toContain('Loyal');
    expect(wrapper.text()).toContain('1–2 of 42 rules');
  });

  it('when a column header is clicked then the rules are sorted by it and the URL keeps it', async () => {
    const { wrapper, router, urql } = await mountAt(RulesPage, '/rules', handlers);
    const landed = nextRoute(router);
    await buttonLabelled(wrapper, 'Confidence', { selector: 'th button', prefix: true }).trigger('click');
    expect((await landed).query.sort).toBe('confidence');
    await settle();
    expect(urql.calls('Rules').at(-1)).toMatchObject({ sort: { field: 'CONFIDENCE', direction: 'DESC' } });
    expect(wrapper.get('th[aria-sort="descending"]').text()).toContain('Confidence');
  });

  it('when a segment is chosen then only its rules are asked for', async () => {
    const { wrapper, router, urql } = await mountAt(RulesPage, '/rules', handlers);
    const landed = nextRoute(router);
    await wrapper.get('select[name="scope"]').setValue('seg:S1');
    expect((await landed).query.segment).toBe('S1');
    await settle();
    expect(urql.calls('Rules').at(-1)).toMatchObject({ filter: { segment: 'S1' } });
  });

  it('when the URL carries filters then they are applied and shown', async () => {
    const { wrapper, urql } = await mountAt(RulesPage, '/rules?scope=global&minLift=3&product=85123A', handlers);
    expect(urql.calls('Rules')[0]).toMatchObject({ filter: { scope: 'GLOBAL', minLift: 3, product: '85123A' } });
    expect((wrapper.get('input[name="minLift"]').element as HTMLInputElement).value).toBe('3');
    expect(wrapper.get('.picked').text()).toContain('WHITE HANGING HEART T-LIGHT HOLDER');
  });

  it('when the product filter is removed then rules of every product return', async () => {
    const { wrapper, router } = await mountAt(RulesPage, '/rules?product=85123A', handlers);
    const landed = nextRoute(router);
    await wrapper.get('.picked button').trigger('click');
    expect((await landed).query.product).toBeUndefined();
  });

  it('when there are no rules at all then it says how to mine them', async () => {
    const { wrapper } = await mountAt(RulesPage, '/rules', { ...handlers, Rules: { data: { rules: connection([], 0) } } });
    expect(wrapper.text()).toContain('No rules here');
    expect(wrapper.text()).toContain('npx basketgraph analyze');
  });
});
