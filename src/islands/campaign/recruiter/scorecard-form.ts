import { z } from 'zod';
import type { ModelCompetencyView } from '../../../domain/campaign/api-answers.ts';
import type { ScorecardView } from '../../../domain/campaign/present.ts';
import type { ScorecardRequest } from '../../../domain/campaign/requests.ts';
import {
  CompetencyRatingSchema,
  RatingSchema,
  RecommendationSchema,
} from '../../../domain/campaign/schemas.ts';

/**
 * The scorecard form's values and schemas. Radio buttons give strings (or null when none is
 * checked), so the form keeps « 1 »–« 4 » as text and the request is built from it; the two
 * schemas say what a draft and a submitted scorecard need, on the domain's own rating,
 * recommendation and evidence schemas.
 */

/** What the form holds for one candidate. */
export interface ScorecardFormValues {
  ratings: Record<string, string | null>;
  evidence: Record<string, string>;
  recommendation: string | null;
}

/** The messages the submit schema puts next to missing fields. */
export interface ScorecardFormMessages {
  missingRating: string;
  missingRecommendation: string;
}

const RATING_TEXT = z.enum(['1', '2', '3', '4']);
const EMPTY = z.union([z.literal(''), z.null()]);

/**
 * The schema of the form: for a draft anything chosen so far; for a submission, a rating for
 * every competency of the model and an overall recommendation, each missing one named.
 */
export function scorecardFormSchema(
  model: readonly Pick<ModelCompetencyView, 'skill'>[],
  mode: 'draft' | 'submit',
  messages: ScorecardFormMessages,
) {
  const rating =
    mode === 'submit'
      ? RATING_TEXT.or(EMPTY).refine((v) => v !== '' && v !== null, {
          error: messages.missingRating,
        })
      : RATING_TEXT.or(EMPTY);
  const recommendation =
    mode === 'submit'
      ? RecommendationSchema.or(EMPTY).refine((v) => v !== '' && v !== null, {
          error: messages.missingRecommendation,
        })
      : RecommendationSchema.or(EMPTY);
  return z.object({
    ratings: z.object(Object.fromEntries(model.map((c) => [c.skill, rating]))),
    evidence: z.object(
      Object.fromEntries(model.map((c) => [c.skill, CompetencyRatingSchema.shape.evidence])),
    ),
    recommendation,
  });
}

/** The form's first values: the interviewer's saved draft, or nothing chosen. */
export function formValuesOf(
  model: readonly Pick<ModelCompetencyView, 'skill'>[],
  own: ScorecardView | null,
): ScorecardFormValues {
  const byId = new Map((own?.ratings ?? []).map((r) => [r.skill, r]));
  return {
    ratings: Object.fromEntries(
      model.map((c) => [c.skill, byId.has(c.skill) ? String(byId.get(c.skill)?.rating) : null]),
    ),
    evidence: Object.fromEntries(model.map((c) => [c.skill, byId.get(c.skill)?.evidence ?? ''])),
    recommendation: own?.recommendation ?? null,
  };
}

/** The request body of `PUT …/scorecards/{cid}` from the form's values. */
export function scorecardRequestOf(
  model: readonly Pick<ModelCompetencyView, 'skill'>[],
  values: ScorecardFormValues,
  submit: boolean,
): ScorecardRequest {
  const ratings = model.flatMap((c) => {
    const rating = RatingSchema.safeParse(Number(values.ratings[c.skill] ?? ''));
    return rating.success
      ? [{ skill: c.skill, rating: rating.data, evidence: values.evidence[c.skill]?.trim() ?? '' }]
      : [];
  });
  const recommendation = RecommendationSchema.safeParse(values.recommendation);
  return {
    ratings,
    ...(recommendation.success ? { recommendation: recommendation.data } : {}),
    submit,
  };
}
