import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { expect, test, visit } from './fixtures.ts';

/** The interface strings as pages show them (French typeset: no-break spaces, curly apostrophes). */
const fr = DICTIONARIES.fr;
const en = DICTIONARIES.en;
/** A first answer may compute a few dozen URSSAF situations on a busy machine: wait longer. */
const expectAnswer = expect.configure({ timeout: 30_000 });
/** Playwright compares visible text with ordinary spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

test.describe('sourcing decision helper', () => {
  test('French: fill the form, get a ranked answer with staffing, reasons, chart and link', async ({
    page,
  }) => {
    await visit(page, '/sourcing/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(plain(fr['sourcing.title']));
    await page.getByLabel(fr['sourcing.field.headcount']).fill('25');
    await page.getByLabel(fr['sourcing.workloadMode.hours']).check();
    await page.getByLabel(fr['sourcing.field.hoursPerWeek'], { exact: true }).fill('30');
    await page.getByLabel(fr['sourcing.field.horizonMonths']).fill('24');
    await page.getByLabel('Budget mensuel disponible (EUR)').fill('5000');
    await page.getByRole('button', { name: fr['sourcing.submit'] }).click();

    const headline = page.locator('#sourcing-answer-title');
    // A first answer may compute a few dozen URSSAF situations on a busy machine.
    await expect(headline).toHaveText('Option recommandée : Recruter à temps plein', {
      timeout: 30_000,
    });
    await expect(headline).toBeFocused();
    await expect(page.locator('.sourcing-headline')).toContainText('1 personne à temps plein');
    await expect(page.locator('.sourcing-table tbody tr[data-option]')).toHaveCount(7);
    await expect(page.locator('tr[data-option="apprentice"]')).toContainText('apprenti');
    await expect(page.locator('.sourcing-chart svg')).toBeVisible();
    await expect(page.locator('.sourcing-reasons li').first()).toBeVisible();
    await expect(
      page.getByRole('heading', { name: plain(fr['sourcing.answer.sensitivity']) }),
    ).toBeVisible();
    await page.getByText(plain(fr['sourcing.answer.breakdown'])).click();
    await expect(
      page.getByRole('region', { name: /Coût employeur d’une personne recrutée/ }),
    ).toContainText('Réductions de cotisations');
    expect(page.url()).toContain('hoursPerWeek=30');
    expect(page.url()).toContain('horizonMonths=24');
  });

  test('nothing fits: the closest workable plan with its exact change, never a ruled-out option', async ({
    page,
  }) => {
    await visit(
      page,
      '/sourcing/?company=Boulangerie&headcount=3&monthlyBudget=300&workloadMode=hours&hoursPerWeek=2',
    );
    await expectAnswer(page.locator('#sourcing-answer-title')).toContainText(
      'le plan le plus proche',
    );
    const plan = page.locator('.sourcing-plan');
    await expect(plan).toContainText('budget de 380 € par mois au lieu de 300 € (+80 €)');
    // The language switch carries the inputs: the English page gives the same plan.
    await page.getByTestId('lang-switch').click();
    await expect(page).toHaveURL(/\/en\/sourcing\/\?.*monthlyBudget=300/);
    await expectAnswer(page.locator('#sourcing-answer-title')).toContainText(
      'closest workable plan',
    );
    await expect(page.getByLabel(en['sourcing.field.company'])).toHaveValue('Boulangerie');
    await expect(page.locator('.sourcing-plan')).toContainText(
      'a budget of €380 a month instead of €300 (+€80)',
    );
  });

  test('at phone width the plan, the weights and the tables fit the screen and pass axe', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(
      page,
      '/sourcing/?headcount=25&monthlyBudget=2000&workloadMode=hours&hoursPerWeek=40&coverage=extended&canTrain=0',
    );
    await expectAnswer(page.locator('#sourcing-answer-title')).toContainText('plan le plus proche');
    await expect(page.locator('.sourcing-plan li').first()).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('English: edit an assumption and a weight, the answer follows, the link reproduces it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await visit(page, '/en/sourcing/');
    await page.getByLabel(en['sourcing.workloadMode.hours']).check();
    // 12 h: enough work for a part-time contract (half of France's 24 h minimum).
    await page.getByLabel('Hours per week', { exact: true }).fill('12');
    await page
      .getByLabel(en['sourcing.field.monthlyBudget'].replace('{currency}', 'EUR'))
      .fill('4000');
    await page.getByLabel(en['sourcing.field.canTrain']).uncheck();
    await page.getByText(en['sourcing.legend.assumptions']).click();
    const dayRate = page.getByLabel(/Day rate of an experienced freelance community manager/);
    await expect(dayRate).toHaveValue('336');
    await dayRate.fill('250');
    await page.getByRole('button', { name: en['sourcing.submit'] }).click();

    const headline = page.locator('#sourcing-answer-title');
    await expect(headline).toHaveText('Recommended option: Freelancer', { timeout: 30_000 });
    // 12 h × 52 ÷ 12 ÷ 7 h = 7.43 days × €250 = €1,857 a month.
    await expect(page.locator('tr[data-option="freelance"]')).toContainText('€1,857');
    await page.getByText(en['sourcing.answer.assumptions']).click();
    await expect(page.locator('.sourcing-table--sources')).toContainText('edited');
    await expect(page.locator('.sourcing-table--sources')).toContainText('dated');

    // Weights are editable and the answer updates without pressing the button: with synergy
    // first and cost not counted, a part-time hire beats the freelancer within 4,000 €.
    await page.locator('#sourcing-weight-synergy').fill('10');
    await page.locator('#sourcing-weight-cost').fill('0');
    await expectAnswer(headline).toHaveText('Recommended option: Hire part-time');
    await expect(page).toHaveURL(/w\.cost=0/);

    await page.getByRole('button', { name: en['sourcing.copyLink'] }).click();
    await expect(page.getByRole('status')).toHaveText(en['sourcing.linkCopied']);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('a.freelanceDayRate=250');
    expect(link).toContain('canTrain=0');
    expect(link).toContain('w.synergy=10');
    const changed = await headline.textContent();

    const reopened = await context.newPage();
    await reopened.goto(link);
    await expectAnswer(reopened.locator('#sourcing-answer-title')).toHaveText(changed ?? '');
    await expect(reopened.locator('#sourcing-weight-cost')).toHaveValue('0');
    await reopened.getByText(en['sourcing.legend.assumptions']).click();
    await expect(
      reopened.getByLabel(/Day rate of an experienced freelance community manager/),
    ).toHaveValue('250');
    await reopened.close();
  });

  test('PDF named after the company and date, with inputs, weights and assumptions; a brief in Markdown', async ({
    page,
  }) => {
    await visit(
      page,
      '/sourcing/?company=H%C3%B4tel%20du%20Port&headcount=40&monthlyBudget=3500&workloadMode=hours&hoursPerWeek=15&coverage=extended&objectives=customer-service,e-reputation&canTrain=0&role=animator',
    );
    await expectAnswer(page.locator('#sourcing-answer-title')).toHaveText(
      'Option recommandée : Freelance',
    );
    const date = new Date().toISOString().slice(0, 10);
    let downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: fr['sourcing.pdf'] }).click();
    let download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`hotel-du-port-aide-au-choix-${date}.pdf`);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    expect(text).toContain('Hôtel du Port');
    expect(text).toContain(plain(fr['sourcing.pdf.inputs']));
    expect(text).toContain(plain(fr['sourcing.pdf.weights']));
    expect(text).toContain(plain(fr['sourcing.pdf.assumptions']));

    downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: fr['sourcing.brief.markdown'] }).click();
    download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`hotel-du-port-cahier-des-charges-${date}.md`);
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('# Cahier des charges');
    expect(markdown).toContain('article 28 du RGPD');
    expect(markdown).toContain('## Grille de comparaison des offres');
  });

  test('an empty budget is refused with its limits, without calling the server', async ({
    page,
  }) => {
    await visit(page, '/sourcing/');
    let posted = false;
    page.on('request', (request) => {
      if (request.url().includes('/api/sourcing')) posted = true;
    });
    const budget = page.getByLabel('Budget mensuel disponible (EUR)');
    await budget.fill('');
    await page.getByLabel(fr['sourcing.field.horizonMonths']).fill('0');
    await page.getByRole('button', { name: fr['sourcing.submit'] }).click();
    await expect(page.getByText('Entrez un nombre entre 0 et 1 000 000.')).toBeVisible();
    await expect(page.getByText('Entrez un nombre entier entre 1 et 120.')).toBeVisible();
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toBe(false);
  });
});
