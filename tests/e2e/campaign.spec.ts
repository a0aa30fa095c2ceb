import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Browser, Page, TestInfo } from '@playwright/test';
import { buildQuestionnaire, pickAssessmentCatalog } from '../../src/domain/assessment/index.ts';
import { campaignRecruiter as en } from '../../src/i18n/en/campaign-recruiter.ts';
import { assessment as frAssessment } from '../../src/i18n/fr/assessment.ts';
import { campaign as frCampaign } from '../../src/i18n/fr/campaign.ts';
import { campaignCandidate as frCandidate } from '../../src/i18n/fr/campaign-candidate.ts';
import { campaignRecruiter as fr } from '../../src/i18n/fr/campaign-recruiter.ts';
import { loadCatalog } from '../helpers/load-catalog.ts';
import { expect, expectAccessible, test, visit } from './fixtures.ts';

/**
 * The hiring campaign's whole journey in a real browser (issue 17): a recruiter creates a campaign
 * from a saved job description, candidates take the assessment and share, one withdraws, two
 * interviewers score (neither sees the other's ratings before submitting), the recruiter reveals
 * names and decides. Every screen gets an axe scan and a full-page screenshot, at 1280 px
 * (chromium project) and 390 px (phone project).
 */

/** Letters compared as words: the dictionary typesets French with no-break spaces. */
const words = (text: string) => text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
/** A regular expression matching a string whatever its spaces (typeset or not). */
const loose = (text: string) =>
  new RegExp(
    words(text)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/ /g, '[\\s\\u00a0\\u202f]+')
      .replace(/['’]/g, "['’]"),
  );

interface Share {
  id: string;
  token: string;
  link?: string;
}

/** A valid answer set; `variant` changes the answers so two candidates differ. */
function submission(variant: 0 | 1 | 2) {
  const questionnaire = buildQuestionnaire(pickAssessmentCatalog(loadCatalog()));
  const answers = Object.fromEntries(
    questionnaire.items.map((item, index) => {
      if (item.type === 'scenario') return [item.id, ['a', 'b', 'c', 'd'][(index + variant) % 4]];
      if (item.type === 'tool') return [item.id, 1 + ((index + variant) % 4)];
      return [item.id, variant === 0 ? 4 : 2 + ((index + variant) % 3)];
    }),
  );
  return { version: questionnaire.version, locale: 'fr', answers, context: {} };
}

/** The screens' HTML as the browser has it (islands rendered), checked by the Nu checker. */
const SCREENS: { name: string; html: string }[] = [];

