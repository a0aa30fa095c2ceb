import type {
  CampaignLinks,
  CampaignSummary,
  CandidateAnswer,
  CandidateCreatedAnswer,
  CandidateOwnView,
  CompareAnswer,
  CreateCampaignAnswer,
  DecisionAnswer,
  GuideAnswer,
  InterviewerAnswer,
  InterviewerCreatedAnswer,
  InvitationAnswer,
  InvitationTokenAnswer,
  ModelCompetencyView,
  ModelToolView,
  RecruiterCampaignAnswer,
  RetentionView,
  RevealAnswer,
  ScorecardAnswer,
} from '../../domain/campaign/api-answers.ts';
import { CANDIDATE_RIGHTS, KEPT_DATA } from '../../domain/campaign/api-answers.ts';
import { anonymousLabel } from '../../domain/campaign/anonymous.ts';
import { buildInterviewGuide } from '../../domain/campaign/guide.ts';
import {
  campaignFit,
  competencyLevels,
  presentCandidate,
  presentComparison,
  presentInterviewerCandidates,
  presentRecruiterView,
  scorecardView,
  type CampaignForView,
} from '../../domain/campaign/present.ts';
import { guideProfileOf, sharedProfileOf } from '../../domain/campaign/profile.ts';
import {
  AddInterviewerRequestSchema,
  CandidateFilterSchema,
  CandidateSortSchema,
  CandidateUpdateRequestSchema,
  CompareQuerySchema,
  createShareRequestSchema,
  CreateCampaignRequestSchema,
  DecisionRequestSchema,
  RecordIdSchema,
  RevealRequestSchema,
  ScorecardRequestSchema,
  SHARE_CONSENT_VERSION,
  TALENT_POOL_CONSENT_VERSION,
  UpdateCampaignRequestSchema,
  type RetentionPatch,
} from '../../domain/campaign/requests.ts';
import {
  campaignRetentionInputSchema,
  deletionDate,
  defaultRetention,
} from '../../domain/campaign/retention.ts';
import {
  decisionProblem,
  jurisdictionOf,
  missingRatings,
  type CampaignRetention,
  type Decision,
} from '../../domain/campaign/schemas.ts';
import type { RetentionFile } from '../../domain/content/interview.ts';
import { JobDescriptionSchema } from '../../domain/job-description/draft.ts';
import type { Locale } from '../../domain/text/index.ts';
import { LocaleSchema } from '../../domain/text/locale-schema.ts';
import { localizePath } from '../../i18n/locales.ts';
import { loadAssessmentContext, scoreSubmission, submissionSchema } from '../assessment/service.ts';
import { apiError, readJsonBody, toApiIssues, type ApiIssue } from '../http/api.ts';
import { changeCondition } from '../http/versions.ts';
import { findOwnedRecord, getStore } from '../store/index.ts';
import { bearerToken, newCredentials } from '../tokens.ts';
import { loadCampaignContent } from './content.ts';
import {
  CAMPAIGNS,
  changeCampaign,
  openCampaign,
  type CampaignRecord,
  type Refusal,
  type StoredCampaign,
  type StoredCandidate,
  withoutCandidates,
} from './store.ts';

/**
 * The hiring campaign's one entry point for endpoints and pages: a campaign made from a saved job
 * description (its competencies, required levels and weight classes), the candidates' invitation
 * and shares (scored here, from the answers), the recruiter's view, reveals, decisions, the
 * interviewers and their scorecards, and the interview guide. Every call takes the request (for its
 * bearer token) and answers `undefined` when the token does not open what is asked: the endpoint
 * then answers the API's one 404. Other refusals come back as a ready `Response` (4xx with field
 * issues).
 */

export { CAMPAIGNS };

/** What a call answers: the answer, a refusal (4xx) to send as is, or undefined for the 404. */
export type Outcome<T> = T | Response | undefined;

const JOB_DESCRIPTIONS = 'job-descriptions';

function refuse(status: number, error: string, issues: ApiIssue[]): Refusal {
  return { refusal: apiError(status, error, issues) };
}

