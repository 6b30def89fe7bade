import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile } from '@basketgraph/seed';
import { runAnalysis } from '@basketgraph/analysis';

const readme = readFileSync(new URL('../../cypher/README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/### (\d+\. [^\n]+)\n[\s\S]*?```cypher\n([\s\S]*?)```/g)].map((m) => ({ title: m[1], query: m[2] }));
/** The how-to snippets of the section on analysis runs, which must run too. */
const runsSection = readme.split(/\n## /).find((part) => part.startsWith('Analysis runs')) ?? '';
const snippets = [...runsSection.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]);
const SAMPLE = fileURLToPath(new URL('../../seed/test/fixtures/online-retail-5k.csv', import.meta.url));

describe('the worked queries in cypher/README.md', () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
    await importFile(t.store, SAMPLE);
    await runAnalysis(t.store, { seed: 42 });
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('when the README is read then it has at least ten worked queries and a how-to snippet for analysis runs', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(snippets.length).toBeGreaterThan(0);
  });

  it.each(snippets)('when the how-to snippet %s runs read-only on the fixture graph then it returns rows', async (query) => {
    const result = await t.store.cypher(query, {}, { readOnly: true });
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it.each(examples)('when "$title" runs read-only on the fixture graph then it returns rows', async ({ query }) => {
    const result = await t.store.cypher(query, {}, { readOnly: true });
    expect(result.rows.length).toBeGreaterThan(0);
  });
});
