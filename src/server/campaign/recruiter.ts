import type {
  CreateCampaignAnswer,
  InvitationTokenAnswer,
  RecruiterCampaignAnswer,
} from '../../domain/campaign/api-answers.ts';
import { utcDay } from '../../domain/campaign/calendar.ts';
import { campaignEnded, defaultEndsOn } from '../../domain/campaign/end.ts';
import { campaignModelOf } from '../../domain/campaign/model-from-job.ts';
import { presentCampaignEnd } from '../../domain/campaign/present-end.ts';
import { presentRecruiterView } from '../../domain/campaign/present.ts';
import {
  CandidateFilterSchema,
  CandidateSortSchema,
  CreateCampaignRequestSchema,
  UpdateCampaignRequestSchema,
} from '../../domain/campaign/requests.ts';
import { defaultRetention } from '../../domain/campaign/retention.ts';
import { jurisdictionOf } from '../../domain/campaign/schemas.ts';
import { JobDescriptionSchema } from '../../domain/job-description/draft.ts';
import { apiError, readJsonBody, type ApiIssue } from '../http/api.ts';
import { changeCondition } from '../http/versions.ts';
import { findOwnedRecord, getStore } from '../store/index.ts';
import { bearerToken, newCredentials } from '../tokens.ts';
import { loadCampaignContent } from './content.ts';
import {
  CAMPAIGNS,
  changeCampaign,
  openCampaign,
  type CampaignRecord,
  type StoredCampaign,
} from './store.ts';
import { type Outcome, refuse, unwrap, ifMatch, RECRUITER } from './access.ts';
import {
  campaignLinks,
  summaryOf,
  forView,
  retainedOf,
  modelView,
  toolsView,
  retentionView,
} from './views.ts';
import { retentionFrom, endsOnFrom } from './settings.ts';

/**
 * The recruiter's campaign: made from a saved job description, read (the recruiter's view),
 * changed (retention, last day, closing), deleted, and its invitation link replaced.
 */

/** The collection saved job descriptions live in (the campaign's model comes from one). */
const JOB_DESCRIPTIONS = 'job-descriptions';

/**
 * `POST /api/campaigns` with the job description's edit token: the job's competencies, required
 * levels and weight classes become the model; tools go with it for the fit. 404 when the token
 * does not open the job description; 422 when it lists no competency.
 */
export async function createCampaign(request: Request): Promise<Outcome<CreateCampaignAnswer>> {
  const body = await readJsonBody(request, CreateCampaignRequestSchema);
  if (!body.ok) return body.response;
  const token = bearerToken(request);
  const job = await findOwnedRecord<unknown>(JOB_DESCRIPTIONS, body.data.jobId, token);
  if (!job) return undefined;
  const jd = JobDescriptionSchema.safeParse(job.data);
  if (!jd.success) return undefined;
  const { retention: rules } = await loadCampaignContent();
  const retention = retentionFrom(rules, defaultRetention(rules), body.data.retention);
  if (!retention.ok) return apiError(400, 'invalid_body', retention.issues);
  const created = new Date();
  const endsOn = body.data.endsOn ? endsOnFrom(body.data.endsOn, created) : undefined;
  if (endsOn && !endsOn.ok) return apiError(400, 'invalid_body', endsOn.issues);
  if (jd.data.competencies.length === 0) {
    return apiError(422, 'no_competencies', [
      { path: 'jobId', message: 'the job description lists no competency to assess' },
    ]);
  }
  const { id, token: recruiterToken, tokenHash } = newCredentials();
  const invitation = newCredentials();
  const now = created.toISOString();
  const locale = body.data.locale ?? jd.data.locale;
  const fromJob = campaignModelOf(jd.data);
  const data: StoredCampaign = {
    campaign: {
      id,
      jobId: job.id,
      title: jd.data.title,
      organisation: body.data.organisation,
      locale,
      jurisdiction: jurisdictionOf(jd.data.location.country, jd.data.location.region),
      model: fromJob.model,
      retention: retention.value,
      createdAt: now,
      endsOn: endsOn?.value ?? defaultEndsOn(created),
    },
    tools: fromJob.tools,
    invitation: { tokenHash: invitation.tokenHash, createdAt: now },
    candidates: [],
    nextLabelIndex: 0,
    interviewers: [],
    scorecards: [],
    reveals: [],
  };
  await getStore().create(CAMPAIGNS, { id, tokenHash, createdAt: now, updatedAt: now, data });
  const links = campaignLinks(id, locale);
  return {
    id,
    version: 1,
    recruiterToken,
    invitationToken: invitation.token,
    links,
    recruiterLink: `${links.recruiter}#${recruiterToken}`,
    invitationLink: `${links.invitation}#${invitation.token}`,
  };
}

