/**
 * The @stdlib distributions (≈ 440 modules) load on the first statistic, not with the package: `import`
 * and `analyze` load @basketgraph/analysis but never report an experiment.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function inFreshProcess(body: string): unknown {
  const script = `
    import { createRequire } from 'node:module';
    const loaded = (name) => Object.keys(createRequire(import.meta.url)('node:module')._cache).filter((k) => k.includes('/node_modules/' + name)).length;
    ${body}`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

describe('loading the statistics of experiment reports', () => {
  it('when @basketgraph/analysis is loaded then no @stdlib module is, and the first interval loads them and is right', () => {
    const seen = inFreshProcess(`
      const { experimentReport } = await import('@basketgraph/analysis');
      const atLoad = loaded('@stdlib/');
      const { wilsonInterval } = await import(${JSON.stringify(new URL('../../src/experiments/stats.ts', import.meta.url).pathname)});
      const w = wilsonInterval(81, 263);
      console.log(JSON.stringify({ atLoad, afterUse: loaded('@stdlib/') > 0, low: w.low.toFixed(4), report: typeof experimentReport }));`);
    // Newcombe (1998a, Table II): 0.2553–0.3662.
    expect(seen).toEqual({ atLoad: 0, afterUse: true, low: '0.2553', report: 'function' });
  });
});
