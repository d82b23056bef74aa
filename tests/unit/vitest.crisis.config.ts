import type { ViteUserConfig } from 'vitest/config' with { 'resolution-mode': 'import' };

// The crisis classifier is pure logic, so its tests run without the databases the main config
// sets up. A plain object (not defineConfig) keeps this file type-checking as CommonJS.
const config: ViteUserConfig = {
  test: {
    include: ['tests/unit/crisis*.test.ts'],
    pool: 'forks',
    reporters: ['default'],
  },
};

export default config;
