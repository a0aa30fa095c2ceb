import type {
  InterviewerAnswer,
  InterviewerCreatedAnswer,
  ScorecardAnswer,
} from '../../domain/campaign/api-answers.ts';
import { presentInterviewerCandidates, scorecardView } from '../../domain/campaign/present.ts';
import {
  AddInterviewerRequestSchema,
  ScorecardRequestSchema,
} from '../../domain/campaign/requests.ts';
import { missingRatings } from '../../domain/campaign/schemas.ts';
import { readJsonBody } from '../http/api.ts';
import { bearerToken, newCredentials } from '../tokens.ts';
import { changeCampaign, openCampaign, type StoredCampaign } from './store.ts';
import { type Outcome, refuse, unwrap, RECRUITER, interviewerParty } from './access.ts';
import { interviewerPage, summaryOf, modelView } from './views.ts';

/**
 * The interviewers: added and removed by the recruiter, each reading the candidates (anonymous
 * unless revealed) and keeping their own scorecards (others' only after their own is submitted).
 */

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

/** The candidates as one interviewer sees them. */
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
