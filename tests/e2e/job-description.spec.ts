import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { jobDescription } from '../../src/i18n/fr/job-description.ts';
import { areaMessages } from '../../src/i18n/index.ts';
import { loadCatalog } from '../helpers/load-catalog.ts';
import { expect, expectAccessible, test, visit } from './fixtures.ts';

const catalog = loadCatalog();
/** The strings as pages show them (French typeset). */
const MESSAGES = {
  fr: areaMessages('fr', jobDescription),
  en: areaMessages('en', jobDescription),
} as const;
const PREFIX = { fr: '', en: '/en' } as const;

/** Opens the builder for a role and waits until the island has restored its state. */
async function openBuilder(page: Page, locale: 'fr' | 'en', role: string) {
  await visit(page, `${PREFIX[locale]}/job-description/?role=${role}`);
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
}

/** Fills what only the company can say: name, objective (from the examples), place, how to apply. */
async function fillCompanyParts(page: Page, locale: 'fr' | 'en') {
  const m = MESSAGES[locale];
  await page.getByLabel(m['jd.company.name']).fill('Maison Lumière');
  await page.getByRole('button', { name: m['jd.objective.useExample'] }).first().click();
  await page.getByLabel(m['jd.location.city'], { exact: true }).fill('Lyon');
  await page
    .getByLabel(m['jd.apply.instructions'])
    .fill('Envoyez un CV et trois lignes de motivation.');
}

/** Text of a PDF file, through pdftotext when installed. */
function pdfText(file: string): string | undefined {
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/[ \n]+/g, ' ');
  } catch {
    return undefined;
  }
}

for (const locale of ['fr', 'en'] as const) {
  for (const role of catalog.roles) {
    test(`${locale}: builds a ${role.id} job description from its template`, async ({ page }) => {
      const m = MESSAGES[locale];
      await openBuilder(page, locale, role.id);
      const preview = page.locator('.jd-preview');
      await expect(page.getByLabel(m['jd.title.label'], { exact: true })).toHaveValue(
        role.title[locale],
      );
      await expect(preview.getByRole('heading', { level: 3 })).toHaveText(role.title[locale]);
      await expect(preview).toContainText(role.missions[0]?.label[locale] ?? '?');
      const objective = page.locator('[data-rule="objective-missing"]');
      await expect(objective).toBeVisible();

      await fillCompanyParts(page, locale);
      await expect(objective).toHaveCount(0);
      await expect(preview).toContainText('Maison Lumière');
      await expect(preview).toContainText(role.perimeter.objectiveExamples[0]?.[locale] ?? '?');

      if (locale === 'fr') {
        await expect(page.locator('.jd-finding--error')).toHaveCount(0);
      } else {
        // An English posting for a job in France breaks L5331-4; a job in Belgium is fine.
        const language = page.locator('[data-rule="posting-language"]');
        await expect(language).toBeVisible();
        await page.getByLabel(m['jd.location.country']).selectOption('BE');
        await expect(language).toHaveCount(0);
        await expect(page.locator('.jd-finding--error')).toHaveCount(0);
      }
    });
  }
}

