import type { AssessmentResult } from '../assessment/evaluate.ts';
import type { Confidence } from '../assessment/quality.ts';
import type { WeightClass } from '../content/role.ts';
import type { Locale } from '../text/index.ts';
import type { InterviewGuide } from './guide.ts';
import type { CampaignEndView } from './present-end.ts';
import type {
  CandidateRow,
  CompareView,
  CompetencyLevel,
  InterviewerCandidate,
  RecruiterView,
  ScorecardView,
} from './present.ts';
import type { ResponseFlag } from './schemas.ts';
import type { Consent, Decision, Jurisdiction } from './schemas.ts';

/**
 * The answers of the campaign API (`/api/campaigns/**`), one type per endpoint. They live in the
 * domain so that islands (which may not import server code) can type their calls; the server
 * re-exports them from `src/server/campaign/answers.ts`. Error answers are the API's usual
 * `{ error, issues: [{ path, message }] }` (`src/server/http/api.ts`).
 */

/** Private pages of a campaign (tokens go in the fragment, never to the server). */
export interface CampaignLinks {
  /** The recruiter's page: `/campaigns/{id}/` (add `#<recruiterToken>`). */
  recruiter: string;
  /** The candidates' invitation page: `/campaigns/{id}/invitation/` (add `#<invitationToken>`). */
  invitation: string;
  /** The printable interview guide: `/campaigns/{id}/guide/` (add `#<token>`). */
  guide: string;
  /** The campaign's API address. */
  api: string;
}

/** A retention period with its bounds and source (CNIL recruitment guide), in one locale. */
export interface RetentionPeriodView {
  months: number;
  defaultMonths: number;
  maxMonths: number;
  /** What it counts from, in words. */
  from: string;
  source: { name: string; year: number; url?: string | undefined };
}

/** The campaign's retention, as set, with the CNIL defaults and maxima. */
export interface RetentionView {
  notHired: RetentionPeriodView;
  talentPool: RetentionPeriodView;
}

/** One competency of the campaign's model, with its label in the campaign's locale. */
export interface ModelCompetencyView {
  skill: string;
  label: string;
  kind: 'soft' | 'know-how';
  weight: WeightClass;
  requiredLevel: number;
}

/** One tool the job requires. */
export interface ModelToolView {
  skill: string;
  label: string;
  requiredLevel: number;
}

/** What a campaign is, as every party may read it. */
export interface CampaignSummary {
  id: string;
  title: string;
  organisation: string;
  locale: Locale;
  jurisdiction: Jurisdiction;
  createdAt: string;
  /**
   * When the campaign closed: the recruiter's early close, or the end of its last day once that is
   * over (a campaign always ends); null while it is open.
   */
  closedAt: string | null;
  /** The campaign's last day, `YYYY-MM-DD` (UTC); the day of the close when closed early. */
  endsOn: string;
  /** When the campaign ends or ended (ISO instant): the end of `endsOn`, or the early close. */
  endsAt: string;
}

/** `POST /api/campaigns` → 201. The tokens are shown once; only their hashes are stored. */
export interface CreateCampaignAnswer {
  id: string;
  version: number;
  recruiterToken: string;
  invitationToken: string;
  /** Page addresses without tokens; `recruiterLink` and `invitationLink` carry them. */
  links: CampaignLinks;
  /** `/campaigns/{id}/#<recruiterToken>`, in the campaign's locale. */
  recruiterLink: string;
  /** `/campaigns/{id}/invitation/#<invitationToken>`, to send to candidates. */
  invitationLink: string;
}

/** An interviewer as the recruiter sees them. */
export interface InterviewerSummary {
  id: string;
  label: string;
  addedAt: string;
  /** Scorecards this interviewer submitted (drafts are not counted). */
  submitted: number;
}

/** One logged reveal of names. */
export interface RevealLogEntry {
  at: string;
  /** Who revealed: the campaign's recruiter (the only party who can). */
  by: 'recruiter';
  candidateIds: string[];
}

/** `GET /api/campaigns/{id}` (and `PATCH`) → the recruiter's view; `ETag` is `version`. */
export interface RecruiterCampaignAnswer {
  campaign: CampaignSummary;
  version: number;
  jobId: string;
  model: ModelCompetencyView[];
  tools: ModelToolView[];
  retention: RetentionView;
  /** The campaign's end: last day, whether it is over, bounds of a new last day, deletion date. */
  end: CampaignEndView;
  invitation: {
    /** `active`; `closed` once the campaign closed or its last day is over (nobody can start). */
    status: 'active' | 'closed';
    /** When the current link was made (a replacement makes a new one). */
    createdAt: string;
  };
  interviewers: InterviewerSummary[];
  /** Candidates who shared (withdrawn ones are gone), sorted and filtered as asked. */
  view: RecruiterView;
  reveals: RevealLogEntry[];
  links: CampaignLinks;
}

/** `POST /api/campaigns/{id}/invitation` → a new invitation token (the old one is then a 404). */
export interface InvitationTokenAnswer {
  invitationToken: string;
  invitationLink: string;
}

