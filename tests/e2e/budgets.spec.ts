import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** JavaScript a page loads before anyone interacts with it: url → uncompressed body. */
async function upFrontScripts(page: Page, path: string): Promise<Map<string, Buffer>> {
  const scripts = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() === 'script' || type.includes('javascript')) {
      pending.push(
        response.body().then(
          (body) => void scripts.set(response.url(), body),
          () => undefined,
        ),
      );
    }
  });
  await page.goto(path);
  // "Network idle" alone can come before the module scripts are even asked for on a busy machine
  // (500 ms without a request while the page is parsed): wait for the island to be hydrated
  // (Astro removes its `ssr` attribute), then for the lazy chunks it asks for at once.
  if (await page.locator('astro-island').count()) {
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  }
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return scripts;
}

/** Gzipped size of all the scripts, the way a compressing server sends them. */
function gzippedBytes(scripts: Map<string, Buffer>): number {
  let total = 0;
  for (const body of scripts.values()) total += gzipSync(body, { level: 9 }).byteLength;
  return total;
}

/** Markers that only the PDF engine's code contains. */
const PDF_ENGINE_MARKERS = ['FontFile2', 'PDFDocument', 'GSUB'];

test.describe('byte budgets', () => {
  for (const path of [
    '/',
    '/en/',
    '/roles/',
    '/en/roles/',
    '/roles/manager/',
    '/skills/',
    '/en/skills/',
  ]) {
    test(`${path} ships no client JavaScript`, async ({ page }) => {
      const scripts = await upFrontScripts(page, path);
      expect([...scripts.keys()]).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
    });
  }

  for (const path of ['/job-description/', '/assessment/', '/sourcing/']) {
    test(`${path} loads at most 120 KB of gzipped JavaScript up front, without the PDF engine`, async ({
      page,
    }) => {
      const scripts = await upFrontScripts(page, path);
      const bytes = gzippedBytes(scripts);
      test.info().annotations.push({ type: 'gzipped JS', description: `${bytes} bytes` });
      expect(scripts.size, 'an interactive tool page loads its island').toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(120 * 1024);
      for (const [url, body] of scripts) {
        const text = body.toString('utf8');
        for (const marker of PDF_ENGINE_MARKERS) {
          expect(text.includes(marker), `${marker} in ${url}`).toBe(false);
        }
      }
    });
  }

  for (const role of ['manager', 'animator', 'expert']) {
    test(`a ${role} job-description PDF weighs under 150 KB`, async ({ request }) => {
      const response = await request.post('/api/job-descriptions/preview/pdf', {
        data: { role, locale: 'fr', company: { name: 'Budget SAS' } },
      });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/pdf');
      const bytes = (await response.body()).byteLength;
      expect(bytes).toBeGreaterThan(5_000);
      expect(bytes).toBeLessThanOrEqual(150 * 1024);
    });
  }
});