/** The recruiter's view of a campaign record, with `?sort=` and `?filter=` (400 otherwise). */
async function recruiterAnswer(
  record: CampaignRecord,
  query: URLSearchParams = new URLSearchParams(),
): Promise<RecruiterCampaignAnswer | Response> {
  const issues: ApiIssue[] = [];
  const sort = CandidateSortSchema.optional().safeParse(query.get('sort') ?? undefined);
  const filter = CandidateFilterSchema.optional().safeParse(query.get('filter') ?? undefined);
  if (!sort.success) issues.push({ path: 'sort', message: 'fit, label or decision' });
  if (!filter.success) {
    issues.push({
      path: 'filter',
      message: 'hired, rejected, talent-pool, undecided or gaps',
    });
  }
  if (!sort.success || !filter.success) return apiError(400, 'invalid_query', issues);
  const { data } = record;
  const locale = data.campaign.locale;
  const { skills } = await loadCampaignContent();
  const now = new Date();
  return {
    campaign: summaryOf(data, now),
    version: record.version,
    jobId: data.campaign.jobId,
    model: await modelView(data, locale),
    tools: await toolsView(data, locale),
    retention: await retentionView(data, locale),
    end: presentCampaignEnd(data.campaign, retainedOf(data), now),
    invitation: {
      status: campaignEnded(now, data.campaign) ? 'closed' : 'active',
      createdAt: data.invitation.createdAt,
    },
    interviewers: data.interviewers.map((i) => ({
      id: i.id,
      label: i.label,
      addedAt: i.addedAt,
      submitted: data.scorecards.filter((c) => c.interviewerId === i.id && c.submittedAt).length,
    })),
    view: presentRecruiterView({
      campaign: forView(data),
      candidates: data.candidates,
      scorecards: data.scorecards,
      skills,
      locale,
      sort: sort.data,
      filter: filter.data,
    }),
    reveals: data.reveals,
    links: campaignLinks(data.campaign.id, locale),
  };
}

/** `GET /api/campaigns/{id}` with the recruiter token (`?sort=`, `?filter=`). */
export async function readCampaign(
  id: string | undefined,
  request: Request,
): Promise<Outcome<RecruiterCampaignAnswer>> {
  const opened = await openCampaign(id, bearerToken(request), RECRUITER);
  if (!opened) return undefined;
  return recruiterAnswer(opened.record, new URL(request.url).searchParams);
}

/**
 * `PATCH /api/campaigns/{id}`: retention (within the CNIL bounds), the last day and closing;
 * `If-Match` honoured. `closed: true` closes now and makes today the last day; `closed: false`
 * reopens a closed or ended campaign until `endsOn` (three months ahead when left out); `endsOn`
 * alone moves the end of an open campaign (409 on a closed one: reopen it with `closed: false`).
 */
export async function updateCampaign(
  id: string | undefined,
  request: Request,
): Promise<Outcome<RecruiterCampaignAnswer>> {
  const body = await readJsonBody(request, UpdateCampaignRequestSchema);
  if (!body.ok) return body.response;
  const { retention: rules } = await loadCampaignContent();
  const changed = await changeCampaign(
    id,
    bearerToken(request),
    RECRUITER,
    (data) => {
      if (body.data.retention) {
        const retention = retentionFrom(rules, data.campaign.retention, body.data.retention);
        if (!retention.ok) return refuse(400, 'invalid_body', retention.issues);
        data.campaign.retention = retention.value;
      }
      const now = new Date();
      const { closed, endsOn: askedEnd } = body.data;
      const endsOn = askedEnd === undefined ? undefined : endsOnFrom(askedEnd, now);
      if (endsOn && !endsOn.ok) return refuse(400, 'invalid_body', endsOn.issues);
      const ended = campaignEnded(now, data.campaign);
      if (closed === true && !ended) {
        data.campaign.closedAt = now.toISOString();
        data.campaign.endsOn = utcDay(now);
      } else if (closed === false && ended) {
        delete data.campaign.closedAt;
        data.campaign.endsOn = endsOn?.value ?? defaultEndsOn(now);
      } else if (endsOn) {
        if (ended) {
          return refuse(409, 'campaign_closed', [
            {
              path: 'endsOn',
              message:
                'this campaign is closed: reopen it with "closed": false and its new last day',
            },
          ]);
        }
        data.campaign.endsOn = endsOn.value;
      }
      return { data, result: null };
    },
    ifMatch(request),
  );
  if (!changed || 'refusal' in changed) return unwrap(changed);
  return recruiterAnswer(changed.record);
}

/** `DELETE /api/campaigns/{id}`: the campaign and everything in it; `If-Match` honoured. */
export async function deleteCampaign(
  id: string | undefined,
  request: Request,
): Promise<Outcome<true>> {
  const opened = await openCampaign(id, bearerToken(request), RECRUITER);
  if (!opened) return undefined;
  const when = changeCondition(request, opened.record.version);
  if (!when.ok) return when.response;
  return (await getStore().delete(CAMPAIGNS, opened.record.id, when.condition)) || undefined;
}

/** `POST /api/campaigns/{id}/invitation`: a new invitation token; the old one opens nothing. */
export async function replaceInvitation(
  id: string | undefined,
  request: Request,
): Promise<Outcome<InvitationTokenAnswer>> {
  const fresh = newCredentials();
  const changed = await changeCampaign(id, bearerToken(request), RECRUITER, (data) => {
    data.invitation = { tokenHash: fresh.tokenHash, createdAt: new Date().toISOString() };
    const link = `${campaignLinks(data.campaign.id, data.campaign.locale).invitation}#${fresh.token}`;
    return { data, result: { invitationToken: fresh.token, invitationLink: link } };
  });
  return unwrap(changed);
}
