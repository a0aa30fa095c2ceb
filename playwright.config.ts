import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/browser.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const chromium = findChromium();
const dataDir = process.env['E2E_DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'tdu-e2e-'));

/** Chromium's launch options: the system Chromium when Playwright has none of its own. */
const launchOptions = {
  ...(chromium.path ? { executablePath: chromium.path } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** End-to-end tests: the production build, served as `npm start` serves it, in a real Chromium. */
export default defineConfig({
  testDir: './tests/e2e',
  outputDir: `./test-results/${PORT}`,
  fullyParallel: true,
  workers: process.env['E2E_WORKERS'] ? Number(process.env['E2E_WORKERS']) : 2,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      // The tools again at a phone's width: every step, result and saved page, with axe scans.
      name: 'phone',
      testMatch: /(assessment|job-description|sourcing|journeys|campaign(-[a-z]+)?)\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 390, height: 844 },
        launchOptions,
      },
    },
  ],
  webServer: {
    command: 'node --max-semi-space-size=2 src/bin/serve.ts',
    url: `http://127.0.0.1:${PORT}/`,
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      DATA_DIR: dataDir,
      WRITE_RATE_LIMIT: '0',
      EXPENSIVE_RATE_LIMIT: '0',
    },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
