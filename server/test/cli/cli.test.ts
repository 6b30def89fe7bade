import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tempCli } from '../support/temp-cli.js';

const { run, stats, path: inTemp } = tempCli('basketgraph-cli-');

describe('the basketgraph command line', () => {
  it('when a file is imported then the funnel is printed and stats count the graph', () => {
    const r = run(['import', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('online-retail-5k.csv (online-retail): cleaning funnel');
    expect(r.stdout).toMatch(/exact duplicate rows\s*│\s*79\s*│\s*3639/);
    expect(r.stderr).toMatch(/import .*online-retail-5k\.csv: \d+%/); // plain progress lines when not on a terminal
    expect(stats()).toMatchObject({ purchaseLines: 3639, imports: 1 });
  });

  it('when a bad file is imported then the exit code is 1, the message names file, line and field, and the graph is unchanged', () => {
    const before = stats();
    const bad = inTemp('bad.csv');
    writeFileSync(
      bad,
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850,United Kingdom\n536365,71053,LANTERN,six,2010-12-01 08:26:00,3.39,17850,United Kingdom\n',
    );
    const r = run(['import', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('basketgraph: bad.csv, line 3, field "Quantity": "six" is not a number');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(stats()).toEqual(before);
  });

  it('when cypher runs a read then it prints a table, or JSON with --json', () => {
    const table = run(['cypher', "MATCH (c:Customer {id: '17850'}) RETURN c.id AS id, c.country AS country"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/│ id\s+│ country\s+│[\s\S]*│ 17850 │ United Kingdom │/);
    const json = run(['cypher', 'MATCH (o:`Order`) WHERE o.id = $id RETURN o.lineCount AS lines', '--param', 'id="536365"', '--json']);
    expect(JSON.parse(json.stdout)).toEqual([{ lines: 7 }]);
  });

  it('when cypher gets Neo4j spellings then it runs them as Neo4j would and says what it adapted, or says what to write', () => {
    const ok = run(['cypher', "MATCH (o:Order {id: '536365'}) RETURN o.lineCount AS lines, toInteger(o.total) AS total", '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual([{ lines: 7, total: 139 }]);
    expect(ok.stderr).toContain('adapted for the embedded store:');
    expect(ok.stderr).toContain(':Order → :`Order`');
    const refused = run(['cypher', 'MATCH (o:Order) RETURN toString(o.total) AS t']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^basketgraph: toString\(\) has no faithful equivalent .* write CAST\(x AS STRING\)/);
  });

  it('when cypher would write without --write then it is refused and nothing changes', () => {
    const before = stats();
    const r = run(['cypher', "CREATE (:Product {id: 'X'})"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/only reads are allowed/);
    expect(stats()).toEqual(before);
  });

  it('when the configuration is invalid then the error names the variable', () => {
    const r = run(['stats'], { PORT: 'eighty' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/invalid configuration in the environment:\n\s+PORT: /);
  });
});
