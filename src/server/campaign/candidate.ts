import type {
  CandidateAnswer,
  CandidateCreatedAnswer,
  CandidateOwnView,
  InvitationAnswer,
} from '../../domain/campaign/api-answers.ts';
import { CANDIDATE_RIGHTS, KEPT_DATA } from '../../domain/campaign/api-answers.ts';
import { anonymousLabel } from '../../domain/campaign/anonymous.ts';
import { campaignEnded } from '../../domain/campaign/end.ts';
import { campaignFit, competencyLevels } from '../../domain/campaign/present.ts';
import { sharedProfileOf } from '../../domain/campaign/profile.ts';
import {
  CandidateUpdateRequestSchema,
  createShareRequestSchema,
  SHARE_CONSENT_VERSION,
  TALENT_POOL_CONSENT_VERSION,
} from '../../domain/campaign/requests.ts';
import { deletionDate } from '../../domain/campaign/retention.ts';
import { loadAssessmentContext, scoreSubmission, submissionSchema } from '../assessment/service.ts';
import { readJsonBody } from '../http/api.ts';
import { bearerToken, newCredentials } from '../tokens.ts';
import { loadCampaignContent } from './content.ts';
import {
  changeCampaign,
  openCampaign,
  type StoredCampaign,
  type StoredCandidate,
  withoutCandidates,
} from './store.ts';
import { type Outcome, refuse, unwrap, candidateParty } from './access.ts';
import { candidatePage, summaryOf, forView, modelView, retentionView, localeOf } from './views.ts';

/**
 * The candidates: the invitation they read first, their share (scored here from the answers, with
 * their consents), their own view, their talent-pool consent and their withdrawal.
 */

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
  const now = new Date();
  return {
    campaign: summaryOf(data, now),
    purpose: 'recruitment',
    model: await modelView(data, locale),
    kept: [...KEPT_DATA],
    retention: await retentionView(data, locale),
    rights: [...CANDIDATE_RIGHTS],
    questionnaireVersion: questionnaire.version,
    consentVersions: { share: SHARE_CONSENT_VERSION, talentPool: TALENT_POOL_CONSENT_VERSION },
    open: !campaignEnded(now, data.campaign),
  };
}

/** What a candidate shared, as they see it, with when it will be deleted. */
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
      const now = new Date();
      if (campaignEnded(now, data.campaign)) {
        return refuse(409, 'campaign_closed', [
          {
            path: '',
            message: `this campaign has ended (last day ${data.campaign.endsOn}, UTC): it no longer takes candidates`,
          },
        ]);
      }
      if (data.candidates.length >= 500) {
        return refuse(409, 'campaign_full', [
          { path: '', message: 'this campaign has reached 500 candidates' },
        ]);
      }
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

/** The candidate's own page: their share, the campaign, retention and rights. */
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