/** A full-page screenshot of the screen, kept to look at, and its HTML for the Nu checker. */
async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({
    path: `reports/screens/campaign-${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
  SCREENS.push({ name, html: await page.content() });
}

/** Errors the W3C Nu checker finds in the screens' HTML (none checked without Java). */
function htmlErrors(): string[] {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0) return [];
  const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  const folder = mkdtempSync(join(tmpdir(), 'tdu-campaign-vnu-'));
  const files = SCREENS.map(({ name, html }) => {
    const file = join(folder, `${name}.html`);
    writeFileSync(file, html);
    return file;
  });
  const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string; extract?: string }[];
  };
  return messages
    .filter((message) => message.type === 'error')
    .map((m) => `${m.url.split('/').pop() ?? ''}: ${m.message} ${m.extract ?? ''}`.trim());
}

async function share(
  request: APIRequestContext,
  campaignId: string,
  invitationToken: string,
  variant: 0 | 1 | 2,
  extra: Record<string, unknown>,
): Promise<Share> {
  const answer = await request.post(`/api/campaigns/${campaignId}/candidates`, {
    headers: { Authorization: `Bearer ${invitationToken}` },
    data: { submission: submission(variant), shareConsent: true, locale: 'fr', ...extra },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  return (await answer.json()) as Share;
}

/** Answers every step of the wizard (answers vary with `offset`), then reaches the results. */
async function takeAssessment(page: Page, offset: number): Promise<void> {
  const results = page.getByRole('heading', {
    level: 2,
    name: loose(frAssessment['assessment.results.title']),
  });
  for (let step = 0; step < 40; step += 1) {
    const form = page.locator('form.assessment-step, form.assessment-context').first();
    await expect(form.or(results)).toBeVisible();
    if (await results.isVisible()) return;
    const groups = form.locator('fieldset');
    const count = await groups.count();
    for (let index = 0; index < count; index += 1) {
      const radios = groups.nth(index).locator('input[type="radio"]');
      const options = await radios.count();
      if (options > 0) await radios.nth((index * (offset + 1) + step + offset) % options).check();
    }
    await form.locator('button[type="submit"]').click();
  }
  await expect(results).toBeVisible();
}

/**
 * A candidate on their own device: opens the invitation, takes the assessment, sees their own
 * result, then consents to share (with a name, an e-mail and the talent pool when given).
 */
async function takeAndShare(
  browser: Browser,
  viewport: { width: number; height: number },
  invitationLink: string,
  offset: number,
  who: { name?: string; email?: string; talentPool?: boolean },
  testInfo: TestInfo,
  screens: boolean,
): Promise<Share> {
  const context = await browser.newContext({ viewport });
  const candidate = await context.newPage();
  await candidate.goto(invitationLink);
  await candidate.waitForSelector('astro-island:not([ssr])');
  await expect(
    candidate.getByRole('heading', { level: 2, name: /Atelier Dupont/ }).first(),
  ).toBeVisible();
  await expectAccessible(candidate);
  if (screens) await shot(candidate, testInfo, 'c1-invitation');
  await candidate.getByRole('button', { name: frAssessment['assessment.intro.start'] }).click();
  await takeAssessment(candidate, offset);
  const share = candidate.locator('section.campaign-share');
  await expect(share).toBeVisible();
  await expectAccessible(candidate);
  if (screens) await shot(candidate, testInfo, 'c2-result');
  await candidate.locator('#share-consent').check();
  if (who.talentPool) await candidate.locator('#share-talent-pool').check();
  if (who.name) await candidate.locator('#share-name').fill(who.name);
  if (who.email) await candidate.locator('#share-email').fill(who.email);
  await share
    .getByRole('button', { name: loose(frCandidate['campaignCandidate.share.submit']) })
    .click();
  const link = await candidate.locator('#campaign-private-link').inputValue();
  await context.close();
  const id = /candidates\/([\w-]{22})\//.exec(link)?.[1] ?? '';
  return { id, token: tokenOf(link), link };
}

/** The fragment-carried token of a private link. */
const tokenOf = (link: string) => decodeURIComponent(new URL(link).hash.slice(1));

test('the hiring campaign, from the job description to the decision', async ({
  page,
  browser,
  request,
}, testInfo) => {
  test.setTimeout(480_000);
  SCREENS.length = 0;

  // Setup: a saved job description (its builder has its own tests), through the API.
  const job = await request.post('/api/job-descriptions', {
    data: { role: 'animator', locale: 'fr', company: { name: 'Atelier Dupont' } },
  });
  expect(job.status()).toBe(201);
  const { id: jobId, editToken } = (await job.json()) as { id: string; editToken: string };

  // 1. The saved description, opened with its private link, offers to launch a campaign.
  await visit(page, `/job-descriptions/${jobId}/#token=${editToken}`);
  const launch = page.getByRole('link', { name: fr['campaignRecruiter.fromJob.link'] });
  await expect(launch).toBeVisible();
  await launch.click();
  await expect(page).toHaveURL(new RegExp(`/campaigns/new/\\?job=${jobId}#token=`));
  // Private: never referred, cached or indexed.
  for (const path of [`/campaigns/new/?job=${jobId}`, `/en/campaigns/new/?job=${jobId}`]) {
    const headers = (await request.get(path)).headers();
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toContain('no-store');
    expect(headers['x-robots-tag']).toContain('noindex');
  }
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.waitForSelector('astro-island:not([ssr])');

  // The model: savoir-être and savoir-agir first, each with its level and weight class.
  const model = page.getByRole('table', { name: loose(fr['campaignRecruiter.new.model.caption']) });
  const kinds = await model.locator('tbody tr td:nth-child(2)').allTextContents();
  expect(kinds.length).toBeGreaterThan(2);
  const firstKnowHow = kinds.findIndex(
    (k) => words(k) === words(fr['campaignRecruiter.kind.knowHow']),
  );
  if (firstKnowHow >= 0) {
    expect(
      kinds.slice(firstKnowHow).every((k) => words(k) !== words(fr['campaignRecruiter.kind.soft'])),
    ).toBe(true);
  }
  await expect(page.getByLabel(loose(fr['campaignRecruiter.new.organisation']))).toHaveValue(
    'Atelier Dupont',
  );
  // The CNIL bound is shown, and a value above it is refused next to the field.
  await expect(page.getByText(/au plus 3[\s\u00a0\u202f]mois/).first()).toBeVisible();
  // The campaign's last day: three months ahead by default, refused beyond twelve.
  const endsOn = page.getByLabel(fr['campaignRecruiter.end.label']);
  await expect(endsOn).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expectAccessible(page);
  await shot(page, testInfo, '01-new');
  const notHired = page.getByLabel(loose(fr['campaignRecruiter.new.notHired']));
  await notHired.fill('6');
  await page.getByRole('button', { name: fr['campaignRecruiter.new.submit'] }).click();
  await expect(page.getByText(/de 1 à 3/)).toBeVisible();
  await expect(notHired).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await shot(page, testInfo, '02-new-error');
  await notHired.fill('2');
  const planned = await endsOn.inputValue();
  await endsOn.fill('2099-01-01');
  await page.getByRole('button', { name: fr['campaignRecruiter.new.submit'] }).click();
  await expect(endsOn).toHaveAttribute('aria-invalid', 'true');
  await endsOn.fill(planned);
  await page.getByRole('button', { name: fr['campaignRecruiter.new.submit'] }).click();
  await expect(
    page.getByRole('heading', { name: fr['campaignRecruiter.new.created.title'] }),
  ).toBeFocused();
  const recruiterLink = await page
    .getByRole('textbox', { name: loose(fr['campaignRecruiter.new.recruiterLink']) })
    .inputValue();
  const invitationLink = await page
    .getByRole('textbox', { name: loose(fr['campaignRecruiter.new.invitationLink']) })
    .inputValue();
  expect(recruiterLink).toMatch(/\/campaigns\/[\w-]{22}\/#[\w-]+$/);
  expect(invitationLink).toMatch(/\/campaigns\/[\w-]{22}\/invitation\/#[\w-]+$/);
  await expectAccessible(page);
  await shot(page, testInfo, '03-created');
  // Remembered on this device.
  const remembered = await page.evaluate(() =>
    window.localStorage.getItem('trait-d-union.my-items.v1'),
  );
  expect(remembered).toContain('"kind":"campaign"');

  const campaignId = /\/campaigns\/([\w-]{22})\//.exec(recruiterLink)?.[1] ?? '';
  const recruiterToken = tokenOf(recruiterLink);
  const invitationToken = tokenOf(invitationLink);

  // A wrong token gets the same page, then « not found » (no existence oracle).
  const other = await page.context().newPage();
  await other.goto(`/campaigns/${campaignId}/#not-the-token`);
  await expect(other.getByRole('status')).toHaveText(loose(fr['campaignRecruiter.notFound']));
  await expectAccessible(other);
  await other.goto(`/campaigns/${campaignId}/interviewers/${campaignId}/#${recruiterToken}`);
  await expect(other.getByRole('status')).toHaveText(loose(fr['campaignRecruiter.notFound']));
  await other.close();

  // 2. The recruiter's view, still empty; two interviewers are added and get their links.
  await page.getByRole('link', { name: fr['campaignRecruiter.new.open'] }).click();
  await expect(page.getByText(loose(fr['campaignRecruiter.candidates.empty']))).toBeVisible();
  await expectAccessible(page);
  await shot(page, testInfo, '04-recruiter-empty');
  const interviewerLinks: string[] = [];
  for (const label of ['Responsable marketing', 'Directrice de la communication']) {
    await page.getByLabel(fr['campaignRecruiter.interviewers.label'], { exact: true }).fill(label);
    await page
      .getByRole('button', { name: fr['campaignRecruiter.interviewers.add'], exact: true })
      .click();
    const field = page.getByRole('textbox', { name: loose(`Lien de ${label}`) });
    await expect(field).toBeVisible();
    interviewerLinks.push(await field.inputValue());
  }
  await expect(
    page.getByRole('button', { name: 'Retirer Directrice de la communication' }),
  ).toBeVisible();
  await expectAccessible(page);

  // 3. Candidates share: A pseudonymous, B named with the talent-pool consent, C then withdraws.
  // A and B through the candidate pages, each on their own device; C through the API.
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  const a = await takeAndShare(browser, viewport, invitationLink, 0, {}, testInfo, true);
  const b = await takeAndShare(
    browser,
    viewport,
    invitationLink,
    1,
    { name: 'Bérénice Aubry', email: 'berenice@example.org', talentPool: true },
    testInfo,
    false,
  );
  const c = await share(request, campaignId, invitationToken, 2, { displayName: 'Camille Roy' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Candidat·e C', exact: true })).toBeVisible();
  // C withdraws from their own private page: gone from the recruiter's view at once.
  const own = await page.context().newPage();
  await own.goto(`/campaigns/${campaignId}/candidates/${c.id}/#${c.token}`);
  await own
    .getByRole('button', { name: loose(frCandidate['campaignCandidate.private.withdraw.button']) })
    .click();
  await own
    .getByRole('button', { name: loose(frCandidate['campaignCandidate.private.withdraw.confirm']) })
    .click();
  await expect(own.getByRole('status').first()).toContainText('Votre partage est retiré');
  await own.close();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Candidat·e A', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Candidat·e B', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Candidat·e C', exact: true })).toHaveCount(0);
  // Anonymous by default: no name anywhere on the page.
  await expect(page.getByText('Bérénice Aubry')).toHaveCount(0);
  await expect(page.getByText('Camille Roy')).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, testInfo, '05-recruiter-candidates');

  // Sort and filter.
  await page.getByLabel(fr['campaignRecruiter.sort']).selectOption('label');
  await expect(page.locator('.campaign-card h3').first()).toHaveText('Candidat·e A');
  await page.getByLabel(fr['campaignRecruiter.filter']).selectOption('hired');
  await expect(page.locator('.campaign-card')).toHaveCount(0);
  await page.getByLabel(fr['campaignRecruiter.filter']).selectOption('');
  await expect(page.locator('.campaign-card')).toHaveCount(2);

  // Compare A and B side by side.
  await page.getByLabel(loose('Comparer Candidat·e A')).check();
  await page.getByLabel(loose('Comparer Candidat·e B')).check();
  await page.getByRole('button', { name: fr['campaignRecruiter.compare.button'] }).click();
  const compare = page.getByRole('table', { name: loose(fr['campaignRecruiter.compare.caption']) });
  await expect(compare).toBeVisible();
  await expect(compare.locator('thead th')).toHaveCount(4);
  await expectAccessible(page);
  await shot(page, testInfo, '06-recruiter-compare');
  await page.getByRole('button', { name: fr['campaignRecruiter.compare.close'] }).click();

  // 4. Two interviewers score. The first cannot submit with missing ratings.
  const view = (await (
    await request.get(`/api/campaigns/${campaignId}`, {
      headers: { Authorization: `Bearer ${recruiterToken}` },
    })
  ).json()) as { model: { skill: string; requiredLevel: number }[] };
  // Each interviewer in their own browser context: another person, another device.
  const firstContext = await browser.newContext({ viewport });
  let interviewer = await firstContext.newPage();
  await interviewer.goto(interviewerLinks[0] ?? '');
  await interviewer.waitForSelector('astro-island:not([ssr])');
  // One section per candidate, its toggle saying who and the scorecard's status: only the first
  // one still to score is open.
  const toggleOf = (p: Page, label: string) =>
    p.getByRole('button', { name: new RegExp(`^${label} ?, `) });
  await expect(toggleOf(interviewer, 'Candidat·e A')).toHaveAttribute('aria-expanded', 'true');
  await expect(toggleOf(interviewer, 'Candidat·e A')).toHaveAccessibleName(
    new RegExp(`, ${fr['campaignRecruiter.interviewer.status.empty']}$`),
  );
  await expect(toggleOf(interviewer, 'Candidat·e B')).toHaveAttribute('aria-expanded', 'false');
  await expect(interviewer.locator(`#scorecard-${b.id}-recommendation-no`)).toBeHidden();
  await expect(
    interviewer.getByText(loose(frCampaign['campaign.scorecard.hidden'])).first(),
  ).toBeVisible();
  await expectAccessible(interviewer);
  await shot(interviewer, testInfo, '07-interviewer-empty');
  const formOf = (p: Page, label: string) =>
    p.getByRole('form', { name: loose(`Votre grille : ${label}`) });
  const formA = formOf(interviewer, 'Candidat·e A');
  // One rating only, then « submit »: refused, the missing ones named next to their fields.
  await interviewer.locator(`#scorecard-${a.id}-${view.model[0]?.skill}-3`).check();
  await formA.getByRole('button', { name: fr['campaignRecruiter.interviewer.submit'] }).click();
  await expect(formA.locator('.campaign-error-summary')).toBeVisible();
  await expect(
    formA.getByText(loose(fr['campaignRecruiter.interviewer.missingRating'])).first(),
  ).toBeVisible();
  await expect(
    formA.getByText(loose(fr['campaignRecruiter.interviewer.missingRecommendation'])),
  ).toBeVisible();
  await expectAccessible(interviewer);
  await shot(interviewer, testInfo, '08-interviewer-missing');
  // A draft saves whatever is there.
  await interviewer
    .locator(`#scorecard-${a.id}-${view.model[0]?.skill}-evidence`)
    .fill('A raconté la crise d’un avis négatif viral et les étapes de sa réponse.');
  // Closing the section by keyboard and opening it again keeps what was typed, not yet saved.
  await toggleOf(interviewer, 'Candidat·e A').focus();
  await interviewer.keyboard.press('Enter');
  await expect(toggleOf(interviewer, 'Candidat·e A')).toHaveAttribute('aria-expanded', 'false');
  await expect(formA).toBeHidden();
  await interviewer.keyboard.press('Enter');
  await expect(
    interviewer.locator(`#scorecard-${a.id}-${view.model[0]?.skill}-evidence`),
  ).toHaveValue(/avis négatif viral/);
  await formA.getByRole('button', { name: fr['campaignRecruiter.interviewer.saveDraft'] }).click();
  await expect(
    formA.getByText(loose(fr['campaignRecruiter.interviewer.draftSaved'])),
  ).toBeVisible();
  for (const competency of view.model) {
    await interviewer.locator(`#scorecard-${a.id}-${competency.skill}-4`).check();
  }
  await interviewer.locator(`#scorecard-${a.id}-recommendation-strong-yes`).check();
  await formA.getByRole('button', { name: fr['campaignRecruiter.interviewer.submit'] }).click();
  await expect(
    formA.getByText(loose(fr['campaignRecruiter.interviewer.submitWarning'])),
  ).toBeVisible();
  await expectAccessible(interviewer);
  await formA
    .getByRole('button', { name: fr['campaignRecruiter.interviewer.submitConfirm'] })
    .click();
  await expect(toggleOf(interviewer, 'Candidat·e A')).toBeFocused();
  await expect(toggleOf(interviewer, 'Candidat·e A')).toHaveAttribute('aria-expanded', 'true');
  await expect(
    interviewer.getByText(loose(fr['campaignRecruiter.interviewer.othersNone'])),
  ).toBeVisible();
  await expectAccessible(interviewer);
  await shot(interviewer, testInfo, '09-interviewer-submitted');

  // The second interviewer does not see the first one's ratings before submitting.
  await firstContext.close();
  const secondContext = await browser.newContext({ viewport });
  interviewer = await secondContext.newPage();
  await interviewer.goto(interviewerLinks[1] ?? '');
  await interviewer.waitForSelector('astro-island:not([ssr])');
  await expect(toggleOf(interviewer, 'Candidat·e A')).toHaveAttribute('aria-expanded', 'true');
  await expect(interviewer.getByText('Responsable marketing')).toHaveCount(0);
  await expect(interviewer.getByText(/avis négatif viral/)).toHaveCount(0);
  await expect(
    interviewer.getByText(loose(frCampaign['campaign.scorecard.hidden'])).first(),
  ).toBeVisible();
  const formA2 = formOf(interviewer, 'Candidat·e A');
  for (const competency of view.model) {
    await interviewer.locator(`#scorecard-${a.id}-${competency.skill}-2`).check();
  }
  await interviewer.locator(`#scorecard-${a.id}-recommendation-no`).check();
  await formA2.getByRole('button', { name: fr['campaignRecruiter.interviewer.submit'] }).click();
  await formA2
    .getByRole('button', { name: fr['campaignRecruiter.interviewer.submitConfirm'] })
    .click();
  // Now the first interviewer's ratings show, with their evidence.
  const others = interviewer.getByRole('table', {
    name: loose('Notes des autres pour Candidat·e A'),
  });
  await expect(others).toBeVisible();
  await expect(others.getByRole('columnheader', { name: 'Responsable marketing' })).toBeVisible();
  await expect(others.getByText(/avis négatif viral/)).toBeVisible();
  await expectAccessible(interviewer);
  await shot(interviewer, testInfo, '10-interviewer-others');
  await secondContext.close();

  // 5. The recruiter sees the aggregate, the spread and the disagreement.
  await page.reload();
  await page.waitForSelector('astro-island:not([ssr])');
  const cardA = page.locator('.campaign-card').filter({
    has: page.getByRole('heading', { name: 'Candidat·e A', exact: true }),
  });
  await expect(cardA.getByText(loose('2 grilles envoyées'))).toBeVisible();
  await expect(
    cardA.getByText(loose(frCampaign['campaign.aggregate.recommendationsSplit'])),
  ).toBeVisible();
  await expect(
    cardA.getByRole('heading', { name: fr['campaignRecruiter.disagreements'] }),
  ).toBeVisible();
  await expectAccessible(page);
  await shot(page, testInfo, '11-recruiter-scored');

  // 6. Names only on an explicit, confirmed, logged action.
  // By keyboard: the confirmation takes the focus, Enter confirms.
  await page.getByRole('button', { name: fr['campaignRecruiter.reveal.button'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(loose(fr['campaignRecruiter.reveal.warning']))).toBeVisible();
  await expect(
    page.getByRole('button', { name: fr['campaignRecruiter.reveal.confirm'] }),
  ).toBeFocused();
  await expectAccessible(page);
  await shot(page, testInfo, '11b-recruiter-reveal-confirm');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Candidat·e B · Bérénice Aubry' })).toBeVisible();
  await expect(page.getByText(/berenice@example\.org/)).toBeVisible();
  await expect(
    page.getByRole('heading', { name: fr['campaignRecruiter.reveal.log'] }),
  ).toBeVisible();

  // 7. Decisions: the talent pool is offered only to B, who consented.
  const cardB = page.locator('.campaign-card').filter({
    has: page.getByRole('heading', { name: /Candidat·e B/u }),
  });
  await expect(
    cardA.getByRole('radio', { name: loose(frCampaign['campaign.decision.talentPool']) }),
  ).toHaveCount(0);
  await expect(cardA.getByText(loose(fr['campaignRecruiter.decision.noConsent']))).toBeVisible();
  await cardB
    .getByRole('radio', { name: loose(frCampaign['campaign.decision.talentPool']) })
    .check();
  await cardB.getByRole('button', { name: fr['campaignRecruiter.decision.save'] }).click();
  await expect(
    page.locator('.campaign-card').filter({ hasText: loose('Décision : Gardé·e dans le vivier') }),
  ).toHaveCount(1);
  const cardA2 = page.locator('.campaign-card').filter({
    has: page.getByRole('heading', { name: /^Candidat·e A/u }),
  });
  await cardA2.getByRole('radio', { name: loose(frCampaign['campaign.decision.hired']) }).check();
  await cardA2.getByRole('button', { name: fr['campaignRecruiter.decision.save'] }).click();
  await expect(
    page.locator('.campaign-card').filter({ hasText: loose('Décision : Embauché·e') }),
  ).toHaveCount(1);
  await expectAccessible(page);
  await shot(page, testInfo, '12-recruiter-decided');

  // The English pages read the same campaign.
  await page.goto(`/en/campaigns/${campaignId}/#${recruiterToken}`);
  await expect(
    page.getByRole('heading', { name: en['campaignRecruiter.candidates.title'] }),
  ).toBeVisible();
  await expectAccessible(page);
  await shot(page, testInfo, '13-recruiter-en');

  // 8. Close, then delete the campaign after a confirmation; the link then leads nowhere.
  await page.goto(`/campaigns/${campaignId}/#${recruiterToken}`);
  await page.getByRole('button', { name: fr['campaignRecruiter.settings.close'] }).click();
  await page.getByRole('button', { name: fr['campaignRecruiter.settings.closeConfirm'] }).click();
  await expect(
    page.getByRole('button', { name: fr['campaignRecruiter.settings.reopen'] }),
  ).toBeVisible();
  await page.getByRole('button', { name: fr['campaignRecruiter.settings.delete'] }).click();
  await expect(page.getByText(loose(fr['campaignRecruiter.settings.deleteWarning']))).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: fr['campaignRecruiter.settings.deleteConfirm'] }).click();
  await expect(page.getByText(loose(fr['campaignRecruiter.settings.deleted']))).toBeVisible();
  const gone = await request.get(`/api/campaigns/${campaignId}`, {
    headers: { Authorization: `Bearer ${recruiterToken}` },
  });
  expect(gone.status()).toBe(404);
  expect(b.id).toBeTruthy();

  // Every screen's HTML, islands rendered, is valid.
  expect(htmlErrors()).toEqual([]);
});
