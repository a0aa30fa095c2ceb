import { expect, test, visit } from './fixtures.ts';

test.describe('bilingual shell', () => {
  test('the French home page is at / with lang="fr" and the four tools', async ({ page }) => {
    await visit(page, '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'gestionnaire de communauté',
    );
    for (const name of [
      'Comparer les rôles',
      'Rédiger une fiche de poste',
      'Commencer l’auto-évaluation',
      'Comparer les options',
    ]) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
  });

  test('the English home page is at /en/ with lang="en"', async ({ page }) => {
    await visit(page, '/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Write a job description' })).toBeVisible();
  });

  test('home pages ship no client JavaScript', async ({ page }) => {
    for (const path of ['/', '/en/']) {
      await page.goto(path);
      expect(await page.locator('script').count(), path).toBe(0);
    }
  });

  test('the language switcher keeps the current page', async ({ page }) => {
    await visit(page, '/privacy/');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/en\/privacy\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/privacy\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('the privacy and method pages exist in both locales', async ({ page }) => {
    await visit(page, '/privacy/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confidentialité');
    await visit(page, '/en/privacy/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
    await visit(page, '/method/');
    await visit(page, '/en/method/');
  });

  test('a skip link moves keyboard focus to the main content', async ({ page }) => {
    await visit(page, '/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the footer links to privacy and method', async ({ page }) => {
    await visit(page, '/en/');
    const footer = page.locator('footer');
    await expect(footer.getByRole('link', { name: 'Privacy' })).toHaveAttribute(
      'href',
      '/en/privacy/',
    );
    await expect(footer.getByRole('link', { name: 'Method and sources' })).toHaveAttribute(
      'href',
      '/en/method/',
    );
  });

  test('responses are compressed and carry security headers', async ({ request }) => {
    const response = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    const headers = response.headers();
    expect(headers['content-encoding']).toBe('gzip');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