test('fr: fixes a flagged title, saves, and reopens by link', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const m = MESSAGES.fr;
  await openBuilder(page, 'fr', 'animator');
  await fillCompanyParts(page, 'fr');
  const title = page.getByLabel(m['jd.title.label'], { exact: true });
  await title.fill('Animateur de communauté H/F');
  const flagged = page.locator('[data-rule="title-gender"]');
  await expect(flagged).toBeVisible();
  await flagged.getByRole('button', { name: /Appliquer/ }).click();
  await expect(title).toHaveValue('Animateur / Animatrice de communauté (F/H)');
  await expect(flagged).toHaveCount(0);

  // Field-level validation: an invalid e-mail is refused before saving.
  await page.getByLabel(m['jd.apply.email']).fill('pas-une-adresse');
  await page.getByRole('button', { name: m['jd.save.button'] }).click();
  await expect(page.getByText(m['jd.error.email'])).toBeVisible();
  await page.getByLabel(m['jd.apply.email']).fill('recrutement@maison-lumiere.example');

  await page.getByRole('button', { name: m['jd.save.button'] }).click();
  await expect(page.getByText(m['jd.save.saved'])).toBeVisible();
  const editLink = await page.getByLabel(m['jd.save.editLink']).inputValue();
  expect(editLink).toMatch(/\/job-description\/\?id=[\w-]{22}#token=[\w-]{43}$/);

  // The draft survives a reload.
  await page.reload();
  await expect(page.locator('.jd-builder[data-ready="true"]')).toBeVisible();
  await expect(title).toHaveValue('Animateur / Animatrice de communauté (F/H)');

  // Someone else opens the private link in a fresh browser: the saved description comes back.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(editLink);
  await expect(other.locator('.jd-builder[data-ready="true"]')).toBeVisible();
  await expect(other.getByText(m['jd.save.loaded'])).toBeVisible();
  await expect(other.getByLabel(m['jd.company.name'])).toHaveValue('Maison Lumière');
  await other.getByLabel(m['jd.company.name']).fill('Maison Lumière SAS');
  await other.getByRole('button', { name: m['jd.save.update'] }).click();
  await expect(other.getByText(m['jd.save.saved'])).toBeVisible();
  await expectAccessible(other);

  // The printable page shows the update, its JobPosting, and is not indexed.
  const pageHref = await other
    .getByRole('link', { name: m['jd.save.pageLink'] })
    .getAttribute('href');
  await context.close();
  await visit(page, pageHref ?? '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Animateur / Animatrice de communauté (F/H)',
  );
  await expect(page.locator('main')).toContainText('Maison Lumière SAS');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const jsonLd = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  ) as Record<string, unknown>;
  expect(jsonLd).toMatchObject({
    '@type': 'JobPosting',
    hiringOrganization: { name: 'Maison Lumière SAS' },
  });
});

test('fr: downloads the PDF made in the browser', async ({ page }) => {
  test.setTimeout(120_000);
  const m = MESSAGES.fr;
  await openBuilder(page, 'fr', 'animator');
  await fillCompanyParts(page, 'fr');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: m['jd.export.pdf'] }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^fiche-de-poste-animateur-animatrice.*\.pdf$/);
  const file = await download.path();
  const pdf = await PDFDocument.load(readFileSync(file));
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
  expect(pdf.getTitle()).toBe('Animateur / Animatrice de communauté en ligne (F/H)');
  const text = pdfText(file);
  if (text !== undefined) {
    expect(text).toContain('Périmètre et règles de décision');
    expect(text).toContain('Maison Lumière');
    expect(text).toContain('Animateur / Animatrice de communauté en ligne (F/H)');
  }
});

// The API itself is walked through in tests/integration/api-walkthrough.test.ts; here only what a
// browser shows: a published description is indexable, an unknown one is a 404 page.
test('a published description is an indexable page; an unknown id is a 404 page', async ({
  page,
  request,
}) => {
  const created = await request.post('/api/job-descriptions', {
    data: { role: 'manager', locale: 'fr', company: { name: 'Acme' } },
  });
  expect(created.status()).toBe(201);
  const body = (await created.json()) as {
    id: string;
    editToken: string;
    jobDescription: { title: string };
  };
  const published = await request.put(`/api/job-descriptions/${body.id}`, {
    headers: { Authorization: `Bearer ${body.editToken}` },
    data: { role: 'manager', locale: 'fr', company: { name: 'Acme' }, published: true },
  });
  expect(published.status()).toBe(200);
  await visit(page, `/en/job-descriptions/${body.id}/`);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(body.jobDescription.title);
  await visit(page, '/job-descriptions/AAAAAAAAAAAAAAAAAAAAAA/', 404);
});
