import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Pure-logic tests only: no global setup, so they run without Postgres, Redis or S3. */
export default defineConfig({
  resolve: {
    // Same single graphql build as vitest.config.mts, in case a pure test touches schema code.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
