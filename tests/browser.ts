import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where a Chromium for the end-to-end tests can come from, in order of preference. */
export function findChromium(): { path: string | undefined; source: string } {
  const own = safeExecutablePath();
  if (own && existsSync(own))
    return { path: undefined, source: `Playwright's own Chromium (${own})` };
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && existsSync(fromEnv))
    return { path: fromEnv, source: `CHROMIUM_PATH (${fromEnv})` };
  if (existsSync('/usr/bin/chromium'))
    return { path: '/usr/bin/chromium', source: '/usr/bin/chromium' };
  return { path: undefined, source: '' };
}

/** The message shown when no browser can be found, saying how to get one. */
export const NO_BROWSER_MESSAGE = [
  'No Chromium found for the end-to-end tests.',
  'Install one of:',
  "  - Playwright's own browser: npx playwright install chromium",
  '  - Debian/Ubuntu Chromium:   apt-get install -y chromium   (found at /usr/bin/chromium)',
  '  - any Chromium, then:       export CHROMIUM_PATH=/path/to/chromium',
].join('\n');

function safeExecutablePath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
