import { RecordIdSchema } from '../../domain/campaign/requests.ts';
import { apiError, type ApiIssue } from '../http/api.ts';
import { changeCondition } from '../http/versions.ts';
import type { CampaignRecord, Refusal } from './store.ts';

/**
 * Who may call what: the parties a call asks for (recruiter, one candidate, one interviewer),
 * how an answer or a refusal comes back to the endpoint, and the shape of a campaign id.
 */

/** What a call answers: the answer, a refusal (4xx) to send as is, or undefined for the 404. */
export type Outcome<T> = T | Response | undefined;

/** A refusal of a change (4xx with field issues): nothing is written, the answer is sent as is. */
export function refuse(status: number, error: string, issues: ApiIssue[]): Refusal {
  return { refusal: apiError(status, error, issues) };
}

/** The outcome of a change as a call answers it: its result, its refusal, or undefined (404). */
export function unwrap<T>(outcome: { result: T } | Refusal | undefined): Outcome<T> {
  if (!outcome) return undefined;
  if ('refusal' in outcome) return outcome.refusal;
  return outcome.result;
}

/** The expected version from `If-Match`, or its 412 answer. */
export function ifMatch(request: Request) {
  return (record: CampaignRecord) => {
    const when = changeCondition(request, record.version);
    return when.ok ? when.condition.expectedVersion : when.response;
  };
}

/** The recruiter's calls: only the campaign's own token opens them. */
export const RECRUITER = [{ kind: 'recruiter' }] as const;

/** The calls of one candidate: only that candidate's token opens them. */
export const candidateParty = (candidateId: string | undefined) =>
  [{ kind: 'candidate', id: candidateId ?? '' }] as const;

/** The calls of one interviewer: only that interviewer's token opens them. */
export const interviewerParty = (interviewerId: string | undefined) =>
  [{ kind: 'interviewer', id: interviewerId ?? '' }] as const;

/** Whether `id` has the shape of a record id (pages answer the same for every such id). */
export function isCampaignId(id: string | undefined): id is string {
  return !!id && RecordIdSchema.safeParse(id).success;
}
