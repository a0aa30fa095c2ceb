import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRequestContext, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { assessment as assessmentEn } from '../../src/i18n/en/assessment.ts';
import { campaign as campaignEn } from '../../src/i18n/en/campaign.ts';
import { campaignCandidate as en } from '../../src/i18n/en/campaign-candidate.ts';
import { myItems as myItemsEn } from '../../src/i18n/en/my-items.ts';
import { assessment as assessmentFr } from '../../src/i18n/fr/assessment.ts';
import { campaign as campaignFr } from '../../src/i18n/fr/campaign.ts';
import { campaignCandidate as fr } from '../../src/i18n/fr/campaign-candidate.ts';
import { myItems as myItemsFr } from '../../src/i18n/fr/my-items.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { expect, expectAccessible, test, visit } from './fixtures.ts';

/**
 * The candidate's side of a hiring campaign, in a real browser: the invitation (who asks, what is
 * kept, for how long, rights), the self-assessment, the candidate's own result first, the separate
 * consent to share, the private link (remembered on this device), the private page (talent pool,
 * withdraw at once), and the interview guide's print page and PDF. Axe on every screen reached.
 * The whole multi-party journey is `campaign.spec.ts`.
 */

const DICTIONARIES = {
  fr: { candidate: fr, assessment: assessmentFr, campaign: campaignFr, myItems: myItemsFr },
  en: { candidate: en, assessment: assessmentEn, campaign: campaignEn, myItems: myItemsEn },
} as const;

interface CreatedCampaign {
  id: string;
  invitationLink: string;
  recruiterToken: string;
}

/** A saved job description and a campaign made from it, through the API (the recruiter's part). */
async function createCampaign(
  request: APIRequestContext,
  locale: 'fr' | 'en',
): Promise<CreatedCampaign> {
  const job = await request.post('/api/job-descriptions', {
    data: { role: 'animator', locale, company: { name: 'Maison Lumière' } },
  });
  expect(job.status()).toBe(201);
  const { id: jobId, editToken } = (await job.json()) as { id: string; editToken: string };
  const created = await request.post('/api/campaigns', {
    headers: { Authorization: `Bearer ${editToken}` },
    data: { jobId, organisation: 'Maison Lumière', locale },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as CreatedCampaign;
}

/** The candidates the recruiter's API view lists. */
async function recruiterCandidates(request: APIRequestContext, campaign: CreatedCampaign) {
  const answer = await request.get(`/api/campaigns/${campaign.id}`, {
    headers: { Authorization: `Bearer ${campaign.recruiterToken}` },
  });
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { view: { candidates: { id: string }[] } };
  return body.view.candidates;
}

/** Answers every step of the wizard (a varied answer per question), then opens the results. */
async function takeAssessment(page: Page, resultsTitle: string): Promise<void> {
  const results = page.getByRole('heading', { level: 2, name: resultsTitle });
  for (let step = 0; step < 40; step += 1) {
    if (await results.isVisible()) return;
    const form = page.locator('form.assessment-step, form.assessment-context').first();
    await expect(form.or(results)).toBeVisible();
    if (await results.isVisible()) return;
    const groups = form.locator('fieldset');
    const count = await groups.count();
    for (let index = 0; index < count; index += 1) {
      const radios = groups.nth(index).locator('input[type="radio"]');
      const options = await radios.count();
      if (options > 0) await radios.nth((index + step) % options).check();
    }
    await form.locator('button[type="submit"]').click();
  }
  await expect(results).toBeVisible();
}

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

/** Keeps the page's DOM as it is now (after hydration and clicks), to validate at the end. */
async function keepHtml(page: Page, files: string[], name: string): Promise<void> {
  const file = test.info().outputPath(`${name}.html`);
  writeFileSync(file, await page.content());
  files.push(file);
}

/** The W3C Nu checker's errors on the kept DOMs (none checked without Java: the caller skips). */
function htmlErrors(files: string[]): string[] {
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string }[];
  };
  return messages
    .filter((message) => message.type === 'error')
    .map((message) => `${message.url.split('/').pop() ?? ''}: ${message.message}`);
}

