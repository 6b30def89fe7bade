import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {
          // graphql 16 ships CJS and ESM copies; make every import resolve to one of them.
          alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
        },
        test: {
          name: 'node',
          include: ['{cypher,seed,analysis,server}/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        // The Vue explorer: component tests in happy-dom (client/test), and the
        // end-to-end test in node (client/e2e, `@vitest-environment node`).
        extends: './client/vite.config.ts',
        root: './client',
        test: {
          name: 'client',
          include: ['test/**/*.test.ts', 'e2e/**/*.e2e.test.ts'],
          environment: 'happy-dom',
          testTimeout: 20_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
    ],
  },
});
