import type {
  CampaignLinks,
  CampaignSummary,
  ModelCompetencyView,
  ModelToolView,
  RetentionView,
} from '../../domain/campaign/api-answers.ts';
import { campaignEnd, campaignEnded } from '../../domain/campaign/end.ts';
import { modelCompetencyViews, modelToolViews } from '../../domain/campaign/model-from-job.ts';
import type { CampaignForView } from '../../domain/campaign/present.ts';
import type { RetentionFile } from '../../domain/content/interview.ts';
import type { Locale } from '../../domain/text/index.ts';
import { LocaleSchema } from '../../domain/text/locale-schema.ts';
import { localizePath } from '../../i18n/locales.ts';
import { loadCampaignContent } from './content.ts';
import type { StoredCampaign } from './store.ts';

/**
 * The parts every campaign answer is made of: links to the private pages, the campaign's
 * summary, its model, tools and retention in a locale, and the campaign as the view models read it.
 */

/** The private pages of a campaign, in a locale, without tokens. */
export function campaignLinks(id: string, locale: Locale): CampaignLinks {
  const base = `/campaigns/${encodeURIComponent(id)}/`;
  return {
    recruiter: localizePath(base, locale),
    invitation: localizePath(`${base}invitation/`, locale),
    guide: localizePath(`${base}guide/`, locale),
    api: `/api/campaigns/${encodeURIComponent(id)}`,
  };
}

/** A candidate's private page, without the token. */
export function candidatePage(id: string, candidateId: string, locale: Locale): string {
  return localizePath(
    `/campaigns/${encodeURIComponent(id)}/candidates/${encodeURIComponent(candidateId)}/`,
    locale,
  );
}

/** An interviewer's private page, without the token. */
export function interviewerPage(id: string, interviewerId: string, locale: Locale): string {
  return localizePath(
    `/campaigns/${encodeURIComponent(id)}/interviewers/${encodeURIComponent(interviewerId)}/`,
    locale,
  );
}

/** What every party reads of the campaign, its end included, at `now`. */
export function summaryOf(data: StoredCampaign, now: Date = new Date()): CampaignSummary {
  const { campaign } = data;
  const end = campaignEnd(campaign).toISOString();
  return {
    id: campaign.id,
    title: campaign.title,
    organisation: campaign.organisation,
    locale: campaign.locale,
    jurisdiction: campaign.jurisdiction,
    createdAt: campaign.createdAt,
    closedAt: campaignEnded(now, campaign) ? end : null,
    endsOn: campaign.endsOn,
    endsAt: end,
  };
}

/** The campaign as the view models read it. */
export function forView(data: StoredCampaign): CampaignForView {
  return {
    model: data.campaign.model,
    retention: data.campaign.retention,
    endsOn: data.campaign.endsOn,
    ...(data.campaign.closedAt ? { closedAt: data.campaign.closedAt } : {}),
    tools: data.tools,
  };
}

/** The candidates of a campaign as the retention rules read them. */
export function retainedOf(data: StoredCampaign) {
  return data.candidates.map((share) => ({
    share,
    ...(share.decision ? { decision: share.decision } : {}),
  }));
}

/** The campaign's competencies with their labels in `locale`. */
export async function modelView(
  data: StoredCampaign,
  locale: Locale,
): Promise<ModelCompetencyView[]> {
  const { skills } = await loadCampaignContent();
  return modelCompetencyViews(data.campaign.model, skills, locale);
}

/** The tools the job requires, with their labels in `locale`. */
export async function toolsView(data: StoredCampaign, locale: Locale): Promise<ModelToolView[]> {
  const { skills } = await loadCampaignContent();
  return modelToolViews(data.tools, skills, locale);
}

/** The campaign's retention with the CNIL defaults, maxima and source, in `locale`. */
export async function retentionView(data: StoredCampaign, locale: Locale): Promise<RetentionView> {
  const { retention } = await loadCampaignContent();
  const period = (rule: RetentionFile['notHired'], months: number) => ({
    months,
    defaultMonths: rule.defaultMonths,
    maxMonths: rule.maxMonths,
    from: rule.from[locale],
    source: rule.source,
  });
  return {
    notHired: period(retention.notHired, data.campaign.retention.notHiredMonths),
    talentPool: period(retention.talentPool, data.campaign.retention.talentPoolMonths),
  };
}

/** `?locale=fr|en` of a read, when valid. */
export function localeOf(request: Request): Locale | undefined {
  const asked = LocaleSchema.safeParse(new URL(request.url).searchParams.get('locale'));
  return asked.success ? asked.data : undefined;
}
