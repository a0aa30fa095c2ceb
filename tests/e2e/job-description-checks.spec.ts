import { jobDescription as fr } from '../../src/i18n/fr/job-description.ts';
import { expect, expectAccessible, test, visit } from './fixtures.ts';

/**
 * The checks in the builder: the words at fault are shown highlighted with the fix next to them,
 * "Go to the field" selects them in the field, and on a phone a sticky bar keeps the count in
 * sight and jumps from one finding to the next.
 */
test('phone: a criterion is highlighted, selected in its field, and reachable from the sticky bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, '/job-description/?role=animator');
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
  const text = 'Faire vivre notre communauté. Candidat de moins de 30 ans de préférence.';
  await page.locator('[name="objective"]').fill(text);

  const finding = page.locator('.jd-finding[data-rule="discriminatory-term"]').first();
  await expect(finding).toBeVisible();
  await expect(finding.locator('mark')).toHaveText('moins de 30 ans');

  await finding.getByRole('button', { name: fr['jd.checks.goTo'] }).click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const box = document.activeElement as HTMLTextAreaElement | null;
        return box ? box.value.slice(box.selectionStart, box.selectionEnd) : '';
      }),
    )
    .toBe('moins de 30 ans');

  const sticky = page.locator('.jd-checks__sticky');
  await sticky.scrollIntoViewIfNeeded();
  await expect(sticky).toBeVisible();
  await sticky.getByRole('button', { name: fr['jd.checks.next'] }).click();
  await expect(page.locator('.jd-finding').first()).toBeFocused();
  await expectAccessible(page);
});
