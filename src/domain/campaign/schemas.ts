import { z } from 'zod';
import { IdSchema, LevelSchema } from '../content/common.ts';
import { ResponseFlagKindSchema } from '../content/interview.ts';
import { WeightClassSchema } from '../content/role.ts';
import { LocaleSchema } from '../text/locale-schema.ts';

/** Where the job is: the forbidden-questions box and its legal references depend on it. */
export const JurisdictionSchema = z.enum(['fr', 'qc', 'other']);
export type Jurisdiction = z.output<typeof JurisdictionSchema>;

/**
 * The jurisdiction of a job from its place of work, as the job description records it: France
 * (`FR`), Québec (`CA` with region `QC` or « Québec »), anything else `other`.
 */
export function jurisdictionOf(country: string, region?: string): Jurisdiction {
  if (country.toUpperCase() === 'FR') return 'fr';
  const place = (region ?? '').trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (country.toUpperCase() === 'CA' && (place === 'qc' || place === 'quebec')) return 'qc';
  return 'other';
}

/** One competency of the job, as the campaign assesses and interviews on it. */
export const CampaignCompetencySchema = z.object({
  /** Id of a catalogue skill of kind `soft` or `know-how`. */
  skill: IdSchema,
  /** The level the job requires, on the catalogue's 1–4 scale. */
  level: LevelSchema,
  /** Article 001: savoir-être and savoir-agir mandatory, savoir-faire relative. */
  weight: WeightClassSchema,
  /**
   * The two questions of the bank this campaign asks, by id (the same for every candidate). When
   * absent, the bank's first two questions.
   */
  questionIds: z.array(IdSchema).length(2).optional(),
});
export type CampaignCompetency = z.output<typeof CampaignCompetencySchema>;

/** The job's competency model: its competencies, each skill once. */
export const CompetencyModelSchema = z
  .array(CampaignCompetencySchema)
  .min(1)
  .superRefine((model, ctx) => {
    const seen = new Set<string>();
    model.forEach((competency, index) => {
      if (seen.has(competency.skill)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'skill'],
          message: `the skill "${competency.skill}" appears twice`,
        });
      }
      seen.add(competency.skill);
    });
  });
export type CompetencyModel = z.output<typeof CompetencyModelSchema>;

/** How long the recruiter keeps candidates' data, in months (bounded by the retention content). */
export const CampaignRetentionSchema = z.object({
  /** Candidates not hired: counted from the decision, or the campaign's end when undecided. */
  notHiredMonths: z.number().int().min(1),
  /** Candidates in the talent pool with their consent: counted from their last active contact. */
  talentPoolMonths: z.number().int().min(1),
});
export type CampaignRetention = z.output<typeof CampaignRetentionSchema>;

/** A hiring campaign for one saved job description. */
export const CampaignSchema = z.object({
  id: IdSchema,
  /** Id of the saved job description the model comes from. */
  jobId: z.string().min(1),
  /** The job title, as the candidates see it in the invitation. */
  title: z.string().trim().min(2).max(160),
  /** Who is recruiting, as the candidates see it (company or organisation name). */
  organisation: z.string().trim().min(1).max(160),
  locale: LocaleSchema,
  jurisdiction: JurisdictionSchema,
  model: CompetencyModelSchema,
  retention: CampaignRetentionSchema,
  createdAt: z.iso.datetime(),
  /**
   * The campaign's last day (`YYYY-MM-DD`, UTC): it ends when that day is over, or earlier when
   * the recruiter closes it (`end.ts`). Set at creation (three months ahead by default, at most
   * twelve); closing early sets it to the day of the close.
   */
  endsOn: z.iso.date(),
  /** When the recruiter closed the campaign early; undecided candidates count as not hired from then. */
  closedAt: z.iso.datetime().optional(),
});
export type Campaign = z.output<typeof CampaignSchema>;

/** A candidate invitation link of a campaign (the secret itself is stored hashed, elsewhere). */
export const InvitationSchema = z.object({
  id: IdSchema,
  campaignId: IdSchema,
  createdAt: z.iso.datetime(),
  /** After this time the link no longer lets anyone start. */
  expiresAt: z.iso.datetime().optional(),
  /** Set when the recruiter switches the link off. */
  revokedAt: z.iso.datetime().optional(),
});
export type Invitation = z.output<typeof InvitationSchema>;

/** An explicit consent: when it was given and which wording the person saw. */
export const ConsentSchema = z.object({
  givenAt: z.iso.datetime(),
  /** Version of the consent text shown, e.g. `share-2026-11`; the text itself lives in i18n. */
  textVersion: z.string().regex(/^[a-z0-9-]+$/),
  /** The locale the text was shown in. */
  locale: LocaleSchema,
});
export type Consent = z.output<typeof ConsentSchema>;

/** A caution about the candidate's answers that the interviewer should check. */
export const ResponseFlagSchema = z.object({
  kind: ResponseFlagKindSchema,
  /** The skills the caution is about, when it is about some skills only. */
  skills: z.array(IdSchema).default([]),
});
export type ResponseFlag = z.output<typeof ResponseFlagSchema>;

/**
 * What a campaign needs of a candidate's assessment result: level per skill (1–4) and cautions.
 * The assessment slice maps its own result to this shape when the candidate shares.
 */
