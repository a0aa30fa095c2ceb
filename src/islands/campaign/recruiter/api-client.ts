import type {
  CompareAnswer,
  CreateCampaignAnswer,
  DecisionAnswer,
  GuideAnswer,
  InterviewerAnswer,
  InterviewerCreatedAnswer,
  InvitationTokenAnswer,
  RecruiterCampaignAnswer,
  RevealAnswer,
  ScorecardAnswer,
} from '../../../domain/campaign/api-answers.ts';
import type {
  AddInterviewerRequest,
  CandidateFilter,
  CandidateSort,
  CreateCampaignRequest,
  DecisionRequest,
  ScorecardRequest,
  UpdateCampaignRequest,
} from '../../../domain/campaign/requests.ts';

/**
 * The one typed client of the campaign API for the recruiter's and interviewers' islands. Every
 * call carries the party's token as a bearer (the token lives in the page's fragment, never in a
 * URL the server sees). Answers are the API's own types (`src/domain/campaign/api-answers.ts`).
 */

/** An issue the API names on a field: `{ path: 'retention.notHiredMonths', message }`. */
export interface ApiIssue {
  path: string;
  message: string;
}

/** The outcome of a call: the answer, not found (wrong token or id), refused with issues, or failed. */
export type Result<T> =
  | { status: 'ok'; data: T }
  | { status: 'not-found' }
  | { status: 'refused'; code: number; issues: ApiIssue[] }
  | { status: 'error' };

/** The token of a private page: the fragment, as `#<token>` or `#token=<token>`. */
export function tokenFromHash(hash: string = window.location.hash): string {
  const raw = hash.replace(/^#/, '');
  const named = new URLSearchParams(raw).get('token');
  return decodeURIComponent(named ?? raw).trim();
}

function issuesOf(body: unknown): ApiIssue[] {
  if (typeof body !== 'object' || body === null || !('issues' in body)) return [];
  const issues = body.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: unknown) => {
    if (typeof issue !== 'object' || issue === null) return [];
    const { path, message } = issue as Record<string, unknown>;
    return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : [];
  });
}

async function call<T>(
  path: string,
  token: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Result<T>> {
  try {
    const response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
    if (response.status === 404) return { status: 'not-found' };
    if (response.status === 204) return { status: 'ok', data: undefined as T };
    if (response.ok) return { status: 'ok', data: (await response.json()) as T };
    if (response.status >= 400 && response.status < 500) {
      const body: unknown = await response.json().catch(() => undefined);
      return { status: 'refused', code: response.status, issues: issuesOf(body) };
    }
    return { status: 'error' };
  } catch {
    return { status: 'error' };
  }
}

const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

/** `POST /api/campaigns` with the job description's edit token. */
export function createCampaign(body: CreateCampaignRequest, jobToken: string) {
  return call<CreateCampaignAnswer>('/api/campaigns', jobToken, { method: 'POST', body });
}

/** `GET /api/campaigns/{id}`: the recruiter's view, sorted and filtered. */
export function fetchCampaign(
  id: string,
  token: string,
  query: { sort?: CandidateSort; filter?: CandidateFilter | null } = {},
) {
  const params = new URLSearchParams();
  if (query.sort) params.set('sort', query.sort);
  if (query.filter) params.set('filter', query.filter);
  const search = params.size ? `?${params.toString()}` : '';
  return call<RecruiterCampaignAnswer>(`${campaignPath(id)}${search}`, token);
}

/** `PATCH /api/campaigns/{id}`: retention and/or closing. */
export function updateCampaign(id: string, token: string, body: UpdateCampaignRequest) {
  return call<RecruiterCampaignAnswer>(campaignPath(id), token, { method: 'PATCH', body });
}

/** `DELETE /api/campaigns/{id}`. */
export function deleteCampaign(id: string, token: string) {
  return call<undefined>(campaignPath(id), token, { method: 'DELETE' });
}

/** `POST /api/campaigns/{id}/invitation`: a new invitation link, the old one stops working. */
export function replaceInvitation(id: string, token: string) {
  return call<InvitationTokenAnswer>(`${campaignPath(id)}/invitation`, token, { method: 'POST' });
}

/** `POST /api/campaigns/{id}/reveal`: names and e-mails (logged). */
export function revealNames(id: string, token: string, candidateIds: string[]) {
  return call<RevealAnswer>(`${campaignPath(id)}/reveal`, token, {
    method: 'POST',
    body: { candidateIds },
  });
}

/** `GET /api/campaigns/{id}/compare?candidates=…`. */
export function compareCandidates(id: string, token: string, candidateIds: string[]) {
  const ids = candidateIds.map(encodeURIComponent).join(',');
  return call<CompareAnswer>(`${campaignPath(id)}/compare?candidates=${ids}`, token);
}

/** `PUT /api/campaigns/{id}/candidates/{cid}/decision`. */
export function decide(id: string, token: string, candidateId: string, body: DecisionRequest) {
  return call<DecisionAnswer>(
    `${campaignPath(id)}/candidates/${encodeURIComponent(candidateId)}/decision`,
    token,
    { method: 'PUT', body },
  );
}

/** `POST /api/campaigns/{id}/interviewers`. */
export function addInterviewer(id: string, token: string, body: AddInterviewerRequest) {
  return call<InterviewerCreatedAnswer>(`${campaignPath(id)}/interviewers`, token, {
    method: 'POST',
    body,
  });
}

/** `DELETE /api/campaigns/{id}/interviewers/{iid}`. */
export function removeInterviewer(id: string, token: string, interviewerId: string) {
  return call<undefined>(
    `${campaignPath(id)}/interviewers/${encodeURIComponent(interviewerId)}`,
    token,
    { method: 'DELETE' },
  );
}

/** `GET /api/campaigns/{id}/interviewers/{iid}` with the interviewer's token. */
export function fetchInterviewer(id: string, interviewerId: string, token: string) {
  return call<InterviewerAnswer>(
    `${campaignPath(id)}/interviewers/${encodeURIComponent(interviewerId)}`,
    token,
  );
}

/** `PUT /api/campaigns/{id}/interviewers/{iid}/scorecards/{cid}`. */
export function saveScorecard(
  id: string,
  interviewerId: string,
  candidateId: string,
  token: string,
  body: ScorecardRequest,
) {
  return call<ScorecardAnswer>(
    `${campaignPath(id)}/interviewers/${encodeURIComponent(interviewerId)}/scorecards/${encodeURIComponent(candidateId)}`,
    token,
    { method: 'PUT', body },
  );
}

/** `GET /api/campaigns/{id}/guide`: the campaign's guide (its rating scales anchor the scorecard). */
export function fetchGuide(id: string, token: string) {
  return call<GuideAnswer>(`${campaignPath(id)}/guide`, token);
}
