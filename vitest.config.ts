/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests: plain TypeScript under `tests/unit`, run with Astro's Vite configuration. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 20_000,
  },
});
