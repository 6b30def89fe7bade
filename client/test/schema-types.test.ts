// @vitest-environment node
/**
 * The explorer's GraphQL types come from server/schema.graphql through src/graphql/graphql-env.d.ts (gql.tada's
 * introspection output). That file is generated and committed; this test fails when it no longer matches the schema.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const CLIENT = fileURLToPath(new URL('..', import.meta.url));
const COMMITTED = path.join(CLIENT, 'src/graphql/graphql-env.d.ts');
/** gql.tada's command line, run with this Node (no shell, no npx). */
const GQL_TADA = fileURLToPath(new URL('../../node_modules/gql.tada/bin/cli.js', import.meta.url));

describe('generated GraphQL types', () => {
  it('when the types are generated from server/schema.graphql then they equal the committed graphql-env.d.ts (else run npm run schema)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'basketgraph-gql-tada-'));
    try {
      const out = path.join(dir, 'graphql-env.d.ts');
      await promisify(execFile)(process.execPath, [GQL_TADA, 'generate', 'output', '--output', out], { cwd: CLIENT });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(COMMITTED, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
