import { defineConfig } from 'vitest/config';

/** Pure-logic tests only: no global setup, so they run without Postgres, Redis or S3. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
  },
});
