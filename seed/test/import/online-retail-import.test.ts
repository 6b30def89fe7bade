import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile } from '@basketgraph/seed';
import { graphCounts, SAMPLE_5K, tempFile } from '../../src/testing.js';

let t: TempStore;
beforeEach(async () => {
  t = await openTempStore();
});
afterEach(async () => {
  await t.dispose();
});

const sample = readFileSync(SAMPLE_5K, 'utf8');

describe('importing UCI Online Retail', () => {
  it('when the 5k sample is imported then the funnel starts from the figures its SOURCE.md gives', async () => {
    const report = await importFile(t.store, SAMPLE_5K);
    const [read, missing, cancellations] = report.funnel;
    // SOURCE.md: 300 invoices, 197 customers, 1,595 stock codes, 1,205 rows with no CustomerID, 70 cancellation rows.
    expect(read).toMatchObject({ step: 'rows read', rows: 5000, customers: 197, products: 1595, orders: 300 });
    expect(missing).toMatchObject({ step: 'missing customer id', removed: 1205 });
    expect(cancellations).toMatchObject({ step: 'cancellations (kept as returns)', removed: 70 });
    expect(report.funnel.map((s) => s.step)).toEqual([
      'rows read',
      'missing customer id',
      'cancellations (kept as returns)',
      'quantity or price ≤ 0',
      'non-product stock codes',
      'exact duplicate rows',
      'orders already in the graph',
    ]);
  });

  it('when descriptions and countries carry stray spaces then they are stored trimmed with inner runs collapsed', async () => {
    const file = tempFile(
      'spaces.csv',
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
        '536365,90200A ,ALARM CLOCK BAKELIKE RED ,6,12/1/2010 8:26,2.55,17850, United  Kingdom \n' +
        '536365,85123A,  WHITE   HANGING HEART ,6,12/1/2010 8:26,2.55,17850,United Kingdom\n',
    );
    await importFile(t.store, file);
    const rows = (
      await t.store.cypher(
        'MATCH (c:Customer)-[:PLACED]->(:`Order`)-[:CONTAINS]->(p:Product) RETURN p.id AS id, p.description AS d, c.country AS country ORDER BY id',
      )
    ).rows;
    expect(rows).toEqual([
      { id: '85123A', d: 'WHITE HANGING HEART', country: 'United Kingdom' },
      { id: '90200A', d: 'ALARM CLOCK BAKELIKE RED', country: 'United Kingdom' },
    ]);
  });

  it('when a file is imported then the graph holds exactly the kept lines, orders and the import record', async () => {
    const report = await importFile(t.store, SAMPLE_5K);
    const counts = await graphCounts(t.store);
    expect(counts.CONTAINS).toBe(report.lineItems);
    expect(counts.RETURNS).toBe(report.returnLines);
    expect(counts.Import).toBe(1);
    const purchaseOrders = await t.store.cypher("MATCH (o:`Order` {kind: 'purchase'}) RETURN count(o) AS n");
    expect(purchaseOrders.rows[0].n).toBe(report.orders);
    // The first invoice of the file, line by line (quantity × price = line total).
    const first = await t.store.cypher(
      "MATCH (c:Customer)-[:PLACED]->(o:`Order` {id: '536365'})-[l:CONTAINS]->(p:Product) RETURN c.id AS customer, c.country AS country, o.datetime AS at, o.total AS total, p.id AS product, l.quantity AS q, l.lineTotal AS lt ORDER BY product",
    );
    expect(first.rows).toHaveLength(7);
    expect(first.rows[0]).toEqual({
      customer: '17850',
      country: 'United Kingdom',
      at: '2010-12-01T08:26:00',
      total: 139.12,
      product: '21730',
      q: 6,
      lt: 25.5,
    });
    const [imp] = (await t.store.cypher('MATCH (i:Import) RETURN i.funnel AS funnel, i.lineItems AS lineItems')).rows;
    expect(JSON.parse(imp.funnel as string)).toEqual(report.funnel);
  });

  it('when an import writes customers then each is marked buyer or not, and a later import that gives a returns-only customer a purchase makes it a buyer', async () => {
    const header = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n';
    await importFile(
      t.store,
      tempFile(
        'first.csv',
        header +
          '536365,85123A,WHITE HANGING HEART,6,12/1/2010 8:26,2.55,17850,United Kingdom\n' +
          'C536366,85123A,WHITE HANGING HEART,-1,12/1/2010 9:00,2.55,13047,United Kingdom\n',
      ),
    );
    const buyers = async () =>
      Object.fromEntries((await t.store.cypher('MATCH (c:Customer) RETURN c.id AS id, c.buyer AS buyer')).rows.map((r) => [r.id, r.buyer]));
    expect(await buyers()).toEqual({ '17850': true, '13047': false });
    await importFile(
      t.store,
      tempFile('second.csv', header + '536367,85123A,WHITE HANGING HEART,2,12/2/2010 9:00,2.55,13047,United Kingdom\n'),
    );
    expect(await buyers()).toEqual({ '17850': true, '13047': true });
  });

  it('when a cancellation invoice is imported then it becomes a return order with RETURNS edges, not a purchase', async () => {
    await importFile(t.store, SAMPLE_5K);
    // C536383,35004C,SET OF 3 COLOURED  FLYING DUCKS,-1,2010-12-01 09:49:00,4.65,15311,United Kingdom
    const r = await t.store.cypher(
      "MATCH (c:Customer)-[:PLACED]->(o:`Order` {id: 'C536383'})-[x:RETURNS]->(p:Product) RETURN c.id AS c, o.kind AS kind, p.id AS p, x.quantity AS q, x.amount AS amount",
    );
    expect(r.rows).toEqual([{ c: '15311', kind: 'return', p: '35004C', q: 1, amount: 4.65 }]);
    // C536379 is a discount line (stock code D): not a product, so not a return either.
    expect((await t.store.cypher("MATCH (o:`Order` {id: 'C536379'}) RETURN count(o) AS n")).rows[0].n).toBe(0);
    const anyReturn = await t.store.cypher("MATCH (o:`Order` {kind: 'return'})-[c:CONTAINS]->() RETURN count(c) AS n");
    expect(anyReturn.rows[0].n).toBe(0);
  });

  it('when the same file is imported twice then the graph is the same and the second import says so', async () => {
    await importFile(t.store, SAMPLE_5K);
    const before = await graphCounts(t.store);
    const again = await importFile(t.store, SAMPLE_5K);
    expect(again.alreadyImported).toBe(true);
    expect(await graphCounts(t.store)).toEqual(before);
  });

  it('when an overlapping file is imported then orders already in the graph are skipped and counted', async () => {
    const lines = sample.trimEnd().split('\n');
    const firstHalf = tempFile('first.csv', lines.slice(0, 2501).join('\n') + '\n');
    await importFile(t.store, firstHalf);
    const report = await importFile(t.store, SAMPLE_5K);
    const whole = await openTempStore();
    try {
      const direct = await importFile(whole.store, SAMPLE_5K);
      const { Import: _a, ...countsOverlap } = await graphCounts(t.store);
      const { Import: _b, ...countsDirect } = await graphCounts(whole.store);
      expect(countsOverlap).toEqual(countsDirect);
      expect(report.funnel[6].removed).toBeGreaterThan(0);
      expect(report.lineItems + report.funnel[6].removed).toBe(direct.lineItems);
    } finally {
      await whole.dispose();
    }
  });

  it('when --replace is given then only the new file is in the graph', async () => {
    await importFile(t.store, SAMPLE_5K);
    const small = tempFile('small.csv', sample.split('\n').slice(0, 21).join('\n') + '\n');
    const report = await importFile(t.store, small, { replace: true });
    const counts = await graphCounts(t.store);
    expect(counts.CONTAINS).toBe(report.lineItems);
    expect(counts.Import).toBe(1);
  });

  it('when the file is gzip-compressed, an .xlsx workbook or in the Online Retail II layout then the result is the same', async () => {
    const head = sample.split('\n').slice(0, 301).join('\n') + '\n';
    const plain = await importFile(t.store, tempFile('head.csv', head));
    const variants: string[] = [tempFile('head.csv.gz', gzipSync(head))];
    variants.push(
      tempFile(
        'head-ii.csv',
        head.replace(
          'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
          'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country',
        ),
      ),
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Online Retail');
    for (const [i, line] of head.trimEnd().split('\n').entries()) {
      const cells = line
        .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
        .slice(0, 8)
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
      if (i === 0) sheet.addRow(cells);
      else
        sheet.addRow([
          cells[0],
          cells[1],
          cells[2],
          Number(cells[3]),
          new Date(cells[4].replace(' ', 'T') + 'Z'),
          Number(cells[5]),
          cells[6] ? Number(cells[6]) : null,
          cells[7],
        ]);
    }
    const xlsx = tempFile('head.xlsx', Buffer.alloc(0));
    await workbook.xlsx.writeFile(xlsx);
    variants.push(xlsx);
    for (const file of variants) {
      const other = await openTempStore();
      try {
        const report = await importFile(other.store, file);
        expect(report.funnel, file).toEqual(plain.funnel);
        expect(await graphCounts(other.store), file).toEqual(await graphCounts(t.store));
      } finally {
        await other.dispose();
      }
    }
  });
});
