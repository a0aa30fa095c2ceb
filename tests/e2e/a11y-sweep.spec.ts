import { expect, expectAccessible, test } from './fixtures.ts';

/** Phone and desktop widths every public page is scanned at. */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

test.describe('accessibility of every public page', () => {
  test('the sitemap lists both locales of every public page', async ({ request }) => {
    const xml = await (await request.get('/sitemap.xml')).text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '').pathname,
    );
    for (const path of ['/', '/en/', '/privacy/', '/en/privacy/', '/method/', '/en/method/']) {
      expect(paths).toContain(path);
    }
  });

  for (const viewport of VIEWPORTS) {
    test(`every page in the sitemap passes axe at ${viewport.name} width`, async ({
      page,
      request,
    }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      const xml = await (await request.get('/sitemap.xml')).text();
      const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
        (m) => new URL(m[1] ?? '').pathname,
      );
      for (const path of paths) {
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
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
    }
  });
});
