import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CypherPage from '../src/pages/CypherPage.vue';
import AppHeader from '../src/components/layout/AppHeader.vue';
import { reloadAdminToken } from '../src/lib/admin-token';
import { mountAt, settle } from './support/mount-page';
import { buttonLabelled, clickButton } from './support/buttons';

const KEY = 'basketgraph.adminToken';
const rows = {
  data: {
    cypher: {
      columns: ['product', 'units'],
      rows: [
        { product: '85123A', units: 748 },
        { product: '71053', units: null },
      ],
      truncated: true,
      elapsedMs: 12,
      query: 'MATCH (p:Product) RETURN p.id AS product, 1 AS units',
      rewrites: [],
    },
  },
};

/** As if the token had been entered earlier in this tab. */
function enterToken(token: string) {
  sessionStorage.setItem(KEY, token);
  reloadAdminToken();
}

describe('Cypher console', () => {
  beforeEach(() => {
    sessionStorage.clear();
    reloadAdminToken();
  });
  afterEach(() => sessionStorage.clear());

  it('when no admin token is entered then only the token form shows and the header offers Admin', async () => {
    const { wrapper } = await mountAt(CypherPage, '/cypher');
    expect(wrapper.find('form.token-form').exists()).toBe(true);
    expect(wrapper.find('#cypher-query').exists()).toBe(false);
    const header = await mountAt(AppHeader, '/');
    expect(header.wrapper.get('nav').text()).toContain('Admin');
    expect(header.wrapper.get('nav').text()).not.toContain('Cypher');
  });

  it('when a token is entered then it is kept in session storage and the console with the README examples opens', async () => {
    const { wrapper } = await mountAt(CypherPage, '/cypher');
    await wrapper.get('input[name="token"]').setValue('secret-admin-token-123');
    await wrapper.get('form.token-form').trigger('submit');
    await settle();
    expect(sessionStorage.getItem(KEY)).toBe('secret-admin-token-123');
    const examples = wrapper.findAll('.examples button');
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(examples[0].text()).toContain('Top products in one country');
    await examples[1].trigger('click');
    expect((wrapper.get('#cypher-query').element as HTMLTextAreaElement).value).toContain("{id: '85123A'}");
  });

  it('when a query runs then the token is sent and the rows show as a table', async () => {
    enterToken('secret-admin-token-123');
    const { wrapper, urql } = await mountAt(CypherPage, '/cypher', { Cypher: rows });
    await wrapper.get('#cypher-query').setValue('MATCH (p:Product) RETURN p.id AS product, 1 AS units');
    await clickButton(wrapper, 'Run query');
    const op = urql.operations.at(-1)!;
    expect(op.kind).toBe('mutation');
    expect(op.variables).toMatchObject({ query: 'MATCH (p:Product) RETURN p.id AS product, 1 AS units' });
    const headers = (op.context.fetchOptions as RequestInit).headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer secret-admin-token-123');
    const table = wrapper.get('.cypher-table');
    expect(table.findAll('th').map((th) => th.text())).toEqual(['product', 'units']);
    expect(table.text()).toContain('748');
    expect(table.text()).toContain('null');
    expect(wrapper.text()).toContain('truncated');
  });

  it('when the server has admin off then the page says so before anything runs, and Run is disabled', async () => {
    enterToken('secret-admin-token-123');
    const { wrapper, urql } = await mountAt(CypherPage, '/cypher', { AdminStatus: { data: { adminEnabled: false } }, Cypher: rows });
    expect(wrapper.get('.admin-off[role="status"]').text()).toContain('Admin is off on this server');
    const runButton = buttonLabelled(wrapper, 'Run query');
    expect(runButton.attributes('disabled')).toBeDefined();
    await wrapper.get('#cypher-query').trigger('keydown', { key: 'Enter', ctrlKey: true });
    await settle();
    expect(urql.calls('Cypher')).toEqual([]);
  });

  it('when admin is on then no admin-off notice shows', async () => {
    const { wrapper } = await mountAt(CypherPage, '/cypher', { AdminStatus: { data: { adminEnabled: true } } });
    expect(wrapper.find('.admin-off').exists()).toBe(false);
  });

  it('when the user edits an example then its description goes, and comes back only with the example text', async () => {
    enterToken('secret-admin-token-123');
    const { wrapper } = await mountAt(CypherPage, '/cypher');
    const label = () => wrapper.get('label[for="cypher-query"]');
    expect(label().find('.desc').exists()).toBe(true);
    await wrapper.get('#cypher-query').setValue('MATCH (c:Customer) RETURN count(c) AS n');
    expect(label().find('.desc').exists()).toBe(false);
    await wrapper.findAll('.examples button')[1].trigger('click');
    expect(label().get('.desc').text()).toContain('85123A');
  });

  it('when the server adapted Neo4j spellings then the rewrites and the query as run show above the rows', async () => {
    enterToken('secret-admin-token-123');
    const adapted = {
      data: {
        cypher: {
          ...rows.data.cypher,
          query: 'MATCH (o:`Order`) RETURN o.id AS product, 1 AS units',
          rewrites: ['reserved words used as labels or types are quoted: :Order → :`Order`'],
        },
      },
    };
    const { wrapper } = await mountAt(CypherPage, '/cypher', { Cypher: adapted });
    await wrapper.get('#cypher-query').setValue('MATCH (o:Order) RETURN o.id AS product, 1 AS units');
    await clickButton(wrapper, 'Run query');
    expect(wrapper.get('.rewrites').text()).toContain(':Order → :`Order`');
    expect(wrapper.get('.rewrites .ran').text()).toBe('MATCH (o:`Order`) RETURN o.id AS product, 1 AS units');
  });

  it('when a write is refused then the refusal shows verbatim', async () => {
    enterToken('secret-admin-token-123');
    const message = 'refused: a read query starts with MATCH, OPTIONAL MATCH, WITH, UNWIND or RETURN, not "CREATE"';
    const { wrapper } = await mountAt(CypherPage, '/cypher', { Cypher: { error: [{ message, code: 'BAD_USER_INPUT' }] } });
    await wrapper.get('#cypher-query').setValue('CREATE (n:Foo) RETURN n');
    await clickButton(wrapper, 'Run query');
    const alert = wrapper.get('.cypher-error');
    expect(alert.text()).toContain('Write refused: the console is read-only');
    expect(alert.get('pre').text()).toBe(message);
  });

  it('when the store rejects the syntax then its message shows as it said it', async () => {
    enterToken('secret-admin-token-123');
    const message =
      'Parser exception: Invalid input <MATCH (n:Nope RETURN>: expected rule oC_SingleQuery (line: 1, offset: 14)\n"MATCH (n:Nope RETURN n"\n               ^^^^^^';
    const { wrapper } = await mountAt(CypherPage, '/cypher', { Cypher: { error: [{ message, code: 'BAD_USER_INPUT' }] } });
    await clickButton(wrapper, 'Run query');
    expect(wrapper.get('.cypher-error pre').text()).toBe(message);
    expect(wrapper.get('.cypher-error').text()).toContain('The query failed');
  });

  it('when the token is wrong then it says so and lets another be entered', async () => {
    enterToken('wrong-token-0000000');
    const { wrapper } = await mountAt(CypherPage, '/cypher', {
      Cypher: { error: [{ message: 'admin operation: the bearer token is not the ADMIN_TOKEN', code: 'UNAUTHENTICATED' }] },
    });
    await clickButton(wrapper, 'Run query');
    expect(wrapper.get('.cypher-error').text()).toContain('The token was not accepted');
    await wrapper.get('.cypher-error button').trigger('click');
    await settle();
    expect(sessionStorage.getItem(KEY)).toBeNull();
    expect(wrapper.find('form.token-form').exists()).toBe(true);
  });
});
