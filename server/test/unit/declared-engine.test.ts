import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const json = (file: string) => JSON.parse(readFileSync(`${ROOT}${file}`, 'utf8'));

/**
 * Test-only packages allowed to want a newer Node, each with why (README, "Two commands").
 * Product code never loads them, and `npm ci --omit=dev` does not install them.
 */
const DEV_ONLY_EXCEPTIONS: Record<string, string> = {
  '@neo4j-cypher/language-support@2.0.0-next.38':
    "cypher/test/lint runs Neo4j 5's semantic analysis through lintCypherQuery(query, schema).diagnostics and isNotParamError, " +
    'which 2.0.0-next.20 (the last release for Node < 22) does not have; it runs on Node 20 all the same',
};

describe('the Node version the project declares', () => {
  test('when npm installs the locked packages on the lowest declared Node then none asks for a newer Node (no EBADENGINE warning) but the documented test-only exceptions', () => {
    const declared: string = json('package.json').engines.node;
    const lowest = semver.minVersion(declared)!.version;
    expect(lowest.startsWith('20.')).toBe(true); // the README promises Node 20
    const packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } }> = json('package-lock.json').packages;
    const refusing = Object.entries(packages)
      .filter(([, p]) => typeof p.engines?.node === 'string' && !semver.satisfies(lowest, p.engines.node))
      .map(([path, p]) => ({ name: `${path.replace(/^.*node_modules\//, '')}@${p.version}`, wants: p.engines!.node, dev: p.dev === true }));
    expect(refusing.filter((p) => !(p.name in DEV_ONLY_EXCEPTIONS))).toEqual([]);
    // Each exception is still needed and stays test-only.
    expect(refusing.map((p) => [p.name, p.dev])).toEqual(Object.keys(DEV_ONLY_EXCEPTIONS).map((name) => [name, true]));
  });
});
