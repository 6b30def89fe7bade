import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from '@basketgraph/cypher/testing';
import { importFile, ImportError } from '@basketgraph/seed';
import { graphCounts, SAMPLE_5K, tempFile } from '../../src/testing.js';

const lines = readFileSync(SAMPLE_5K, 'utf8').split('\n').slice(0, 40);
const header = lines[0];
const withLine = (n: number, replacement: string) => lines.map((l, i) => (i === n - 1 ? replacement : l)).join('\n') + '\n';

const cases: { name: string; file: () => string; expected: RegExp; line: number | null; field: string | null }[] = [
  {
    name: 'a required column is missing',
    file: () => tempFile('no-price.csv', lines.map((l) => l.split(',').slice(0, 5).concat(l.split(',').slice(6)).join(',')).join('\n')),
    expected: /no-price\.csv, line 1, field "UnitPrice": missing column\(s\) for the online-retail format: UnitPrice/,
    line: 1,
    field: 'UnitPrice',
  },
  {
    name: 'a quantity is not a number',
    file: () =>
      tempFile('bad-quantity.csv', withLine(5, '536365,71053,WHITE METAL LANTERN,six,2010-12-01 08:26:00,3.39,17850,United Kingdom')),
    expected: /bad-quantity\.csv, line 5, field "Quantity": "six" is not a number/,
    line: 5,
    field: 'Quantity',
  },
  {
    name: 'a price is not a number',
    file: () =>
      tempFile(
        'bad-price.csv',
        withLine(7, '536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3,39,17850,United Kingdom').replace(/\n$/, '\n'),
      ),
    expected: /bad-price\.csv, line 7: has 9 fields, the header has 8/,
    line: 7,
    field: null,
  },
  {
    name: 'a date cannot be read',
    file: () => tempFile('bad-date.csv', withLine(3, '536365,71053,WHITE METAL LANTERN,6,2010-13-45 08:26:00,3.39,17850,United Kingdom')),
    expected: /bad-date\.csv, line 3, field "InvoiceDate": "2010-13-45 08:26:00" is not a valid date/,
    line: 3,
    field: 'InvoiceDate',
  },
  {
    name: 'quoting is broken',
    file: () =>
      tempFile('bad-quotes.csv', withLine(10, '536365,71053,"WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom')),
    expected: /bad-quotes\.csv, line 10: (broken quoting|has \d+ fields)/,
    line: 10,
    field: null,
  },
  { name: 'the file is empty', file: () => tempFile('empty.csv', ''), expected: /empty\.csv: the file is empty/, line: null, field: null },
  {
    name: 'the file has only a header',
    file: () => tempFile('header-only.csv', header + '\n'),
    expected: /header-only\.csv: the file has a header but no data rows/,
    line: null,
    field: null,
  },
  {
    name: 'the file is binary',
    file: () => tempFile('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])),
    expected: /image\.csv: is a binary file, not a CSV export/,
    line: null,
    field: null,
  },
  {
    name: 'the format is unknown',
    file: () => tempFile('other.csv', 'date,amount,who\n2020-01-01,5,x\n'),
    expected:
      /^other\.csv, line 1: unknown format: the first line \(3 fields\) is not the header of an online-retail, online-retail-ii or shopify export \(online-retail: InvoiceNo,StockCode,Description,Quantity,…; online-retail-ii: Invoice,/,
    line: 1,
    field: null,
  },
  {
    name: 'the file does not exist',
    file: () => '/nonexistent/basketgraph/input.csv',
    expected: /input\.csv: file not found or not readable/,
    line: null,
    field: null,
  },
];

describe('bad input', () => {
  let t: TempStore;
  let before: Record<string, number>;
  beforeAll(async () => {
    t = await openTempStore();
    await importFile(t.store, SAMPLE_5K);
    before = await graphCounts(t.store);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it.each(cases)('when $name then the error names file, line and field and the graph is unchanged', async (c) => {
    const error = await importFile(t.store, c.file()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(c.expected);
    expect((error as ImportError).line).toBe(c.line);
    expect((error as ImportError).field).toBe(c.field);
    expect(await graphCounts(t.store)).toEqual(before);
  });
});

describe('a file that is not an export', () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('when it is refused then no line of it appears in the error, and no read progress was reported', async () => {
    const secret = 'root:x:0:0:root:/root:/bin/bash';
    const file = tempFile('passwd', `${secret}\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n`);
    const progress: unknown[] = [];
    const error = await importFile(t.store, file, { onProgress: (p) => progress.push(p) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^passwd, line 1: unknown format: the first line \(1 field\) is not the header of/);
    expect((error as Error).message).not.toMatch(/root|daemon|bin/);
    expect(progress).toEqual([]);
  });

  it('when its format is forced then the missing columns are named and still no line of it appears', async () => {
    const file = tempFile('secrets.csv', 'api_key,owner\nsk-123456,alice\n');
    const error = await importFile(t.store, file, { format: 'online-retail' }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(
      /^secrets\.csv, line 1, field "InvoiceNo": missing column\(s\) for the online-retail format: InvoiceNo/,
    );
    expect((error as Error).message).not.toMatch(/api_key|sk-123456|alice/);
  });
});
