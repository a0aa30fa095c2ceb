import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test, visit } from './fixtures.ts';

/** The visible words the flow relies on, per locale. */
const UI = {
  fr: {
    path: '/assessment/',
    start: 'Commencer',
    next: 'Suivant',
    back: 'Précédent',
    finish: 'Voir mes résultats',
    step: (n: number, total: number) => `Étape ${n} sur ${total}`,
    missing: /Il manque \d+ réponses sur cette étape/,
    results: 'Vos résultats',
    pdf: 'Télécharger le rapport PDF',
    save: 'Enregistrer et obtenir un lien privé',
    consentError: 'Cochez la case',
    delete: 'Supprimer ce résultat',
    confirm: 'Confirmer la suppression définitive',
    deleted: 'Le résultat a été supprimé',
    pdfTitle: 'Auto-évaluation',
  },
  en: {
    path: '/en/assessment/',
    start: 'Start',
    next: 'Next',
    back: 'Back',
    finish: 'See my results',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    missing: /\d+ answers are missing on this step/,
    results: 'Your results',
    pdf: 'Download the PDF report',
    save: 'Save and get a private link',
    consentError: 'Tick the box',
    delete: 'Delete this result',
    confirm: 'Confirm permanent deletion',
    deleted: 'The result has been deleted',
    pdfTitle: 'Self-assessment',
  },
} as const;

/** Answers every radio group of the current step with the keyboard only: Tab, Space, arrows. */
async function answerStepByKeyboard(
  page: Page,
  shift: number,
  inFirstGroup = false,
): Promise<void> {
  const groups = page.locator('form.assessment-step fieldset');
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    if (index > 0 || !inFirstGroup) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const options = await groups.nth(index).locator('input[type="radio"]').count();
    for (let step = 0; step < (index + shift) % options; step += 1) {
      await page.keyboard.press('ArrowRight');
    }
    await expect(groups.nth(index).locator('input:checked')).toHaveCount(1);
  }
}

/** Presses a button through the keyboard: focus it, then Enter. */
async function pressButton(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.focus();
  await page.keyboard.press('Enter');
}

/** The step counter ("Step 2 of 6") as numbers. */
async function stepCounter(page: Page): Promise<{ current: number; total: number }> {
  const text = (await page.locator('.assessment-progress__label').textContent()) ?? '';
  const [current = 0, total = 0] = (text.match(/\d+/g) ?? []).map(Number);
  return { current, total };
}

/** A downloaded file's text, through pdftotext. */
function pdfText(path: string): string {
  expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  return execFileSync('pdftotext', ['-layout', path, '-']).toString();
}

for (const locale of ['fr', 'en'] as const) {
  const ui = UI[locale];

  test(`${locale}: the whole wizard by keyboard, reload, results, save, private link, delete`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(180_000);
    await visit(page, ui.path);
    await page.waitForSelector('astro-island:not([ssr])');
    await pressButton(page, ui.start);

    // Step 1: focus is on the heading; "next" with nothing answered lists what is missing.
    await expect(page.locator('h2.assessment-step__title')).toBeFocused();
    const { total } = await stepCounter(page);
    expect(total).toBeGreaterThanOrEqual(4);
    await expect(page.locator('.assessment-progress__label')).toHaveText(ui.step(1, total));
    await pressButton(page, ui.next);
    const summary = page.locator('.assessment-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(ui.missing);
    await expectAccessible(page);

    // The summary's first link leads to the first unanswered group.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('form.assessment-step fieldset input').first()).toBeFocused();
    await answerStepByKeyboard(page, 0, true);
    await expect(summary).toHaveCount(0);
    await pressButton(page, ui.next);
    await expect(page.locator('.assessment-progress__label')).toHaveText(ui.step(2, total));
    await expect(page.locator('h2.assessment-step__title')).toBeFocused();

    // Reload in the middle: same step, same shuffled order, earlier answers kept.
    const firstStatement = await page.locator('fieldset legend').first().textContent();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await expect(page.locator('.assessment-progress__label')).toHaveText(ui.step(2, total));
    await expect(page.locator('fieldset legend').first()).toHaveText(firstStatement ?? '');
    await expect(page.locator('fieldset').first().locator('input:checked')).toHaveCount(1);
    await pressButton(page, ui.back);
    await expect(page.locator('.assessment-progress__label')).toHaveText(ui.step(1, total));
    const step1 = page.locator('form.assessment-step fieldset');
    await expect(step1.locator('input:checked')).toHaveCount(await step1.count());
    await pressButton(page, ui.next);

    // The remaining answer steps, then the optional context.
    for (let current = 2; current < total; current += 1) {
      await expect(page.locator('.assessment-progress__label')).toHaveText(ui.step(current, total));
      await page.locator('h2.assessment-step__title').focus();
      await answerStepByKeyboard(page, current);
      await pressButton(page, ui.next);
    }
    await expect(page.locator('.assessment-progress__label')).toHaveText(ui.step(total, total));
    await page.keyboard.press('Tab');
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type(locale === 'fr' ? 'Tourisme' : 'Tourism');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await pressButton(page, ui.finish);

    // Results: radar with its table, tools, fit to every role.
    await expect(page.getByRole('heading', { level: 2, name: ui.results })).toBeFocused();
    await expect(page.locator('svg.assessment-radar')).toBeVisible();
    expect(await page.locator('.assessment-table tbody tr').count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('.assessment-role')).toHaveCount(3);
    await expect(page.locator('.assessment-role').first().locator('.badge')).toBeVisible();
    await expectAccessible(page);

    // PDF made in the browser.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pressButton(page, ui.pdf),
    ]);
    const localPdf = testInfo.outputPath(`${locale}-local.pdf`);
    await download.saveAs(localPdf);
    expect(pdfText(localPdf)).toContain(ui.pdfTitle);

    // Saving needs the consent box; then a private link appears.
    await pressButton(page, ui.save);
    await expect(page.locator('.assessment-save .field-error').first()).toContainText(
      ui.consentError,
    );
    await page.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await pressButton(page, ui.save);
    const link = await page.getByTestId('private-link').getAttribute('href');
    expect(link).toMatch(/\/assessments\/[A-Za-z0-9_-]{22}\/#[A-Za-z0-9_-]{40,}$/);
    if (!link) throw new Error('no private link');

    // The private page shows the same result and its server-made PDF.
    await visit(page, link);
    await expect(page.locator('.assessment-role')).toHaveCount(3);
    const [serverDownload] = await Promise.all([
      page.waitForEvent('download'),
      pressButton(page, ui.pdf),
    ]);
    const serverPdf = testInfo.outputPath(`${locale}-server.pdf`);
    await serverDownload.saveAs(serverPdf);
    expect(pdfText(serverPdf)).toContain(ui.pdfTitle);

    // Delete, then the link is gone: the page answers 404 and so does the API.
    await pressButton(page, ui.delete);
    await pressButton(page, ui.confirm);
    await expect(page.getByText(ui.deleted)).toBeVisible();
    const url = new URL(link);
    const api = await page.request.get(
      `/api${url.pathname.replace(/^\/en/, '').replace(/\/$/, '')}`,
      {
        headers: { Authorization: `Bearer ${url.hash.slice(1)}` },
      },
    );
    expect(api.status()).toBe(404);
    // A fresh load of the link (not a same-page hash change) answers the 404 page.
    await page.goto('about:blank');
    await visit(page, link, 404);
  });
}

// The HTTP API is walked through in tests/integration/api-walkthrough.test.ts (no browser needed).
