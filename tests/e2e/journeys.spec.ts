import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { jobDescription as en } from '../../src/i18n/en/job-description.ts';
import { myItems as enItems } from '../../src/i18n/en/my-items.ts';
import { jobDescription as fr } from '../../src/i18n/fr/job-description.ts';
import { myItems as frItems } from '../../src/i18n/fr/my-items.ts';
import { expect, expectAccessible, test, visit } from './fixtures.ts';

/**
 * The journeys a new user tripped on (issue 15, points 1–5): deleting a saved job description,
 * undoing a cleared draft, finding one's items again, switching language without losing work, the
 * documents HR posts, and a truthful JobPosting. Runs at 1280 px and at 390 px (phone project),
 * with an axe scan of every state reached.
 */

const M = { fr, en } as const;
const ITEMS = { fr: frItems, en: enItems } as const;
const PREFIX = { fr: '', en: '/en' } as const;

async function openBuilder(page: Page, path: string) {
  await visit(page, path);
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
}

/** Fills the builder's company parts and saves; returns the private edit link and page link. */
async function saveDescription(page: Page, locale: 'fr' | 'en', company: string) {
  const m = M[locale];
  await openBuilder(page, `${PREFIX[locale]}/job-description/?role=animator`);
  await page.getByLabel(m['jd.company.name']).fill(company);
  await page.getByRole('button', { name: m['jd.objective.useExample'] }).first().click();
  await page.getByLabel(m['jd.location.city'], { exact: true }).fill('Lyon');
  await page.getByLabel(m['jd.apply.instructions']).fill('Envoyez un CV.');
  await page.getByLabel(m['jd.apply.email']).fill('jobs@example.org');
  await page.getByLabel(m['jd.salary.min']).fill('30000');
  await page.getByLabel(m['jd.salary.max']).fill('36000');
  await page.getByRole('button', { name: m['jd.save.button'] }).click();
  await expect(page.getByText(m['jd.save.saved'])).toBeVisible();
  const edit = await page.getByLabel(m['jd.save.editLink']).inputValue();
  const printable = await page
    .getByRole('link', { name: m['jd.save.pageLink'] })
    .getAttribute('href');
  const id = /[?&]id=([\w-]{22})/.exec(edit)?.[1] ?? '';
  return { edit, printable: printable ?? '', id };
}

test('fr: delete a saved description from the builder, after a confirmation', async ({ page }) => {
  test.setTimeout(120_000);
  const { id } = await saveDescription(page, 'fr', 'Atelier Dupont');
  const remove = page.getByRole('button', { name: fr['jd.save.delete'] });

  // Dismissing the confirmation keeps it.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await remove.click();
  expect((await page.request.get(`/api/job-descriptions/${id}`)).status()).toBe(200);

  page.once('dialog', (dialog) => {
    // The dictionary is typeset when loaded: compare the words, whatever the no-break spaces.
    const words = (text: string) => text.replace(/\s+/gu, ' ');
    expect(words(dialog.message())).toBe(words(fr['jd.save.deleteConfirm']));
    void dialog.accept();
  });
  await remove.click();
  await expect(page.getByText(fr['jd.save.deleted'])).toBeVisible();
  await expect(remove).toHaveCount(0);
  await expectAccessible(page);

  // The link now answers 404, with a proper status line, and so does the API.
  const gone = await page.request.get(`/job-descriptions/${id}/`);
  expect(gone.status()).toBe(404);
  expect(gone.statusText()).toBe('Not Found');
  expect((await page.request.get(`/api/job-descriptions/${id}`)).status()).toBe(404);
  await visit(page, `/job-descriptions/${id}/`, 404);
});

