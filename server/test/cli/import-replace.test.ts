import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/serve-child.js';
import { SAMPLE, tempCli } from '../support/temp-cli.js';

const SHOPIFY = path.join(REPO, 'seed/test/fixtures/shopify-generated.csv');

const cli = tempCli('basketgraph-replace-');
const graph = (name: string) => ({ GRAPH_URL: cli.path(name) });

describe('basketgraph import --replace on the embedded store', () => {
  it('when the replacing import fails then the old graph is exactly as it was and no half-built file is left', () => {
    expect(cli.run(['import', SAMPLE]).code).toBe(0);
    const before = cli.stats();
    const bad = cli.path('bad.csv');
    writeFileSync(
      bad,
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n536365,85123A,HEART,six,2010-12-01 08:26:00,2.55,17850,United Kingdom\n',
    );
    const r = cli.run(['import', bad, '--replace']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.csv, line 2, field "Quantity"');
    expect(cli.stats()).toEqual(before);
    expect(readdirSync(cli.path()).filter((f) => f.includes('replacing'))).toEqual([]);
  }, 300_000);

  it('when the replacing import succeeds then the graph equals a fresh import of the new file', () => {
    const r = cli.run(['import', SHOPIFY, '--replace']);
    expect(r.code).toBe(0);
    expect(cli.run(['import', SHOPIFY], graph('fresh')).code).toBe(0);
    expect(cli.stats()).toEqual(cli.stats(graph('fresh')));
    expect(cli.stats().imports).toBe(1);
    expect(readdirSync(cli.path()).filter((f) => f.includes('replacing'))).toEqual([]);
  }, 300_000);
});
