import { jobDescription } from '../../src/i18n/fr/job-description.ts';
import { areaMessages } from '../../src/i18n/index.ts';
import { expect, test, visit } from './fixtures.ts';

/** The French strings as the page shows them (typeset). */
const m = areaMessages('fr', jobDescription);

test('fr: saving over someone else’s newer save says so, and saving again replaces it', async ({
  page,
  browser,
}) => {
  await visit(page, '/job-description/?role=animator');
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
  await page.getByLabel(m['jd.company.name']).fill('Maison Lumière');
  await page.getByRole('button', { name: m['jd.objective.useExample'] }).first().click();
  await page.getByLabel(m['jd.location.city'], { exact: true }).fill('Lyon');
  await page.getByLabel(m['jd.apply.instructions']).fill('Envoyez un CV.');
  await page.getByRole('button', { name: m['jd.save.button'] }).click();
  await expect(page.getByText(m['jd.save.saved'])).toBeVisible();
  const editLink = await page.getByLabel(m['jd.save.editLink']).inputValue();

  // A colleague opens the private link in another browser and saves a change.
  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(editLink);
  await expect(colleague.getByText(m['jd.save.loaded'])).toBeVisible();
  await colleague.getByLabel(m['jd.company.name']).fill('Maison Lumière (collègue)');
  await colleague.getByRole('button', { name: m['jd.save.update'] }).click();
  await expect(colleague.getByText(m['jd.save.saved'])).toBeVisible();
  await context.close();

  // The first person, who had the older version open, is told instead of overwriting it.
  await page.getByLabel(m['jd.company.name']).fill('Maison Lumière (moi)');
  await page.getByRole('button', { name: m['jd.save.update'] }).click();
  await expect(page.getByRole('status').filter({ hasText: m['jd.save.conflict'] })).toBeVisible();
  const pageHref = await page
    .getByRole('link', { name: m['jd.save.pageLink'] })
    .getAttribute('href');
  const stored = await page.request.get(
    `/api/job-descriptions/${new URL(editLink).searchParams.get('id')}`,
  );
  expect((await stored.json()).jobDescription.company.name).toBe('Maison Lumière (collègue)');

  // Saving again, knowingly, replaces the colleague's version.
  await page.getByRole('button', { name: m['jd.save.update'] }).click();
  await expect(page.getByText(m['jd.save.saved'])).toBeVisible();
  await visit(page, pageHref ?? '/');
  await expect(page.locator('main')).toContainText('Maison Lumière (moi)');
});