/** `POST /api/campaigns/{id}/reveal` → the names and e-mails (null when the candidate gave none). */
export interface RevealAnswer {
  at: string;
  revealed: { candidateId: string; label: string; name: string | null; email: string | null }[];
}

/** `GET /api/campaigns/{id}/compare?candidates=a,b[,c,d]`. */
export type CompareAnswer = CompareView;

/** `PUT /api/campaigns/{id}/candidates/{cid}/decision` → the decision and when data goes. */
export interface DecisionAnswer {
  candidateId: string;
  decision: Decision;
  deletionDate: string | null;
}

/** `POST /api/campaigns/{id}/interviewers` → 201; the token is shown once. */
export interface InterviewerCreatedAnswer {
  id: string;
  label: string;
  token: string;
  /** `/campaigns/{id}/interviewers/{iid}/#<token>`. */
  link: string;
}

/** What a candidate's share keeps, and the rights the candidate has (keys for the UI's texts). */
export const KEPT_DATA = ['levels', 'cautions', 'confidence', 'name', 'email', 'consents'] as const;
export type KeptData = (typeof KEPT_DATA)[number];
export const CANDIDATE_RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'withdraw',
  'objection',
  'complaint',
] as const;
export type CandidateRight = (typeof CANDIDATE_RIGHTS)[number];

/** `GET /api/campaigns/{id}/invitation` with the invitation token. */
export interface InvitationAnswer {
  campaign: CampaignSummary;
  /** The purpose: assessing candidates for this job (the UI words it). */
  purpose: 'recruitment';
  /** The job's competencies the result is read against. */
  model: ModelCompetencyView[];
  kept: KeptData[];
  retention: RetentionView;
  rights: CandidateRight[];
  /** The questionnaire version the assessment uses now. */
  questionnaireVersion: string;
  consentVersions: { share: string; talentPool: string };
  /** False once the campaign closed or its last day is over: the page explains, nobody can share. */
  open: boolean;
}

/** The assessment result as `POST /api/assessments/score` answers it. */
export interface ScoredResult {
  result: AssessmentResult;
  explanations: Record<string, { summary: string; cap?: string | undefined; lines: string[] }>;
}

/** What the candidate shared, as they see it on their own page. */
export interface CandidateOwnView {
  id: string;
  /** The anonymous label the recruiter sees until a reveal. */
  label: string;
  sharedAt: string;
  displayName: string | null;
  email: string | null;
  /** Whether the recruiter has seen the name and e-mail (a logged reveal). */
  revealed: boolean;
  consent: Consent;
  talentPoolConsent: Consent | null;
  /** What the recruiter sees: fit to this job, level against required, cautions, confidence. */
  fit: number;
  competencies: CompetencyLevel[];
  flags: ResponseFlag[];
  confidence: Confidence;
  decision: Decision | null;
  /**
   * When the data will be deleted under the campaign's retention (for an undecided candidate: the
   * campaign's end plus the not-hired period; it moves if the end moves). Always set now; the type
   * keeps `null` for older clients.
   */
  deletionDate: string | null;
}

/** `POST /api/campaigns/{id}/candidates` → 201; the token is shown once. */
export interface CandidateCreatedAnswer {
  id: string;
  token: string;
  /** `/campaigns/{id}/candidates/{cid}/#<token>`. */
  link: string;
  /** The full result, scored by the server from the answers (only levels and cautions are kept). */
  result: ScoredResult;
  share: CandidateOwnView;
}

/** `GET` and `PATCH /api/campaigns/{id}/candidates/{cid}` with the candidate token. */
export interface CandidateAnswer {
  campaign: CampaignSummary;
  share: CandidateOwnView;
  retention: RetentionView;
  rights: CandidateRight[];
  kept: KeptData[];
}

/** `GET /api/campaigns/{id}/interviewers/{iid}` with the interviewer's token. */
export interface InterviewerAnswer {
  campaign: CampaignSummary;
  interviewer: { id: string; label: string };
  model: ModelCompetencyView[];
  /** Anonymous unless revealed; others' scorecards only once one's own is submitted. */
  candidates: InterviewerCandidate[];
}

/** `PUT /api/campaigns/{id}/interviewers/{iid}/scorecards/{cid}` → the interviewer's card. */
export interface ScorecardAnswer {
  candidateId: string;
  scorecard: ScorecardView;
  /** The candidate as this interviewer now sees them (others' ratings once submitted). */
  candidate: InterviewerCandidate;
}

/** `GET /api/campaigns/{id}/guide[?candidate=cid]` with the recruiter's or an interviewer's token. */
export interface GuideAnswer {
  campaign: CampaignSummary;
  /** The candidate the guide is for (label, and name once revealed), or null for the campaign. */
  candidate: { id: string; label: string; name: string | null } | null;
  guide: InterviewGuide;
}

/** Re-exported for clients typing a row of the recruiter's list and the campaign's end. */
export type { CampaignEndView, CandidateRow };