function unwrap<T>(outcome: { result: T } | Refusal | undefined): Outcome<T> {
  if (!outcome) return undefined;
  if ('refusal' in outcome) return outcome.refusal;
  return outcome.result;
}

/** The retention from a patch, checked against the CNIL bounds of the content (400 otherwise). */
function retentionFrom(
  rules: RetentionFile,
  base: CampaignRetention,
  patch: RetentionPatch | undefined,
): { ok: true; value: CampaignRetention } | { ok: false; issues: ApiIssue[] } {
  const merged = {
    ...base,
    ...Object.fromEntries(Object.entries(patch ?? {}).filter(([, v]) => v !== undefined)),
  };
  const checked = campaignRetentionInputSchema(rules).safeParse(merged);
  if (!checked.success) {
    return {
      ok: false,
      issues: toApiIssues(checked.error).map((issue) => ({
        ...issue,
        path: `retention.${issue.path}`,
      })),
    };
  }
  return { ok: true, value: checked.data };
}

// ——— links and summaries ———

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

function candidatePage(id: string, candidateId: string, locale: Locale): string {
  return localizePath(
    `/campaigns/${encodeURIComponent(id)}/candidates/${encodeURIComponent(candidateId)}/`,
    locale,
  );
}

function interviewerPage(id: string, interviewerId: string, locale: Locale): string {
  return localizePath(
    `/campaigns/${encodeURIComponent(id)}/interviewers/${encodeURIComponent(interviewerId)}/`,
    locale,
  );
}

function summaryOf(data: StoredCampaign): CampaignSummary {
  const { campaign } = data;
  return {
    id: campaign.id,
    title: campaign.title,
    organisation: campaign.organisation,
    locale: campaign.locale,
    jurisdiction: campaign.jurisdiction,
    createdAt: campaign.createdAt,
    closedAt: campaign.closedAt ?? null,
  };
}

function forView(data: StoredCampaign): CampaignForView {
  return {
    model: data.campaign.model,
    retention: data.campaign.retention,
    ...(data.campaign.closedAt ? { closedAt: data.campaign.closedAt } : {}),
    tools: data.tools,
  };
}

async function modelView(data: StoredCampaign, locale: Locale): Promise<ModelCompetencyView[]> {
  const { skills } = await loadCampaignContent();
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  return data.campaign.model.map((c) => {
    const skill = byId.get(c.skill);
    return {
      skill: c.skill,
      label: skill?.label[locale] ?? c.skill,
      kind: skill?.kind === 'know-how' ? 'know-how' : 'soft',
      weight: c.weight,
      requiredLevel: c.level,
    };
  });
}

async function toolsView(data: StoredCampaign, locale: Locale): Promise<ModelToolView[]> {
  const { skills } = await loadCampaignContent();
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  return data.tools.map((t) => ({
    skill: t.skill,
    label: byId.get(t.skill)?.label[locale] ?? t.skill,
    requiredLevel: t.level,
  }));
}

