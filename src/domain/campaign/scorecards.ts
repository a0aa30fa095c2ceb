import type { CompetencyModel, Recommendation, Scorecard } from './schemas.ts';
import { RECOMMENDATIONS } from './schemas.ts';

/** Ratings this far apart (or more) on the 1–4 scale are a disagreement to discuss. */
export const DISAGREEMENT_SPREAD = 2;

/** Why interviewers are said to disagree on a competency. */
export type DisagreementReason = 'spread' | 'crosses-required';

/** The interviewers' ratings of one competency, put together. */
export interface CompetencyAggregate {
  skill: string;
  requiredLevel: number;
  /** The submitted ratings, in scorecard order. */
  ratings: number[];
  /** Mean rating, or null when nobody rated it. */
  mean: number | null;
  /** Highest minus lowest rating (0 with fewer than two ratings). */
  spread: number;
  /**
   * Why it needs a discussion: ratings `DISAGREEMENT_SPREAD` or more apart, or some at or above the
   * required level and some below it (interviewers disagree on whether the bar is met). Empty when
   * they agree.
   */
  disagreement: DisagreementReason[];
}

/** All submitted scorecards of one candidate, put together. */
export interface ScorecardAggregate {
  /** How many scorecards were submitted (drafts are never counted). */
  submitted: number;
  competencies: CompetencyAggregate[];
  /** How many interviewers gave each overall recommendation. */
  recommendations: Record<Recommendation, number>;
  /** True when recommendations fall on both sides of the scale (some no, some yes). */
  recommendationsSplit: boolean;
}

/**
 * Puts the submitted scorecards of one candidate together, competency by competency in the model's
 * order: mean, spread and disagreements; and the distribution of overall recommendations. Drafts are
 * left out: nobody's unfinished rating weighs on the result.
 */
export function aggregateScorecards(
  model: CompetencyModel,
  scorecards: readonly Pick<Scorecard, 'ratings' | 'recommendation' | 'submittedAt'>[],
): ScorecardAggregate {
  const submitted = scorecards.filter((card) => card.submittedAt !== undefined);
  const competencies = model.map(({ skill, level }): CompetencyAggregate => {
    const ratings = submitted.flatMap(
      (card) => card.ratings.find((rating) => rating.skill === skill)?.rating ?? [],
    );
    const mean = ratings.length ? ratings.reduce((sum, r) => sum + r, 0) / ratings.length : null;
    const spread = ratings.length ? Math.max(...ratings) - Math.min(...ratings) : 0;
    const disagreement: DisagreementReason[] = [];
    if (spread >= DISAGREEMENT_SPREAD) disagreement.push('spread');
    if (ratings.some((r) => r >= level) && ratings.some((r) => r < level)) {
      disagreement.push('crosses-required');
    }
    return { skill, requiredLevel: level, ratings, mean, spread, disagreement };
  });
  const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<
    Recommendation,
    number
  >;
  for (const card of submitted) {
    if (card.recommendation) recommendations[card.recommendation] += 1;
  }
  const noes = recommendations['strong-no'] + recommendations.no;
  const yeses = recommendations.yes + recommendations['strong-yes'];
  return {
    submitted: submitted.length,
    competencies,
    recommendations,
    recommendationsSplit: noes > 0 && yeses > 0,
  };
}

/**
 * Whether an interviewer may see the other interviewers' ratings of a candidate: only once they
 * have submitted their own scorecard, so nobody anchors on someone else's judgement.
 */
export function canSeeOthersRatings(
  ownScorecard: Pick<Scorecard, 'submittedAt'> | undefined,
): boolean {
  return ownScorecard?.submittedAt !== undefined;
}
