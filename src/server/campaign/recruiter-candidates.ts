import type {
  CompareAnswer,
  DecisionAnswer,
  RevealAnswer,
} from '../../domain/campaign/api-answers.ts';
import { anonymousLabel } from '../../domain/campaign/anonymous.ts';
import { presentCandidate, presentComparison } from '../../domain/campaign/present.ts';
import {
  CompareQuerySchema,
  DecisionRequestSchema,
  RevealRequestSchema,
} from '../../domain/campaign/requests.ts';
import { deletionDate } from '../../domain/campaign/retention.ts';
import { decisionProblem, type Decision } from '../../domain/campaign/schemas.ts';
import { apiError, readJsonBody, toApiIssues } from '../http/api.ts';
import { bearerToken } from '../tokens.ts';
import { loadCampaignContent } from './content.ts';
import {
  changeCampaign,
  openCampaign,
  type StoredCampaign,
  type StoredCandidate,
} from './store.ts';
import { type Outcome, refuse, unwrap, RECRUITER } from './access.ts';
import { forView } from './views.ts';

/**
 * What the recruiter does with the candidates who shared: reveal names (logged), compare two to
 * four side by side, decide (hired, rejected, talent pool with consent).
 */

/** Field issues for the ids that name no candidate of the campaign (withdrawn ones included). */
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