export const CandidateProfileSchema = z.object({
  /** Level per skill id on the catalogue's 1–4 scale; a skill not measured is absent. */
  levels: z.record(IdSchema, LevelSchema),
  flags: z.array(ResponseFlagSchema).default([]),
  /** How sure the result is, 0–1, as the assessment reports it. */
  confidence: z.number().min(0).max(1).optional(),
});
export type CandidateProfile = z.output<typeof CandidateProfileSchema>;
export type CandidateProfileInput = z.input<typeof CandidateProfileSchema>;

/** A candidate's share of their result with one campaign, with their separate consents. */
export const CandidateShareSchema = z.object({
  id: IdSchema,
  campaignId: IdSchema,
  /** Id of the stored assessment result that is shared. */
  resultId: z.string().min(1),
  /** Optional: the candidate may stay pseudonymous. */
  displayName: z.string().trim().min(1).max(120).optional(),
  email: z.email().optional(),
  /** Consent to share the result with this recruiter. */
  consent: ConsentSchema,
  /** Consent to be kept in the talent pool after the campaign (separate, optional). */
  talentPoolConsent: ConsentSchema.optional(),
  /** Set when the candidate withdraws: the result leaves the recruiter's view at once. */
  withdrawnAt: z.iso.datetime().optional(),
  /** The candidate's last active contact (a reply, a visit to their link), for the talent pool. */
  lastContactAt: z.iso.datetime().optional(),
});
export type CandidateShare = z.output<typeof CandidateShareSchema>;

/** A rating on the anchored 1–4 scale (the skill's four level descriptors). */
export const RatingSchema = z.number().int().min(1).max(4);

/** The overall recommendation, on a four-point scale with no middle. */
export const RecommendationSchema = z.enum(['strong-no', 'no', 'yes', 'strong-yes']);
export type Recommendation = z.output<typeof RecommendationSchema>;

/** The recommendations in scale order, from strong no to strong yes. */
export const RECOMMENDATIONS = RecommendationSchema.options;

/** One competency's rating on a scorecard, with the evidence heard (facts, not impressions). */
export const CompetencyRatingSchema = z.object({
  skill: IdSchema,
  rating: RatingSchema,
  /** What the candidate said or did that supports the rating. */
  evidence: z.string().trim().max(2000).default(''),
});
export type CompetencyRating = z.output<typeof CompetencyRatingSchema>;

/** Adds an issue for each competency a scorecard rates a second time (each is rated once). */
export function refuseRatingsTwice(
  ratings: readonly Pick<CompetencyRating, 'skill'>[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  ratings.forEach((rating, index) => {
    if (seen.has(rating.skill)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ratings', index, 'skill'],
        message: `the competency "${rating.skill}" is rated twice`,
      });
    }
    seen.add(rating.skill);
  });
}

/** An interviewer's scorecard for one candidate; a draft until submitted. */
export const ScorecardSchema = z
  .object({
    id: IdSchema,
    campaignId: IdSchema,
    candidateId: IdSchema,
    interviewerId: IdSchema,
    ratings: z.array(CompetencyRatingSchema),
    recommendation: RecommendationSchema.optional(),
    /** Set once, when the interviewer submits; the scorecard is then final. */
    submittedAt: z.iso.datetime().optional(),
  })
  .superRefine((card, ctx) => {
    refuseRatingsTwice(card.ratings, ctx);
    if (card.submittedAt && !card.recommendation) {
      ctx.addIssue({
        code: 'custom',
        path: ['recommendation'],
        message: 'a submitted scorecard needs an overall recommendation',
      });
    }
  });
export type Scorecard = z.output<typeof ScorecardSchema>;
export type ScorecardInput = z.input<typeof ScorecardSchema>;

/**
 * Whether a scorecard rates every competency of the model: the service refuses to submit one that
 * does not, naming the missing competencies.
 */
export function missingRatings(model: CompetencyModel, card: Pick<Scorecard, 'ratings'>): string[] {
  const rated = new Set(card.ratings.map((rating) => rating.skill));
  return model.filter((competency) => !rated.has(competency.skill)).map((c) => c.skill);
}

/** The recruiter's decision on a candidate. */
export const DecisionSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('hired'), decidedAt: z.iso.datetime() }),
  z.object({ outcome: z.literal('rejected'), decidedAt: z.iso.datetime() }),
  /** Only for a candidate who gave their talent-pool consent; the service checks that it exists. */
  z.object({ outcome: z.literal('talent-pool'), decidedAt: z.iso.datetime() }),
]);
export type Decision = z.output<typeof DecisionSchema>;
export type DecisionOutcome = Decision['outcome'];

/**
 * Why a decision may not be recorded for this candidate, or `null` when it may: the talent pool
 * needs the candidate's own consent, and a withdrawn candidate has left the campaign.
 */
export function decisionProblem(
  decision: Decision,
  share: Pick<CandidateShare, 'talentPoolConsent' | 'withdrawnAt'>,
): 'talent-pool-without-consent' | 'withdrawn' | null {
  if (share.withdrawnAt) return 'withdrawn';
  if (decision.outcome === 'talent-pool' && !share.talentPoolConsent) {
    return 'talent-pool-without-consent';
  }
  return null;
}