async function retentionView(data: StoredCampaign, locale: Locale): Promise<RetentionView> {
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

// ——— recruiter ———

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
  if (jd.data.competencies.length === 0) {
    return apiError(422, 'no_competencies', [
      { path: 'jobId', message: 'the job description lists no competency to assess' },
    ]);
  }
  const { id, token: recruiterToken, tokenHash } = newCredentials();
  const invitation = newCredentials();
  const now = new Date().toISOString();
  const locale = body.data.locale ?? jd.data.locale;
  const data: StoredCampaign = {
    campaign: {
      id,
      jobId: job.id,
      title: jd.data.title,
      organisation: body.data.organisation,
      locale,
      jurisdiction: jurisdictionOf(jd.data.location.country, jd.data.location.region),
      model: jd.data.competencies.map((c) => ({
        skill: c.skill,
        level: c.level,
        weight: c.weight,
      })),
      retention: retention.value,
      createdAt: now,
    },
    tools: jd.data.tools.map((t) => ({ skill: t.skill, level: t.level })),
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

const RECRUITER = [{ kind: 'recruiter' }] as const;

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
  return {
    campaign: summaryOf(data),
    version: record.version,
    jobId: data.campaign.jobId,
    model: await modelView(data, locale),
    tools: await toolsView(data, locale),
    retention: await retentionView(data, locale),
    invitation: {
      status: data.campaign.closedAt ? 'closed' : 'active',
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

/** `PATCH /api/campaigns/{id}`: retention (within the CNIL bounds) and closing; `If-Match` honoured. */
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
      if (body.data.closed === true && !data.campaign.closedAt) {
        data.campaign.closedAt = new Date().toISOString();
      }
      if (body.data.closed === false) delete data.campaign.closedAt;
      return { data, result: null };
    },
    ifMatch(request),
  );
  if (!changed || 'refusal' in changed) return unwrap(changed);
  return recruiterAnswer(changed.record);
}

/** The expected version from `If-Match`, or its 412 answer. */
function ifMatch(request: Request) {
  return (record: CampaignRecord) => {
    const when = changeCondition(request, record.version);
    return when.ok ? when.condition.expectedVersion : when.response;
  };
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

function unknownCandidates(ids: readonly string[], data: StoredCampaign, field: string) {
  const known = new Set(data.candidates.map((c) => c.id));
  return ids.flatMap((cid, index) =>
    known.has(cid)
      ? []
      : [{ path: `${field}.${index}`, message: 'no candidate of this campaign has this id' }],
  );
}

/**
 * `POST /api/campaigns/{id}/reveal`: names and e-mails of the candidates asked; each reveal is
 * logged in the campaign (by the recruiter, when, whom), and later reads show the names.
 */
export async function revealCandidates(
  id: string | undefined,
  request: Request,
): Promise<Outcome<RevealAnswer>> {
  const body = await readJsonBody(request, RevealRequestSchema);
  if (!body.ok) return body.response;
  const ids = [...new Set(body.data.candidateIds)];
  const changed = await changeCampaign(id, bearerToken(request), RECRUITER, (data) => {
    const unknown = unknownCandidates(ids, data, 'candidateIds');
    if (unknown.length > 0) return refuse(422, 'unknown_candidates', unknown);
    const at = new Date().toISOString();
    data.reveals.push({ at, by: 'recruiter', candidateIds: ids });
    const revealed = ids.map((cid) => {
      const candidate = data.candidates.find((c) => c.id === cid) as StoredCandidate;
      candidate.revealedAt ??= at;
      return {
        candidateId: cid,
        label: anonymousLabel(candidate.labelIndex, data.campaign.locale),
        name: candidate.displayName ?? null,
        email: candidate.email ?? null,
      };
    });
    return { data, result: { at, revealed } };
  });
  return unwrap(changed);
}

/** `GET /api/campaigns/{id}/compare?candidates=a,b[,c,d]`: two to four side by side. */
export async function compareCandidates(
  id: string | undefined,
  request: Request,
): Promise<Outcome<CompareAnswer>> {
  const opened = await openCampaign(id, bearerToken(request), RECRUITER);
  if (!opened) return undefined;
  const raw = new URL(request.url).searchParams.get('candidates') ?? '';
  const ids = CompareQuerySchema.safeParse(raw.split(',').filter((part) => part !== ''));
  if (!ids.success) {
    return apiError(
      400,
      'invalid_query',
      toApiIssues(ids.error).map((issue) => ({
        ...issue,
        path: issue.path ? `candidates.${issue.path}` : 'candidates',
      })),
    );
  }
  const { data } = opened.record;
  const unknown = unknownCandidates(ids.data, data, 'candidates');
  if (unknown.length > 0) return apiError(422, 'unknown_candidates', unknown);
  const { skills } = await loadCampaignContent();
  const rows = ids.data.map((cid) =>
    presentCandidate(
      forView(data),
      data.candidates.find((c) => c.id === cid) as StoredCandidate,
      data.scorecards,
      skills,
      data.campaign.locale,
    ),
  );
  return presentComparison(rows);
}

/**
 * `PUT /api/campaigns/{id}/candidates/{cid}/decision`: hired, rejected, or kept in the talent pool
 * (409 without the candidate's own consent). 404 for a candidate not in the campaign (or withdrawn).
 */
export async function decideCandidate(
  id: string | undefined,
  candidateId: string | undefined,
  request: Request,
): Promise<Outcome<DecisionAnswer>> {
  const body = await readJsonBody(request, DecisionRequestSchema);
  if (!body.ok) return body.response;
  const changed = await changeCampaign(id, bearerToken(request), RECRUITER, (data) => {
    const candidate = data.candidates.find((c) => c.id === candidateId);
    if (!candidate) return refuse(404, 'not_found', []);
    const decision: Decision = { outcome: body.data.outcome, decidedAt: new Date().toISOString() };
    const problem = decisionProblem(decision, candidate);
    if (problem === 'talent-pool-without-consent') {
      return refuse(409, 'talent_pool_without_consent', [
        {
          path: 'outcome',
          message: 'the candidate has not agreed to be kept in the talent pool',
        },
      ]);
    }
    candidate.decision = decision;
    const date = deletionDate(data.campaign, { share: candidate, decision });
    return {
      data,
      result: {
        candidateId: candidate.id,
        decision,
        deletionDate: date ? date.toISOString() : null,
      },
    };
  });
  return unwrap(changed);
}

/** `POST /api/campaigns/{id}/interviewers`: a new interviewer with their own token (shown once). */
export async function addInterviewer(
  id: string | undefined,
  request: Request,
): Promise<Outcome<InterviewerCreatedAnswer>> {
  const body = await readJsonBody(request, AddInterviewerRequestSchema);
  if (!body.ok) return body.response;
  const fresh = newCredentials();
  const changed = await changeCampaign(id, bearerToken(request), RECRUITER, (data) => {
    if (data.interviewers.length >= 50) {
      return refuse(409, 'too_many_interviewers', [
        { path: '', message: 'a campaign has at most 50 interviewers' },
      ]);
    }
    data.interviewers.push({
      id: fresh.id,
      tokenHash: fresh.tokenHash,
      label: body.data.label,
      addedAt: new Date().toISOString(),
    });
    const page = interviewerPage(data.campaign.id, fresh.id, data.campaign.locale);
    return {
      data,
      result: {
        id: fresh.id,
        label: body.data.label,
        token: fresh.token,
        link: `${page}#${fresh.token}`,
      },
    };
  });
  return unwrap(changed);
}

/** `DELETE /api/campaigns/{id}/interviewers/{iid}`: the interviewer, their link and their scorecards. */
export async function removeInterviewer(
  id: string | undefined,
  interviewerId: string | undefined,
  request: Request,
): Promise<Outcome<true>> {
  const changed = await changeCampaign(id, bearerToken(request), RECRUITER, (data) => {
    if (!data.interviewers.some((i) => i.id === interviewerId)) return refuse(404, 'not_found', []);
    data.interviewers = data.interviewers.filter((i) => i.id !== interviewerId);
    data.scorecards = data.scorecards.filter((c) => c.interviewerId !== interviewerId);
    return { data, result: true as const };
  });
  return unwrap(changed);
}

// ——— candidates ———

/** `GET /api/campaigns/{id}/invitation` with the invitation token: what the candidate sees first. */
export async function readInvitation(
  id: string | undefined,
  request: Request,
): Promise<Outcome<InvitationAnswer>> {
  const opened = await openCampaign(id, bearerToken(request), [{ kind: 'invitation' }]);
  if (!opened) return undefined;
  const { data } = opened.record;
  const locale = localeOf(request) ?? data.campaign.locale;
  const { questionnaire } = await loadAssessmentContext();
  return {
    campaign: summaryOf(data),
    purpose: 'recruitment',
    model: await modelView(data, locale),
    kept: [...KEPT_DATA],
    retention: await retentionView(data, locale),
    rights: [...CANDIDATE_RIGHTS],
    questionnaireVersion: questionnaire.version,
    consentVersions: { share: SHARE_CONSENT_VERSION, talentPool: TALENT_POOL_CONSENT_VERSION },
    open: !data.campaign.closedAt,
  };
}

/** `?locale=fr|en` of a read, when valid. */
function localeOf(request: Request): Locale | undefined {
  const asked = LocaleSchema.safeParse(new URL(request.url).searchParams.get('locale'));
  return asked.success ? asked.data : undefined;
}

async function ownView(
  data: StoredCampaign,
  candidate: StoredCandidate,
): Promise<CandidateOwnView> {
  const locale = candidate.locale;
  const { skills } = await loadCampaignContent();
  const date = deletionDate(data.campaign, {
    share: candidate,
    ...(candidate.decision ? { decision: candidate.decision } : {}),
  });
  return {
    id: candidate.id,
    label: anonymousLabel(candidate.labelIndex, locale),
    sharedAt: candidate.sharedAt,
    displayName: candidate.displayName ?? null,
    email: candidate.email ?? null,
    revealed: candidate.revealedAt !== undefined,
    consent: candidate.consent,
    talentPoolConsent: candidate.talentPoolConsent ?? null,
    fit: campaignFit(forView(data), candidate.profile).fit,
    competencies: competencyLevels(forView(data), candidate.profile, skills, locale),
    flags: candidate.profile.flags,
    confidence: candidate.profile.confidence,
    decision: candidate.decision ?? null,
    deletionDate: date ? date.toISOString() : null,
  };
}

/**
 * `POST /api/campaigns/{id}/candidates` with the invitation token: scores the answers here (levels
 * sent by a client are never read), keeps a snapshot of levels, cautions and confidence with the
 * consents, and gives the candidate their own token. 409 while the campaign is closed.
 */
export async function shareCandidate(
  id: string | undefined,
  request: Request,
): Promise<Outcome<CandidateCreatedAnswer>> {
  const opened = await openCampaign(id, bearerToken(request), [{ kind: 'invitation' }]);
  if (!opened) return undefined;
  const body = await readJsonBody(request, createShareRequestSchema(await submissionSchema()));
  if (!body.ok) return body.response;
  const scored = await scoreSubmission(body.data.submission);
  const fresh = newCredentials();
  const changed = await changeCampaign(
    id,
    bearerToken(request),
    [{ kind: 'invitation' }],
    (data) => {
      if (data.campaign.closedAt) {
        return refuse(409, 'campaign_closed', [
          { path: '', message: 'this campaign is closed: it no longer takes candidates' },
        ]);
      }
      if (data.candidates.length >= 500) {
        return refuse(409, 'campaign_full', [
          { path: '', message: 'this campaign has reached 500 candidates' },
        ]);
      }
      const now = new Date();
      const at = now.toISOString();
      const { locale, displayName, email, talentPoolConsent } = body.data;
      const candidate: StoredCandidate = {
        id: fresh.id,
        tokenHash: fresh.tokenHash,
        labelIndex: data.nextLabelIndex,
        sharedAt: at,
        locale,
        profile: sharedProfileOf(scored.result, now),
        consent: { givenAt: at, textVersion: SHARE_CONSENT_VERSION, locale },
        lastContactAt: at,
        ...(displayName ? { displayName } : {}),
        ...(email ? { email } : {}),
        ...(talentPoolConsent
          ? { talentPoolConsent: { givenAt: at, textVersion: TALENT_POOL_CONSENT_VERSION, locale } }
          : {}),
      };
      data.nextLabelIndex += 1;
      data.candidates.push(candidate);
      return { data, result: candidate };
    },
  );
  if (!changed || 'refusal' in changed) return unwrap(changed);
  const candidate = changed.result;
  const { data } = changed.record;
  const page = candidatePage(data.campaign.id, candidate.id, candidate.locale);
  return {
    id: candidate.id,
    token: fresh.token,
    link: `${page}#${fresh.token}`,
    result: scored,
    share: await ownView(data, candidate),
  };
}

async function candidateAnswer(
  data: StoredCampaign,
  candidate: StoredCandidate,
): Promise<CandidateAnswer> {
  return {
    campaign: summaryOf(data),
    share: await ownView(data, candidate),
    retention: await retentionView(data, candidate.locale),
    rights: [...CANDIDATE_RIGHTS],
    kept: [...KEPT_DATA],
  };
}

const candidateParty = (candidateId: string | undefined) =>
  [{ kind: 'candidate', id: candidateId ?? '' }] as const;

/** `GET /api/campaigns/{id}/candidates/{cid}` with the candidate's own token. */
export async function readCandidate(
  id: string | undefined,
  candidateId: string | undefined,
  request: Request,
): Promise<Outcome<CandidateAnswer>> {
  const opened = await openCampaign(id, bearerToken(request), candidateParty(candidateId));
  if (!opened) return undefined;
  const { data } = opened.record;
  const candidate = data.candidates.find((c) => c.id === candidateId) as StoredCandidate;
  return candidateAnswer(data, candidate);
}

/** `PATCH /api/campaigns/{id}/candidates/{cid}`: the talent-pool consent given or withdrawn. */
export async function updateCandidate(
  id: string | undefined,
  candidateId: string | undefined,
  request: Request,
): Promise<Outcome<CandidateAnswer>> {
  const body = await readJsonBody(request, CandidateUpdateRequestSchema);
  if (!body.ok) return body.response;
  const changed = await changeCampaign(
    id,
    bearerToken(request),
    candidateParty(candidateId),
    (data) => {
      const candidate = data.candidates.find((c) => c.id === candidateId) as StoredCandidate;
      const at = new Date().toISOString();
      if (body.data.talentPoolConsent) {
        candidate.talentPoolConsent ??= {
          givenAt: at,
          textVersion: TALENT_POOL_CONSENT_VERSION,
          locale: candidate.locale,
        };
      } else {
        delete candidate.talentPoolConsent;
      }
      // A reply of the candidate is an active contact (the talent pool's period counts from it).
      candidate.lastContactAt = at;
      return { data, result: candidate };
    },
  );
  if (!changed || 'refusal' in changed) return unwrap(changed);
  return candidateAnswer(changed.record.data, changed.result);
}

/**
 * `DELETE /api/campaigns/{id}/candidates/{cid}` with the candidate's token: withdrawal. The share
 * (result, name, e-mail, consents) and the scorecards about the candidate are deleted at once; the
 * token then opens nothing.
 */
export async function withdrawCandidate(
  id: string | undefined,
  candidateId: string | undefined,
  request: Request,
): Promise<Outcome<true>> {
  const changed = await changeCampaign(
    id,
    bearerToken(request),
    candidateParty(candidateId),
    (data) => ({
      data: withoutCandidates(data, new Set([candidateId ?? ''])),
      result: true as const,
    }),
  );
  return unwrap(changed);
}

// ——— interviewers ———

const interviewerParty = (interviewerId: string | undefined) =>
  [{ kind: 'interviewer', id: interviewerId ?? '' }] as const;

function interviewerCandidates(data: StoredCampaign, interviewerId: string) {
  return presentInterviewerCandidates({
    model: data.campaign.model,
    interviewerId,
    interviewers: data.interviewers,
    candidates: data.candidates,
    scorecards: data.scorecards,
    locale: data.campaign.locale,
  });
}

/** `GET /api/campaigns/{id}/interviewers/{iid}` with the interviewer's token. */
export async function readInterviewer(
  id: string | undefined,
  interviewerId: string | undefined,
  request: Request,
): Promise<Outcome<InterviewerAnswer>> {
  const opened = await openCampaign(id, bearerToken(request), interviewerParty(interviewerId));
  if (!opened) return undefined;
  const { data } = opened.record;
  const interviewer = data.interviewers.find((i) => i.id === interviewerId);
  if (!interviewer) return undefined;
  return {
    campaign: summaryOf(data),
    interviewer: { id: interviewer.id, label: interviewer.label },
    model: await modelView(data, data.campaign.locale),
    candidates: interviewerCandidates(data, interviewer.id),
  };
}

/**
 * `PUT /api/campaigns/{id}/interviewers/{iid}/scorecards/{cid}`: saves the interviewer's draft, or
 * submits it (`submit: true`): 422 naming every competency not rated (and a missing
 * recommendation); 409 once submitted (a submitted card is final).
 */
export async function saveScorecard(
  id: string | undefined,
  interviewerId: string | undefined,
  candidateId: string | undefined,
  request: Request,
): Promise<Outcome<ScorecardAnswer>> {
  const body = await readJsonBody(request, ScorecardRequestSchema);
  if (!body.ok) return body.response;
  const changed = await changeCampaign(
    id,
    bearerToken(request),
    interviewerParty(interviewerId),
    (data) => {
      const iid = interviewerId ?? '';
      if (!data.candidates.some((c) => c.id === candidateId)) return refuse(404, 'not_found', []);
      const cid = candidateId ?? '';
      const inModel = new Set(data.campaign.model.map((c) => c.skill));
      const foreign = body.data.ratings.flatMap((rating, index) =>
        inModel.has(rating.skill)
          ? []
          : [
              {
                path: `ratings.${index}.skill`,
                message: `"${rating.skill}" is not a competency of this campaign`,
              },
            ],
      );
      if (foreign.length > 0) return refuse(400, 'invalid_body', foreign);
      const existing = data.scorecards.find(
        (c) => c.candidateId === cid && c.interviewerId === iid,
      );
      if (existing?.submittedAt) {
        return refuse(409, 'scorecard_submitted', [
          { path: '', message: 'this scorecard was submitted: it is final' },
        ]);
      }
      const at = new Date().toISOString();
      const card = {
        candidateId: cid,
        interviewerId: iid,
        ratings: body.data.ratings.map((r) => ({
          skill: r.skill,
          rating: r.rating,
          evidence: r.evidence,
        })),
        ...(body.data.recommendation ? { recommendation: body.data.recommendation } : {}),
        updatedAt: at,
      };
      if (body.data.submit) {
        const missing = missingRatings(data.campaign.model, card).map((skill) => ({
          path: 'ratings',
          message: `the competency "${skill}" is not rated`,
        }));
        if (!card.recommendation) {
          missing.push({ path: 'recommendation', message: 'give an overall recommendation' });
        }
        if (missing.length > 0) return refuse(422, 'missing_ratings', missing);
      }
      const saved = body.data.submit ? { ...card, submittedAt: at } : card;
      data.scorecards = [
        ...data.scorecards.filter((c) => !(c.candidateId === cid && c.interviewerId === iid)),
        saved,
      ];
      return { data, result: saved };
    },
  );
  if (!changed || 'refusal' in changed) return unwrap(changed);
  const { data } = changed.record;
  const candidate = interviewerCandidates(data, interviewerId ?? '').find(
    (c) => c.id === candidateId,
  );
  if (!candidate) return undefined;
  return {
    candidateId: candidate.id,
    scorecard: scorecardView(data.campaign.model, changed.result),
    candidate,
  };
}

// ——— guide ———

/**
 * `GET /api/campaigns/{id}/guide[?candidate=cid][&locale=]` with the recruiter's or an
 * interviewer's token: the campaign's interview guide, or one candidate's (with probes for their
 * gaps and cautions). 404 for a candidate not in the campaign (or withdrawn).
 */
export async function readGuide(
  id: string | undefined,
  request: Request,
): Promise<Outcome<GuideAnswer>> {
  const url = new URL(request.url);
  const opened = await openCampaign(id, bearerToken(request), [
    { kind: 'recruiter' },
    { kind: 'any-interviewer' },
  ]);
  if (!opened) return undefined;
  const { data } = opened.record;
  const candidateId = url.searchParams.get('candidate');
  const locale = localeOf(request) ?? data.campaign.locale;
  const { interview } = await loadCampaignContent();
  let candidate: StoredCandidate | undefined;
  if (candidateId !== null) {
    if (!RecordIdSchema.safeParse(candidateId).success) return undefined;
    candidate = data.candidates.find((c) => c.id === candidateId);
    if (!candidate) return undefined;
  }
  const guide = buildInterviewGuide(
    interview,
    data.campaign.model,
    data.campaign.jurisdiction,
    locale,
    candidate ? guideProfileOf(candidate.profile) : undefined,
  );
  return {
    campaign: summaryOf(data),
    candidate: candidate
      ? {
          id: candidate.id,
          label: anonymousLabel(candidate.labelIndex, locale),
          name: candidate.revealedAt ? (candidate.displayName ?? null) : null,
        }
      : null,
    guide,
  };
}

/** Whether `id` has the shape of a record id (pages answer the same for every such id). */
export function isCampaignId(id: string | undefined): id is string {
  return !!id && RecordIdSchema.safeParse(id).success;
}
