import type { APIRequestContext } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures.ts';

/** Phone and desktop widths every public page is scanned at. */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** The sitemap's pages: `@astrojs/sitemap` writes an index pointing at one or more sitemaps. */
async function sitemapXml(request: APIRequestContext): Promise<string> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? '').pathname,
  );
  const bodies = await Promise.all(parts.map(async (part) => (await request.get(part)).text()));
  return bodies.join('\n');
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const xml = await sitemapXml(request);
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

test.describe('accessibility of every public page', () => {
  test('the sitemap lists both locales of every public page, with hreflang', async ({
    request,
  }) => {
    const paths = await sitemapPaths(request);
    for (const path of ['/', '/en/', '/privacy/', '/en/privacy/', '/method/', '/en/method/']) {
      expect(paths).toContain(path);
    }
    expect(
      paths.filter((path) => /\/(api|job-descriptions|assessments)\/|\/(404|500)\//.test(path)),
    ).toEqual([]);
    const xml = await sitemapXml(request);
    expect(xml).toMatch(/hreflang="fr-FR"[^>]*href="[^"]*\/method\/"/);
    expect(xml).toMatch(/hreflang="en-GB"[^>]*href="[^"]*\/en\/method\/"/);
  });

  for (const viewport of VIEWPORTS) {
    test(`every page in the sitemap passes axe at ${viewport.name} width`, async ({
      page,
      request,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      for (const path of await sitemapPaths(request)) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expectAccessible(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal scroll on ${path} at ${viewport.width}px`).toBeLessThanOrEqual(
          1,
        );
      }
    });
  }

  test('unknown pages answer 404 in the language of their path', async ({ page }) => {
    const fr = await page.goto('/nulle-part/');
    expect(fr?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expectAccessible(page);
    const en = await page.goto('/en/nowhere/');
    expect(en?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('the error page is readable and accessible', async ({ page }) => {
    const response = await page.goto('/500');
    expect(response?.status()).toBe(500);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Une erreur est survenue');
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
  });

  test('robots.txt, the manifest and the favicon are served', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: ');
    expect((await request.get('/manifest.webmanifest')).status()).toBe(200);
    expect((await request.get('/favicon.svg')).headers()['content-type']).toContain(
      'image/svg+xml',
    );
  });

  test('every page has a description and Open Graph tags', async ({ page }) => {
    for (const path of ['/', '/en/', '/privacy/', '/en/method/']) {
      await page.goto(path);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
      await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveCount(1);
      await expect(page.locator('link[rel="alternate"][hreflang="fr-FR"]')).toHaveCount(1);
    }
  });
});
