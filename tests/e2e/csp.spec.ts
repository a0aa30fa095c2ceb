import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { assessment as assessmentFr } from '../../src/i18n/fr/assessment.ts';
import { jobDescription as jdFr } from '../../src/i18n/fr/job-description.ts';
import { sourcing as sourcingFr } from '../../src/i18n/fr/sourcing.ts';

/**
 * Issue 16, point 5: every page is served with a Content-Security-Policy that allows no inline
 * script without its hash ('unsafe-inline' is not in script-src), the browser reports no CSP
 * violation on any page (from the sitemap, plus the on-demand pages), every island hydrates, and
 * the three tools still work under that policy.
 */

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** Collects CSP violations and console errors of a page from its first script on. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  return problems;
}

/** Opens a page, checks its policy, waits for every island to hydrate, returns what went wrong. */
async function openUnderCsp(page: Page, path: string, problems: string[]): Promise<void> {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  const policy = (await response?.headerValue('content-security-policy')) ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
  expect(scriptSrc, `script-src of ${path}`).not.toBe('');
  expect(scriptSrc, `script-src of ${path}`).not.toContain("'unsafe-inline'");
  expect(policy, path).toContain("object-src 'none'");
  expect(policy, path).toContain("frame-ancestors 'none'");
  await page.waitForLoadState('load');
  // Astro removes `ssr` from an island once it has hydrated.
  await page
    .locator('astro-island[ssr]')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  const violations = await page.evaluate(() => window.cspViolations ?? []);
  expect([...violations, ...problems], `CSP violations and errors on ${path}`).toEqual([]);
  await expect(page.locator('astro-island[ssr]'), `islands of ${path}`).toHaveCount(0);
}

/** Every page the sitemap lists (through its index when there is one), as paths on this server. */
async function sitemapPaths(page: Page): Promise<string[]> {
  const locs = async (path: string) => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const xml = await response.text();
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '/').pathname,
    );
  };
  const index = await page.request.get('/sitemap-index.xml');
  const sitemaps = index.ok() ? await locs('/sitemap-index.xml') : ['/sitemap.xml'];
  const pages: string[] = [];
  for (const sitemap of sitemaps) pages.push(...(await locs(sitemap)));
  return pages;
}

test('every page of the sitemap loads under the CSP without violation and hydrates', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(page);
  expect(paths.length).toBeGreaterThan(10);
  const problems = await watch(page);
  for (const path of paths) {
    problems.length = 0;
    await openUnderCsp(page, path, problems);
  }
});

test('the saved pages and the 404 page load under the CSP without violation', async ({
  page,
  request,
}) => {
  const created = await request.post('/api/job-descriptions', {
    data: { role: 'manager', locale: 'fr', company: { name: 'Acme' } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const problems = await watch(page);
  for (const path of [
    `/job-descriptions/${id}/`,
    `/en/job-descriptions/${id}/`,
    '/assessments/AAAAAAAAAAAAAAAAAAAAAA/',
  ]) {
    problems.length = 0;
    await openUnderCsp(page, path, problems);
  }
  problems.length = 0;
  const missing = await page.goto('/no-such-page/');
  expect(missing?.status()).toBe(404);
  expect(await page.evaluate(() => window.cspViolations ?? [])).toEqual([]);
});

test('the three tools work under the CSP', async ({ page }) => {
  const problems = await watch(page);

  await openUnderCsp(page, '/sourcing/', problems);
  await page.getByRole('button', { name: sourcingFr['sourcing.submit'] }).click();
  await expect(page.locator('#sourcing-answer-title')).toBeVisible();

  await openUnderCsp(page, '/assessment/', problems);
  await page
    .getByRole('button', { name: assessmentFr['assessment.intro.start'], exact: true })
    .click();
  await expect(page.locator('.assessment-progress__label')).toBeVisible();

  await openUnderCsp(page, '/job-description/?role=manager', problems);
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
  await page.getByLabel(jdFr['jd.company.name']).fill('Maison Lumière');
  await expect(page.locator('.jd-doc').first()).toContainText('Maison Lumière');

  const violations = await page.evaluate(() => window.cspViolations ?? []);
  expect([...violations, ...problems]).toEqual([]);
});
