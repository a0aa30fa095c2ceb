import { z } from 'zod';

import { LocaleSchema } from '../text/locale-schema.ts';
import { CompetencyRatingSchema, RecommendationSchema, refuseRatingsTwice } from './schemas.ts';

/**
 * The request bodies of the campaign API, one zod schema each, shared by the endpoints, the
 * islands' forms and the tests. The schemas that depend on content (the retention maxima, the
 * questionnaire) are built by functions the server calls with that content.
 */

/** Version of the share-consent wording the candidate saw; the text itself lives in i18n. */
export const SHARE_CONSENT_VERSION = 'share-2026-11';
/** Version of the talent-pool consent wording. */
export const TALENT_POOL_CONSENT_VERSION = 'talent-pool-2026-11';

/** Shape of a record id in a URL or a body (see `newCredentials`). */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, { error: 'an unknown id' });

/**
 * A retention the recruiter sets: either period may be left out (the default, or unchanged). The
 * service then checks it against the CNIL maxima of the retention content (a field issue naming
 * the maximum).
 */
export const RetentionPatchSchema = z.object({
  notHiredMonths: z.number().int().min(1).max(600).optional(),
  talentPoolMonths: z.number().int().min(1).max(600).optional(),
});
export type RetentionPatch = z.output<typeof RetentionPatchSchema>;

/**
 * The campaign's last day, `YYYY-MM-DD`. The request schemas take any calendar date; the service
 * then checks it against the day of the request (`campaignEndsOnSchema` in `end.ts`: not before
 * today, at most twelve months ahead), a field issue naming the bound.
 */
export const EndsOnSchema = z.iso.date({ error: 'a date, YYYY-MM-DD' });

/** `POST /api/campaigns`, with the job description's edit token as bearer. */
export const CreateCampaignRequestSchema = z.object({
  /** Id of the saved job description the competency model comes from. */
  jobId: RecordIdSchema,
  /** Who is recruiting, as candidates see it. */
  organisation: z.string().trim().min(1, { error: 'the organisation is required' }).max(160),
  /** Language of the campaign's guide and links; the job description's language by default. */
  locale: LocaleSchema.optional(),
  /** Bounded by the CNIL maxima (checked against the retention content by the service). */
  retention: RetentionPatchSchema.optional(),
  /** The campaign's last day; three months ahead when left out, at most twelve. */
  endsOn: EndsOnSchema.optional(),
});
export type CreateCampaignRequest = z.input<typeof CreateCampaignRequestSchema>;

/**
 * `PATCH /api/campaigns/{id}`: retention, the last day, and/or closing. `closed: true` closes at
 * once (the last day becomes today); `closed: false` reopens, until `endsOn` or three months
 * ahead. `endsOn` alone moves the end of a campaign still open.
 */
export const UpdateCampaignRequestSchema = z
  .object({
    retention: RetentionPatchSchema.optional(),
    closed: z.boolean().optional(),
    endsOn: EndsOnSchema.optional(),
  })
  .refine(
    (body) =>
      body.retention !== undefined || body.closed !== undefined || body.endsOn !== undefined,
    { error: 'send "retention", "endsOn", "closed" or some of them' },
  )
  .refine((body) => !(body.closed === true && body.endsOn !== undefined), {
    error: 'closing sets the last day to today: leave "endsOn" out',
    path: ['endsOn'],
  });
export type UpdateCampaignRequest = z.input<typeof UpdateCampaignRequestSchema>;

/** `POST /api/campaigns/{id}/reveal`: the candidates whose names the recruiter asks to see. */
export const RevealRequestSchema = z.object({
  candidateIds: z.array(RecordIdSchema).min(1, { error: 'name at least one candidate' }).max(200),
});
export type RevealRequest = z.input<typeof RevealRequestSchema>;

/** `PUT /api/campaigns/{id}/candidates/{cid}/decision`. */
export const DecisionRequestSchema = z.object({
  outcome: z.enum(['hired', 'rejected', 'talent-pool']),
});
export type DecisionRequest = z.input<typeof DecisionRequestSchema>;

/** `POST /api/campaigns/{id}/interviewers`: a name or a role (« Manager », "Team lead"). */
export const AddInterviewerRequestSchema = z.object({
  label: z.string().trim().min(1, { error: 'a name or role is required' }).max(80),
});
export type AddInterviewerRequest = z.input<typeof AddInterviewerRequestSchema>;

/** The fields of `POST /api/campaigns/{id}/candidates` besides the assessment answers. */
export const ShareFieldsSchema = z.object({
  /** Must be `true`: nothing is shared without the candidate's explicit, separate consent. */
  shareConsent: z.literal(true, {
    error: 'sharing needs explicit consent: send "shareConsent": true',
  }),
  /** Optional, separate: may the recruiter keep the candidate in their talent pool. */
  talentPoolConsent: z.boolean().default(false),
  /** Optional: the candidate may stay pseudonymous. */
  displayName: z.string().trim().min(1).max(120).optional(),
  email: z.email({ error: 'an e-mail address, or leave it out' }).max(254).optional(),
  /** Language the candidate read the invitation and consents in. */
  locale: LocaleSchema,
});
export type ShareFields = z.input<typeof ShareFieldsSchema>;

/**
 * `POST /api/campaigns/{id}/candidates`: the assessment answers (as `POST /api/assessments` takes
 * them, validated by the questionnaire's own schema) under `submission`, plus the share fields.
 */
export function createShareRequestSchema<S extends z.ZodType>(submission: S) {
  return ShareFieldsSchema.extend({ submission });
}

/** `PATCH /api/campaigns/{id}/candidates/{cid}`: the talent-pool consent, given or withdrawn. */
export const CandidateUpdateRequestSchema = z.object({ talentPoolConsent: z.boolean() });
export type CandidateUpdateRequest = z.input<typeof CandidateUpdateRequestSchema>;

/**
 * `PUT /api/campaigns/{id}/interviewers/{iid}/scorecards/{cid}`: the interviewer's ratings (all
 * or some, each competency once), the overall recommendation, and `submit: true` to make it final.
 */
export const ScorecardRequestSchema = z
  .object({
    ratings: z.array(CompetencyRatingSchema).max(60),
    recommendation: RecommendationSchema.optional(),
    submit: z.boolean().default(false),
  })
  .superRefine((body, ctx) => refuseRatingsTwice(body.ratings, ctx));
export type ScorecardRequest = z.input<typeof ScorecardRequestSchema>;

/** How the recruiter's list may be sorted (`?sort=`). */
export const CandidateSortSchema = z.enum(['fit', 'label', 'decision']);
export type CandidateSort = z.output<typeof CandidateSortSchema>;

/** How the recruiter's list may be filtered (`?filter=`). */
export const CandidateFilterSchema = z.enum([
  'hired',
  'rejected',
  'talent-pool',
  'undecided',
  'gaps',
]);
export type CandidateFilter = z.output<typeof CandidateFilterSchema>;

/** `?candidates=a,b[,c,d]` of the comparison: two to four distinct candidate ids. */
export const CompareQuerySchema = z
  .array(RecordIdSchema)
  .min(2, { error: 'compare at least two candidates' })
  .max(4, { error: 'compare at most four candidates' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'a candidate is named twice' });