test('en: delete from the printable page opened with its private link', async ({ page }) => {
  test.setTimeout(120_000);
  const { printable, id } = await saveDescription(page, 'en', 'Dupont Workshop');
  expect(printable).toMatch(/#token=/);
  await visit(page, printable);
  const remove = page.getByRole('button', { name: en['jd.saved.delete'] });
  await expect(remove).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await remove.click();
  await expect(page.getByText(en['jd.saved.deleted'])).toBeVisible();
  await expectAccessible(page);
  expect((await page.request.get(`/en/job-descriptions/${id}/`)).status()).toBe(404);

  // Without the token (a reader's copy of the link), no delete button is offered.
  await page.evaluate(() => window.localStorage.clear());
  const other = await saveDescription(page, 'en', 'Other Ltd');
  await page.evaluate(() => window.localStorage.clear());
  await visit(page, other.printable.replace(/#.*$/, ''));
  await expect(page.getByRole('button', { name: en['jd.saved.delete'] })).toBeHidden();
});

test('fr: « Effacer le brouillon » and « Repartir de ce modèle » can be undone', async ({
  page,
}) => {
  await openBuilder(page, '/job-description/?role=animator');
  const company = page.getByLabel(fr['jd.company.name']);
  await company.fill('Maison Lumière');
  await page.getByRole('button', { name: fr['jd.save.reset'] }).click();
  await expect(page.getByText(fr['jd.undo.reset'])).toBeVisible();
  await expect(company).toHaveValue('');
  await expectAccessible(page);
  await page.getByRole('button', { name: fr['jd.undo.button'] }).click();
  await expect(company).toHaveValue('Maison Lumière');

  const title = page.getByLabel(fr['jd.title.label'], { exact: true });
  await title.fill('Titre à garder (F/H)');
  await page.getByLabel(fr['jd.template.role']).selectOption('manager');
  await page.getByRole('button', { name: fr['jd.template.apply'] }).click();
  await expect(title).not.toHaveValue('Titre à garder (F/H)');
  await page.getByRole('button', { name: fr['jd.undo.button'] }).click();
  await expect(title).toHaveValue('Titre à garder (F/H)');
  await expect(company).toHaveValue('Maison Lumière');
});

for (const locale of ['fr', 'en'] as const) {
  test(`${locale}: my items on this device lists what was saved, and forgets on request`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const items = ITEMS[locale];
    await visit(page, `${PREFIX[locale]}/my-items/`);
    await expect(page.getByText(items['myItems.empty'])).toBeVisible();

    const { edit } = await saveDescription(page, locale, 'Maison Lumière');
    // An assessment and a sourcing answer, as their tools remember them.
    await page.evaluate(() => {
      const list = JSON.parse(
        localStorage.getItem('trait-d-union.my-items.v1') ?? '[]',
      ) as unknown[];
      list.push(
        {
          kind: 'assessment',
          id: 'a1',
          title: 'Self-assessment',
          link: '/assessments/a1/#t',
          savedAt: '2026-11-01T10:00:00Z',
        },
        {
          kind: 'sourcing',
          id: '?size=25',
          title: 'Sourcing',
          link: '/sourcing/?size=25',
          savedAt: '2026-11-02T10:00:00Z',
        },
      );
      localStorage.setItem('trait-d-union.my-items.v1', JSON.stringify(list));
    });
    await visit(page, `${PREFIX[locale]}/my-items/`);
    await expect(page.getByText(items['myItems.empty'])).toBeHidden();
    for (const kind of ['job-description', 'assessment', 'sourcing'] as const) {
      await expect(
        page.getByRole('heading', { level: 2, name: items[`myItems.kind.${kind}`] }),
      ).toBeVisible();
    }
    const link = page.getByRole('link', { name: /animat/i });
    await expect(link).toHaveAttribute('href', edit);

    await page.getByRole('button', { name: /animat/i }).click();
    await expect(page.getByRole('link', { name: /animat/i })).toHaveCount(0);
    await expect(page.getByRole('status')).toContainText(/animat/i);
    await expectAccessible(page);
    await page.reload();
    await expect(page.getByRole('link', { name: /animat/i })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Sourcing' })).toBeVisible();
  });
}

test('the language switch keeps the builder’s saved item, the sourcing inputs and the wizard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { id } = await saveDescription(page, 'fr', 'Maison Lumière');
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(new RegExp(`/en/job-description/\\?id=${id}#token=`));
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
  await expect(page.getByLabel(en['jd.company.name'])).toHaveValue('Maison Lumière');
  await expect(page.getByRole('button', { name: en['jd.save.update'] })).toBeVisible();

  // A draft never saved survives the switch too: it is kept under a locale-free key.
  await page.getByRole('button', { name: en['jd.save.reset'] }).click();
  await page.getByLabel(en['jd.company.name']).fill('Draft Only Ltd');
  await page.waitForTimeout(600);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/job-description\/$/);
  await expect(page.getByLabel(fr['jd.company.name'])).toHaveValue('Draft Only Ltd');

  // Sourcing: the inputs live in the query, which the switch carries.
  await page.goto('/sourcing/?hoursPerWeek=12&horizonMonths=18');
  await expect(page.locator('#sourcing-answer-title')).toBeVisible();
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/en\/sourcing\/\?.*horizonMonths=18/);
  await expect(page.locator('#sourcing-answer-title')).toBeVisible();

  // Wizard: answers are kept in this browser under a locale-free key.
  await page.goto('/assessment/');
  await page.getByRole('button', { name: 'Commencer' }).click();
  const first = page.locator('form.assessment-step fieldset').first();
  await first.locator('input[type="radio"]').nth(3).check();
  await page.waitForTimeout(600);
  await page.getByTestId('lang-switch').click();
  await expect(page).toHaveURL(/\/en\/assessment\/$/);
  await expect(
    page.locator('form.assessment-step fieldset').first().locator('input:checked'),
  ).toHaveCount(1);
});