/** A full-page screenshot (or one element's) kept with the test's results, to look at. */
async function shoot(page: Page, name: string, selector?: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  if (selector) await page.locator(selector).first().screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

for (const locale of ['fr', 'en'] as const) {
  const d = DICTIONARIES[locale];
  const t = useTranslations(locale);
  const prefix = locale === 'fr' ? '' : '/en';

  test(`${locale}: invitation → assessment → own result → share → private page → withdraw`, async ({
    page,
    request,
  }, testInfo) => {
    // The English pass checks the strings and the flow, which do not depend on the width; the
    // phone project already runs the French journey with axe at 390 px, and the whole campaign
    // journey (campaign.spec.ts) runs at both widths. Once is enough for CI's time budget.
    test.skip(
      locale === 'en' && testInfo.project.name === 'phone',
      'one English pass, at the desktop width',
    );
    test.setTimeout(240_000);
    const html: string[] = [];
    const campaign = await createCampaign(request, locale);
    const invitation = `${prefix}/campaigns/${campaign.id}/invitation/#${campaign.invitationLink.split('#')[1] ?? ''}`;

    // A wrong token: the same page, then « not found » once the API refused it.
    await page.goto(`${prefix}/campaigns/${campaign.id}/invitation/#not-the-token`);
    await expect(page.getByRole('status')).toHaveText(t('campaignCandidate.invitation.notFound'));
    await expectAccessible(page);

    // The invitation: who asks and why, what is kept, for how long, rights.
    await page.goto('about:blank');
    await visit(page, invitation);
    await expect(
      page.getByRole('heading', { level: 2, name: /Maison Lumière/ }).first(),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: t('campaignCandidate.notice.rights.title') }),
    ).toBeVisible();
    const rights = page.locator('section[aria-labelledby="notice-rights"] li');
    await expect(rights).toHaveCount(6);
    await expect(page.locator('section[aria-labelledby="notice-kept"]')).toContainText(
      locale === 'fr' ? '3 mois' : '3 months',
    );
    await expect(page.locator('section[aria-labelledby="notice-kept"]')).toContainText('CNIL');
    await expectAccessible(page);
    await shoot(page, `invitation-${locale}`);
    await keepHtml(page, html, `invitation-${locale}`);

    // The assessment, then the candidate's own result before any sharing.
    await page.getByRole('button', { name: d.assessment['assessment.intro.start'] }).click();
    await takeAssessment(page, t('assessment.results.title'));
    await expect(
      page.getByRole('heading', { level: 3, name: t('campaignCandidate.result.fit.title') }),
    ).toBeVisible();
    const share = page.locator('section.campaign-share');
    await expect(share).toBeVisible();
    const consent = page.getByRole('checkbox', { name: /Maison Lumière/ }).first();
    await expect(consent).not.toBeChecked();
    await expect(page.locator('#share-talent-pool')).not.toBeChecked();
    expect(await recruiterCandidates(request, campaign)).toHaveLength(0);
    await expectAccessible(page);
    await shoot(page, `result-${locale}`);
    await shoot(page, `result-fit-${locale}`, '.campaign-fit');
    await shoot(page, `result-share-${locale}`, 'section.campaign-share');

    // Sharing without the consent shares nothing and says why; a bad e-mail is named.
    await page.locator('#share-email').fill('camille@');
    await share.getByRole('button', { name: t('campaignCandidate.share.submit') }).click();
    const summary = share.locator('.assessment-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(t('campaignCandidate.share.error.consent'));
    await expect(summary).toContainText(t('campaignCandidate.share.error.email'));
    await expect(page.locator('#share-consent')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
    await shoot(page, `share-errors-${locale}`, 'section.campaign-share');
    await keepHtml(page, html, `share-errors-${locale}`);
    expect(await recruiterCandidates(request, campaign)).toHaveLength(0);

    // With the consent (keyboard), a name and a valid e-mail: shared, private link shown.
    await page.locator('#share-consent').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('#share-consent')).toBeChecked();
    await page.locator('#share-name').fill('Camille Durand');
    await page.locator('#share-email').fill('camille@example.org');
    await share.getByRole('button', { name: t('campaignCandidate.share.submit') }).click();
    const done = page.locator('#campaign-done-title');
    await expect(done).toBeFocused();
    await expect(done).toContainText('Maison Lumière');
    const link = await page.locator('#campaign-private-link').inputValue();
    expect(link).toMatch(
      new RegExp(`/campaigns/${campaign.id}/candidates/[\\w-]{22}/#[\\w-]{20,}`),
    );
    expect(await recruiterCandidates(request, campaign)).toHaveLength(1);
    await expectAccessible(page);
    await shoot(page, `shared-${locale}`, 'section.campaign-done');
    await keepHtml(page, html, `shared-${locale}`);

    // A reload shows the link again instead of offering to share a second time.
    await page.reload();
    await expect(page.locator('#campaign-private-link')).toHaveValue(link);
    await expect(page.locator('section.campaign-share')).toHaveCount(0);

    // « My items on this device » lists the share.
    await visit(page, `${prefix}/my-items/`);
    const group = page.locator('[data-kind="campaign-share"]');
    await expect(group).toBeVisible();
    await expect(group.getByRole('heading')).toHaveText(d.myItems['myItems.kind.campaign-share']);
    await expect(group.locator('a')).toHaveAttribute('href', link);

    // The candidate's guide, with the recruiter's token: print page and PDF.
    const candidateId = /candidates\/([\w-]{22})\//.exec(link)?.[1] ?? '';
    await visit(
      page,
      `${prefix}/campaigns/${campaign.id}/guide/?candidate=${candidateId}#${campaign.recruiterToken}`,
    );
    const guide = page.locator('article.guide');
    await expect(guide).toContainText(t('campaign.guide.forCandidate', { label: '' }).trim());
    const groups = await page.locator('.guide-group > h2').allTextContents();
    expect(groups).toContain(t('campaign.guide.kind.soft'));
    if (groups.includes(t('campaign.guide.kind.knowHow'))) {
      expect(groups.indexOf(t('campaign.guide.kind.soft'))).toBeLessThan(
        groups.indexOf(t('campaign.guide.kind.knowHow')),
      );
    }
    expect(await page.locator('.guide-question').count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('.guide-forbidden')).toContainText('L1132-1');
    await expectAccessible(page);
    await shoot(page, `guide-${locale}`);
    await keepHtml(page, html, `guide-${locale}`);
    await shoot(page, `guide-header-${locale}`, '.guide-header');
    await shoot(page, `guide-competency-${locale}`, '.guide-competency');
    await shoot(page, `guide-forbidden-${locale}`, '.guide-forbidden');
    const waiting = page.waitForEvent('download');
    await page.getByRole('button', { name: t('campaign.guide.page.pdf') }).click();
    const file = await waiting;
    expect(file.suggestedFilename()).toMatch(
      locale === 'fr' ? /^guide-entretien-.*\.pdf$/ : /^interview-guide-.*\.pdf$/,
    );
    const bytes = readFileSync((await file.path()) ?? '');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(2);
    try {
      const text = execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
      expect(text).toContain('L1132-1');
      expect(text).toContain(t('campaign.guide.scale.title'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }

    // The private page: what is shared, the result, the talent pool on and off.
    await visit(page, link);
    const facts = page.locator('.campaign-facts');
    await expect(facts).toContainText('Camille Durand');
    await expect(facts).toContainText('camille@example.org');
    await expect(facts).toContainText('share-2026-11');
    await expect(page.locator('.campaign-fit__value')).toBeVisible();
    await page
      .getByRole('button', { name: t('campaignCandidate.private.talentPool.join') })
      .click();
    await expect(page.getByText(t('campaignCandidate.private.talentPool.joined'))).toBeVisible();
    await expect(
      page.getByRole('button', { name: t('campaignCandidate.private.talentPool.leave') }),
    ).toBeVisible();
    await expectAccessible(page);
    await shoot(page, `private-${locale}`);
    await keepHtml(page, html, `private-${locale}`);

    // Withdraw: a confirmation first (cancel keeps everything), then gone at once, everywhere.
    const withdraw = t('campaignCandidate.private.withdraw.button');
    await page.getByRole('button', { name: withdraw }).click();
    await expect(
      page.getByRole('button', { name: t('campaignCandidate.private.withdraw.confirm') }),
    ).toBeFocused();
    await expectAccessible(page);
    await page
      .getByRole('button', { name: t('campaignCandidate.private.withdraw.cancel') })
      .click();
    expect(await recruiterCandidates(request, campaign)).toHaveLength(1);
    await page.getByRole('button', { name: withdraw }).click();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').first()).toContainText(
      locale === 'fr' ? 'Votre partage est retiré' : 'Your share is withdrawn',
    );
    expect(await recruiterCandidates(request, campaign)).toHaveLength(0);
    await expectAccessible(page);
    await shoot(page, `withdrawn-${locale}`);
    await keepHtml(page, html, `withdrawn-${locale}`);
    await page.reload();
    await expect(page.getByRole('status')).toHaveText(t('campaignCandidate.private.notFound'));
    const guideAfter = await request.get(
      `/api/campaigns/${campaign.id}/guide?candidate=${candidateId}`,
      { headers: { Authorization: `Bearer ${campaign.recruiterToken}` } },
    );
    expect(guideAfter.status()).toBe(404);
    await visit(page, `${prefix}/my-items/`);
    await expect(page.locator('[data-kind="campaign-share"]')).toBeHidden();

    // Every screen reached, as the browser built it, is valid HTML (W3C Nu checker, with Java).
    if (hasJava) expect(htmlErrors(html)).toEqual([]);
  });
}

test('a pseudonymous share: no name, no e-mail, the campaign-wide guide by keyboard', async ({
  page,
  request,
}, testInfo) => {
  // Keyboard order and focus do not change with the width; the phone project covers this page's
  // layout and axe in the French journey above.
  test.skip(testInfo.project.name === 'phone', 'the keyboard pass runs once, at the desktop width');
  test.setTimeout(180_000);
  const t = useTranslations('fr');
  const campaign = await createCampaign(request, 'fr');
  await visit(
    page,
    `/campaigns/${campaign.id}/invitation/#${campaign.invitationLink.split('#')[1]}`,
  );
  await page.getByRole('button', { name: assessmentFr['assessment.intro.start'] }).click();
  await takeAssessment(page, t('assessment.results.title'));
  await page.locator('#share-consent').check();
  await page.getByRole('button', { name: t('campaignCandidate.share.submit') }).click();
  await expect(page.locator('#campaign-done-title')).toBeFocused();
  const link = await page.locator('#campaign-private-link').inputValue();
  await visit(page, link);
  await expect(page.locator('.campaign-facts')).toContainText(
    t('campaignCandidate.private.shared.none'),
  );
  await expect(page.getByText(t('campaignCandidate.private.shared.anonymous'))).toBeVisible();

  // The campaign-wide guide has no candidate's probes; its buttons are reached by Tab.
  await visit(page, `/campaigns/${campaign.id}/guide/#${campaign.recruiterToken}`);
  await expect(page.locator('article.guide')).toContainText(t('campaign.guide.forCampaign'));
  await expect(page.locator('.guide-caution')).toHaveCount(0);
  await page.locator('#main').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('campaign.guide.page.print') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('campaign.guide.page.pdf') })).toBeFocused();

  // On paper only the guide is printed: no site header, footer or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.guide-toolbar')).toBeHidden();
  await expect(page.locator('.guide-forbidden')).toBeVisible();
  await shoot(page, 'guide-print-fr');
  await page.emulateMedia({ media: 'screen' });

  // A candidate's token does not open the guide.
  await page.goto(`/campaigns/${campaign.id}/guide/#${link.split('#')[1]}`);
  await expect(page.getByRole('status')).toHaveText(t('campaign.guide.page.notFound'));
  await expectAccessible(page);
});
