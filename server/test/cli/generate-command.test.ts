import { describe, expect, it } from 'vitest';
import { SAMPLE, tempCli } from '../support/temp-cli.js';

const { run, stats, path: inTemp } = tempCli('basketgraph-generate-');

describe('basketgraph generate', () => {
  it('when a shop twice the fixture is generated then it imports with twice the customers', () => {
    const out = inTemp('shop.csv.gz');
    const r = run(['generate', '--scale', '2', '--seed', '3', '--from', SAMPLE, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/shop\.csv\.gz: [\d,]+ rows, 394 customers \(from 5,000 rows, 197 customers\)/);
    const imported = run(['import', out]);
    expect(imported.code).toBe(0);
    expect(stats().customers).toBeGreaterThan(350); // 394 minus those whose lines are all cleaned away
  });

  it('when the scale is not a positive number then the exit code is 1 and the message names --scale', () => {
    const r = run(['generate', '--scale', 'ten', '--out', inTemp('x.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--scale must be a positive number, not "ten"');
  });
});
