import { describe, expect, it } from 'vitest';
import { defaultGraphBufferMb, graphBufferBytes, loadConfig, NON_IMPORT_GRAPH_BUFFER_MB } from '../../src/config.js';

const GiB = 2 ** 30;

describe('configuration defaults for bigger shops', () => {
  it('when the machine has 24 GB then the embedded buffer pool may grow to a quarter of it', () => {
    expect(defaultGraphBufferMb(24 * GiB)).toBe(6144);
  });

  it('when the machine is small or very large then the buffer pool stays between 1 and 8 GiB', () => {
    expect(defaultGraphBufferMb(2 * GiB)).toBe(1024);
    expect(defaultGraphBufferMb(256 * GiB)).toBe(8192);
  });

  it('when nothing is set then the read model may take 1 GiB, enough for 30× the bundled data (≈ 600 MB)', () => {
    const config = loadConfig({});
    expect(config.READ_MODEL_MB).toBe(1024);
  });

  it('when GRAPH_BUFFER_MB is unset then a process that imports gets a quarter of RAM and the other commands 1 GiB', () => {
    const config = loadConfig({});
    expect(graphBufferBytes(config, 'imports')).toBe(defaultGraphBufferMb() * 2 ** 20);
    expect(graphBufferBytes(config, 'reads-and-analyses')).toBe(NON_IMPORT_GRAPH_BUFFER_MB * 2 ** 20);
    expect(NON_IMPORT_GRAPH_BUFFER_MB).toBe(1024);
  });

  it('when WARM_UP_REQUESTS is unset then the server warms up with 3,000 operations; 0 turns it off and a negative count is refused', () => {
    expect(loadConfig({}).WARM_UP_REQUESTS).toBe(3000);
    expect(loadConfig({ WARM_UP_REQUESTS: '0' }).WARM_UP_REQUESTS).toBe(0);
    expect(() => loadConfig({ WARM_UP_REQUESTS: '-1' })).toThrow(/WARM_UP_REQUESTS/);
  });

  it('when GRAPH_BUFFER_MB is set then it wins over the default for every use', () => {
    const config = loadConfig({ GRAPH_BUFFER_MB: '512' });
    expect(graphBufferBytes(config, 'imports')).toBe(512 * 2 ** 20);
    expect(graphBufferBytes(config, 'reads-and-analyses')).toBe(512 * 2 ** 20);
  });
});
