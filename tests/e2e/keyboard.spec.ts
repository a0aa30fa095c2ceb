import type { Locator, Page } from '@playwright/test';
import { jobDescription } from '../../src/i18n/fr/job-description.ts';
import { sourcing as sourcingArea } from '../../src/i18n/fr/sourcing.ts';
import { areaMessages } from '../../src/i18n/index.ts';

/** The strings as pages show them (French typeset). */
const jd = areaMessages('fr', jobDescription);
const sourcing = areaMessages('fr', sourcingArea);
import { expect, test, visit } from './fixtures.ts';

/**
 * Presses Tab until `target` has the focus, as a keyboard user would, and fails if it never
 * comes (the control is not reachable with the keyboard).
 */
async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with the Tab key').toBeFocused();
}

test.describe('the tools with the keyboard alone', () => {
  test('job description: type the company and the objective, then download the PDF', async ({
    page,
  }) => {
    await visit(page, '/job-description/?role=animator');
    await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
    await page.locator('body').focus();

    await tabTo(page, page.getByLabel(jd['jd.company.name']));
    await page.keyboard.type('Maison Clavier');
    await tabTo(page, page.locator('[name="objective"]'));
    await page.keyboard.type(
      'Répondre à chaque question publique en moins de quatre heures ouvrées.',
    );
    await expect(page.locator('.jd-preview, [class*="preview"]').first()).toContainText(
      'Maison Clavier',
    );

    await tabTo(page, page.getByRole('button', { name: jd['jd.export.pdf'] }));
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  test('sourcing: change the workload and get the answer', async ({ page }) => {
    await visit(page, '/sourcing/');
    await page.locator('body').focus();
    await tabTo(page, page.getByRole('button', { name: sourcing['sourcing.submit'] }));
    await page.keyboard.press('Enter');
    await expect(page.locator('#sourcing-table-title')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2 }).filter({ hasText: /recommandée/i }),
    ).toBeVisible();
  });
});
