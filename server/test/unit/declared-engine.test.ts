import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const json = (file: string) => JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8'));

describe('the Node version the project declares', () => {
  test('when npm installs the locked packages on the lowest declared Node then none of them asks for a newer Node (no EBADENGINE warning)', () => {
    const declared: string = json('package.json').engines.node;
    const lowest = semver.minVersion(declared)!.version;
    expect(lowest.startsWith('20.')).toBe(true); // the README promises Node 20
    const packages: Record<string, { version?: string; engines?: { node?: string } }> = json('package-lock.json').packages;
    const refusing = Object.entries(packages)
      .filter(([, p]) => typeof p.engines?.node === 'string' && !semver.satisfies(lowest, p.engines.node))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${p.engines!.node}`);
    expect(refusing).toEqual([]);
  });
});