test('documents: full PDF, one-page ad, Word file; JobPosting says where one applies', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { printable } = await saveDescription(page, 'fr', 'Maison Lumière');
  await visit(page, printable);

  const download = async (name: string) => {
    const waiting = page.waitForEvent('download');
    await page.getByRole('link', { name }).click();
    const file = await waiting;
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path()) ?? '') };
  };
  const full = await download(fr['jd.saved.pdf']);
  const ad = await download(fr['jd.saved.adPdf']);
  const word = await download(fr['jd.saved.word']);
  expect(full.name).toMatch(/^fiche-de-poste-.*\.pdf$/);
  expect(ad.name).toMatch(/^annonce-.*\.pdf$/);
  expect(word.name).toMatch(/^fiche-de-poste-.*\.docx$/);
  expect((await PDFDocument.load(full.bytes)).getPageCount()).toBeGreaterThan(1);
  expect((await PDFDocument.load(ad.bytes)).getPageCount()).toBe(1);
  expect(word.bytes.subarray(0, 2).toString()).toBe('PK');
  try {
    const text = execFileSync('pdftotext', ['-', '-'], { input: ad.bytes, encoding: 'utf8' });
    expect(text).toMatch(/30\s000\s€/);
    expect(text).toContain('Maison Lumière');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }

  // The saved page shows how to apply (an e-mail) but takes no application: not directApply.
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as Record<string, unknown>;
  expect(jsonLd['directApply']).toBe(false);
});

test('the builder form is rendered on the server: what is typed before hydration is kept', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Hold the page's JavaScript back, type in the server-rendered form, then let it load.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('/job-description/', { waitUntil: 'domcontentloaded' });
  const company = page.locator('input[name="company.name"]');
  // The server's form shows the template's values, down to the last sections.
  const salary = page.locator('input[name="salary.min"]');
  await expect(salary).not.toHaveValue('');
  await company.fill('Tapé avant hydratation');
  // Sections that hydrate after the page keep what was typed in them too, and what they show
  // follows it (a fixed-term contract asks for its duration).
  const objective = page.locator('textarea[name="objective"]');
  await objective.fill('Un objectif tapé avant hydratation');
  await page.locator('select[name="contract.type"]').selectOption('cdd');
  await expect(page.locator('.jd-builder[data-ready="true"]')).toHaveCount(0);
  release();
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await expect(company).toHaveValue('Tapé avant hydratation');
  await expect(objective).toHaveValue('Un objectif tapé avant hydratation');
  await expect(page.locator('input[name="contract.durationMonths"]')).toBeVisible();
  await expect(page.locator('.jd-preview')).toContainText('Tapé avant hydratation');
  await expect(page.locator('.jd-preview')).toContainText('Un objectif tapé avant hydratation');
});
