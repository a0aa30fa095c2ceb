/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit and integration tests under `tests/`, run with Astro's Vite configuration. */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 20_000,
    // Clean-ups remove large temporary folders (20,000 record files) and stop server processes;
    // on a loaded 2-core machine that can take longer than vitest's default 10 s.
    hookTimeout: 60_000,
  },
});
