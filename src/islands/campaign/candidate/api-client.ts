import type {
  CandidateAnswer,
  CandidateCreatedAnswer,
  GuideAnswer,
  InvitationAnswer,
} from '../../../domain/campaign/api-answers.ts';
import type { ShareFields } from '../../../domain/campaign/requests.ts';
import type { AssessmentSubmission } from '../../../domain/assessment/index.ts';
import type { Locale } from '../../../domain/text/index.ts';

/**
 * The candidate screens' and the guide page's calls to the campaign API (`/api/campaigns/**`).
 * Every call carries its token as a bearer (the pages read it from the fragment). A 404 is the
 * API's one answer for an unknown id, a wrong token or another party's token: `not-found`.
 */

/** An answer the screens can act on. */
export type Fetched<T> =
  | { status: 'ok'; data: T }
  | { status: 'not-found' }
  | { status: 'invalid'; paths: string[] }
  | { status: 'error' };

const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Whether a parsed body is an object with these keys (a light check of the API's answer). */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((key) => key in (value as Record<string, unknown>))
  );
}

/** The paths of a 4xx answer's `issues`, to tell the person which field is at fault. */
function issuePaths(body: unknown): string[] {
  if (!hasKeys(body, ['issues']) || !Array.isArray(body['issues'])) return [];
  return body['issues'].flatMap((issue: unknown) =>
    hasKeys(issue, ['path']) ? [String(issue['path'])] : [],
  );
}

async function call<T>(
  url: string,
  init: RequestInit,
  keys: readonly string[],
  expected = 200,
): Promise<Fetched<T>> {
  try {
    const response = await fetch(url, init);
    if (response.status === 404) return { status: 'not-found' };
    if (response.status === 400 || response.status === 409 || response.status === 422) {
      const body: unknown = await response.json().catch(() => null);
      return { status: 'invalid', paths: issuePaths(body) };
    }
    if (response.status !== expected) return { status: 'error' };
    const body: unknown = await response.json();
    // The answer's types are the API's own (`api-answers.ts`); its top level is checked here.
    return hasKeys(body, keys) ? { status: 'ok', data: body as T } : { status: 'error' };
  } catch {
    return { status: 'error' };
  }
}

/** `GET /api/campaigns/{id}/invitation`: what the candidate reads before starting. */
export function fetchInvitation(
  id: string,
  token: string,
  locale: Locale,
): Promise<Fetched<InvitationAnswer>> {
  return call(`${base(id)}/invitation?locale=${locale}`, { headers: auth(token) }, [
    'campaign',
    'model',
    'retention',
    'rights',
    'kept',
    'consentVersions',
  ]);
}

/** `POST /api/campaigns/{id}/candidates`: shares the answers with the candidate's consent. */
export function shareResult(
  id: string,
  token: string,
  body: ShareFields & { submission: AssessmentSubmission },
): Promise<Fetched<CandidateCreatedAnswer>> {
  return call(
    `${base(id)}/candidates`,
    {
      method: 'POST',
      headers: { ...auth(token), 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    },
    ['id', 'token', 'link', 'share'],
    201,
  );
}

const candidatePath = (id: string, candidateId: string) =>
  `${base(id)}/candidates/${encodeURIComponent(candidateId)}`;

/** `GET /api/campaigns/{id}/candidates/{cid}`: the candidate's own share. */
export function fetchShare(
  id: string,
  candidateId: string,
  token: string,
): Promise<Fetched<CandidateAnswer>> {
  return call(candidatePath(id, candidateId), { headers: auth(token) }, ['campaign', 'share']);
}

/** `PATCH /api/campaigns/{id}/candidates/{cid}`: gives or withdraws the talent-pool consent. */
export function updateTalentPool(
  id: string,
  candidateId: string,
  token: string,
  talentPoolConsent: boolean,
): Promise<Fetched<CandidateAnswer>> {
  return call(
    candidatePath(id, candidateId),
    {
      method: 'PATCH',
      headers: { ...auth(token), 'Content-Type': 'application/json' },
      body: JSON.stringify({ talentPoolConsent }),
    },
    ['campaign', 'share'],
  );
}

/** `DELETE /api/campaigns/{id}/candidates/{cid}`: withdraws the share; true once it is gone. */
export async function withdrawShare(
  id: string,
  candidateId: string,
  token: string,
): Promise<boolean> {
  try {
    const response = await fetch(candidatePath(id, candidateId), {
      method: 'DELETE',
      headers: auth(token),
    });
    return response.status === 204 || response.status === 200;
  } catch {
    return false;
  }
}

/** The guide's address, campaign-wide or for one candidate, JSON or PDF. */
export function guideUrl(
  id: string,
  candidateId: string | null,
  locale: Locale,
  format?: 'pdf',
): string {
  const query = new URLSearchParams();
  if (candidateId) query.set('candidate', candidateId);
  query.set('locale', locale);
  if (format) query.set('format', format);
  return `${base(id)}/guide?${query.toString()}`;
}

/** `GET /api/campaigns/{id}/guide[?candidate=]` with the recruiter's or an interviewer's token. */
export function fetchGuide(
  id: string,
  candidateId: string | null,
  locale: Locale,
  token: string,
): Promise<Fetched<GuideAnswer>> {
  return call(guideUrl(id, candidateId, locale), { headers: auth(token) }, ['campaign', 'guide']);
}

/** The guide as a PDF, rendered by the server. */
export async function fetchGuidePdf(
  id: string,
  candidateId: string | null,
  locale: Locale,
  token: string,
): Promise<Blob> {
  const response = await fetch(guideUrl(id, candidateId, locale, 'pdf'), { headers: auth(token) });
  if (!response.ok) throw new Error(`pdf failed (${response.status})`);
  return response.blob();
}
