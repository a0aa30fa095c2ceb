/**
 * The hiring campaign's one entry point for endpoints and pages: a campaign made from a saved job
 * description (its competencies, required levels and weight classes), the candidates' invitation
 * and shares (scored here, from the answers), the recruiter's view, reveals, decisions, the
 * interviewers and their scorecards, and the interview guide. Every call takes the request (for its
 * bearer token) and answers `undefined` when the token does not open what is asked: the endpoint
 * then answers the API's one 404. Other refusals come back as a ready `Response` (4xx with field
 * issues).
 *
 * This file only gathers them; each party's calls live in their own file: `recruiter.ts` (the
 * campaign: create, read, settings and end, delete, invitation link), `recruiter-candidates.ts`
 * (reveal, compare, decide), `candidate.ts` (invitation, share, own view, withdrawal),
 * `interviewer.ts` (the panel and its scorecards), `guide.ts`; `access.ts` (parties, outcomes),
 * `views.ts` (links and summaries) and `settings.ts` (retention and last day, bounded) hold what
 * they share.
 */

export { CAMPAIGNS } from './store.ts';
export { isCampaignId, type Outcome } from './access.ts';
export { campaignLinks } from './views.ts';
export {
  createCampaign,
  deleteCampaign,
  readCampaign,
  replaceInvitation,
  updateCampaign,
} from './recruiter.ts';
export { compareCandidates, decideCandidate, revealCandidates } from './recruiter-candidates.ts';
export {
  readCandidate,
  readInvitation,
  shareCandidate,
  updateCandidate,
  withdrawCandidate,
} from './candidate.ts';
export {
  addInterviewer,
  readInterviewer,
  removeInterviewer,
  saveScorecard,
} from './interviewer.ts';
export { readGuide } from './guide.ts';
