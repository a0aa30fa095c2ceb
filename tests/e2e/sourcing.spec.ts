import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, visit } from './fixtures.ts';

test.describe('sourcing decision helper', () => {
  test('French: fill the form and get a ranked answer with reasons, chart and link', async ({
    page,
  }) => {
    await visit(page, '/sourcing/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Recruter, former ou externaliser ?',
    );
    await page.getByLabel('Nombre de salarié·es de l’entreprise').fill('25');
    await page.getByLabel('Je connais le nombre d’heures par semaine').check();
    await page.getByLabel('Heures par semaine', { exact: true }).fill('30');
    await page.getByLabel('Horizon de comparaison (mois)').fill('24');
    await page.getByLabel('Budget mensuel disponible (EUR)').fill('5000');
    await page.getByRole('button', { name: 'Comparer les options' }).click();

    const headline = page.locator('#sourcing-answer-title');
    await expect(headline).toHaveText('Option recommandée : Recruter en interne');
    await expect(headline).toBeFocused();
    await expect(page.locator('.sourcing-table tbody tr[data-option]')).toHaveCount(5);
    await expect(page.locator('.sourcing-chart svg')).toBeVisible();
    await expect(page.locator('.sourcing-reasons li')).toHaveCount(3);
    await expect(
      page.getByRole('heading', { name: 'Ce qui changerait la recommandation' }),
    ).toBeVisible();
    expect(page.url()).toContain('hoursPerWeek=30');
    expect(page.url()).toContain('horizonMonths=24');
  });

  test('English: edit an assumption, share the link, reopen it and get the same answer', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await visit(page, '/en/sourcing/');
    await page.getByLabel('I know the hours per week').check();
    await page.getByLabel('Hours per week', { exact: true }).fill('10');
    await page.getByLabel('Someone on the team could be trained').uncheck();
    await page.getByText('Cost assumptions').click();
    const dayRate = page.getByLabel(/Day rate of an experienced freelance community manager/);
    await expect(dayRate).toHaveValue('336');
    await dayRate.fill('250');
    await page.getByRole('button', { name: 'Compare the options' }).click();

    const headline = page.locator('#sourcing-answer-title');
    await expect(headline).toHaveText('Recommended option: Freelancer');
    const freelanceRow = page.locator('tr[data-option="freelance"]');
    // 10 h × 52 ÷ 12 ÷ 7 h = 6.19 days × €250 = €1,548 a month.
    await expect(freelanceRow).toContainText('€1,548');
    await page.getByText('Assumptions used and sources').click();
    await expect(page.locator('.sourcing-table--sources')).toContainText('edited');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied: it reproduces this result.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('a.freelanceDayRate=250');
    expect(link).toContain('canTrain=0');

    const reopened = await context.newPage();
    await reopened.goto(link);
    await expect(reopened.locator('#sourcing-answer-title')).toHaveText(
      'Recommended option: Freelancer',
    );
    await expect(reopened.locator('tr[data-option="freelance"]')).toContainText('€1,548');
    await expect(reopened.getByLabel('Hours per week', { exact: true })).toHaveValue('10');
    await reopened.getByText('Cost assumptions').click();
    await expect(
      reopened.getByLabel(/Day rate of an experienced freelance community manager/),
    ).toHaveValue('250');
    await reopened.close();
  });

  test('downloads a one-page PDF summary', async ({ page }) => {
    await visit(
      page,
      '/sourcing/?coverage=crisis&objectives=e-reputation,customer-service&networks=4&conversationsPerWeek=200&monthlyBudget=9000&headcount=120&horizonMonths=24',
    );
    await expect(page.locator('#sourcing-answer-title')).toHaveText(
      'Option recommandée : Formule mixte',
    );
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger la synthèse PDF' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(
      /^synthese-sourcing-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5000);
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    expect(text).toContain('Option recommandée : Formule mixte');
    expect(text).toContain('Page 1 / 1');
  });

  test('refuses out-of-range values in the form without calling the server', async ({ page }) => {
    await visit(page, '/sourcing/');
    let posted = false;
    page.on('request', (request) => {
      if (request.url().includes('/api/sourcing')) posted = true;
    });
    await page.getByLabel('Horizon de comparaison (mois)').fill('0');
    await page.getByRole('button', { name: 'Comparer les options' }).click();
    await expect(page.getByText('Valeur invalide ou hors limites.')).toBeVisible();
    await expect(page.getByLabel('Horizon de comparaison (mois)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(posted).toBe(false);
  });

  // The HTTP API is tested in tests/integration/api-walkthrough.test.ts (no browser needed).
});
