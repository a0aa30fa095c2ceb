import type { Locale } from '../text/index.ts';
import { anonymousLabel } from './anonymous.ts';
import type { CompetencyModel, CompetencyRating, Recommendation, Scorecard } from './schemas.ts';
import { missingRatings } from './schemas.ts';
import type { ScorecardAggregate } from './scorecards.ts';
import { aggregateScorecards, canSeeOthersRatings } from './scorecards.ts';
import type { SharedCandidate, ScorecardForView } from './present-candidate.ts';

/**
 * The interviewer's view: candidates anonymous unless revealed, their own scorecards, and others'
 * only once their own is submitted (to avoid anchoring).
 */

/** A scorecard as its author (or, once allowed, another interviewer) sees it. */
export interface ScorecardView {
  ratings: CompetencyRating[];
  recommendation: Recommendation | null;
  submittedAt: string | null;
  /** Competencies of the model not rated yet (submit refuses while any is left). */
  missing: string[];
}

/** Another interviewer's submitted scorecard, shown only after one's own is submitted. */
export interface OtherScorecard {
  interviewer: string;
  ratings: CompetencyRating[];
  recommendation: Recommendation | null;
  submittedAt: string;
}

/** One candidate in an interviewer's view. */
export interface InterviewerCandidate {
  id: string;
  label: string;
  /** The candidate's name only once the recruiter revealed it (null otherwise). */
  name: string | null;
  own: ScorecardView | null;
  /** True once this interviewer submitted their own scorecard for the candidate. */
  othersVisible: boolean;
  /** Other interviewers' submitted scorecards; empty until `othersVisible`. */
  others: OtherScorecard[];
  /** The aggregate of all submitted scorecards; null until `othersVisible`. */
  aggregate: ScorecardAggregate | null;
}

/**
 * The candidates as one interviewer sees them: anonymous labels (names only once revealed), their
 * own scorecard, and the others' ratings only after submitting their own (no anchoring).
 */
export function presentInterviewerCandidates(input: {
  model: CompetencyModel;
  interviewerId: string;
  interviewers: readonly { id: string; label: string }[];
  candidates: readonly SharedCandidate[];
  scorecards: readonly ScorecardForView[];
  locale: Locale;
}): InterviewerCandidate[] {
  const labels = new Map(input.interviewers.map((i) => [i.id, i.label]));
  return [...input.candidates]
    .sort((a, b) => a.labelIndex - b.labelIndex)
    .map((candidate) => {
      const cards = input.scorecards.filter((card) => card.candidateId === candidate.id);
      const own = cards.find((card) => card.interviewerId === input.interviewerId);
      const visible = canSeeOthersRatings(own);
      return {
        id: candidate.id,
        label: anonymousLabel(candidate.labelIndex, input.locale),
        name: candidate.revealedAt ? (candidate.displayName ?? null) : null,
        own: own ? scorecardView(input.model, own) : null,
        othersVisible: visible,
        others: visible
          ? cards.flatMap((card) =>
              card.interviewerId !== input.interviewerId && card.submittedAt
                ? [
                    {
                      interviewer: labels.get(card.interviewerId) ?? '',
                      ratings: card.ratings,
                      recommendation: card.recommendation ?? null,
                      submittedAt: card.submittedAt,
                    },
                  ]
                : [],
            )
          : [],
        aggregate: visible ? aggregateScorecards(input.model, cards) : null,
      };
    });
}

/** A scorecard for its author: ratings, recommendation, and what is still missing. */
export function scorecardView(
  model: CompetencyModel,
  card: Pick<Scorecard, 'ratings' | 'recommendation' | 'submittedAt'>,
): ScorecardView {
  return {
    ratings: card.ratings,
    recommendation: card.recommendation ?? null,
    submittedAt: card.submittedAt ?? null,
    missing: missingRatings(model, card),
  };
}
