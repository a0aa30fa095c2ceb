/**
 * View models of a hiring campaign: the recruiter's list of candidates who shared (fit to this job
 * with its own weights, level against the required level, gaps, cautions, confidence, scorecards
 * and decision), the side-by-side comparison, and the interviewer's view. Pure: the API answers
 * them as they are, the islands only render them.
 *
 * This file gathers them; each idea has its own file: `present-candidate.ts` (one candidate's row
 * and what the views read), `present-recruiter.ts` (the list, sorted and filtered),
 * `present-compare.ts` (side by side), `present-interviewer.ts` (the interviewer's view); the
 * campaign's end is `present-end.ts`.
 */

export type {
  SkillInfo,
  CampaignTool,
  CampaignForView,
  SharedCandidate,
  ScorecardForView,
  CompetencyLevel,
  CandidateGap,
  CandidateFlag,
  Disagreement,
  CandidateRow,
} from './present-candidate.ts';
export {
  campaignRequirements,
  competencyLevels,
  campaignFit,
  presentCandidate,
} from './present-candidate.ts';
export type { RecruiterView } from './present-recruiter.ts';
export { matchesFilter, sortRows, presentRecruiterView } from './present-recruiter.ts';
export type { CompareView } from './present-compare.ts';
export { presentComparison } from './present-compare.ts';
export type { ScorecardView, OtherScorecard, InterviewerCandidate } from './present-interviewer.ts';
export { presentInterviewerCandidates, scorecardView } from './present-interviewer.ts';
