import type { OptionCost } from './costs.ts';
import { coverageRank } from './feasibility.ts';
import { CRITERIA } from './input.ts';
import type { Criterion, OptionId, SourcingInput } from './input.ts';

/**
 * The criteria of the score (defined with the inputs, since the person can weigh them), each tied
 * to the sources' arguments: continuity, synergy with other departments, strategic independence
 * and skills kept in the company (article 000); distance, neutrality and credibility of an outside
 * voice (000); several people, peace of mind and a broader strategic view (003); flexibility and
 * cost (000, 003); coverage of the hours needed (003); speed to start. The mapping of every
 * argument to its criterion and rating is `content/coverage/seed-coverage.yaml` (`sourcing`).
 */
export { CRITERIA } from './input.ts';
export type { Criterion } from './input.ts';

/** How well each option serves the criteria that do not depend on numbers (0 to 1). */
export const FIXED_RATINGS: Record<
  Exclude<Criterion, 'cost' | 'coverage' | 'speed'>,
  Record<OptionId, number>
> = {
  // A part-time hire keeps the in-house virtues a little less (less presence); an apprentice
  // leaves after the diploma (continuity) and is learning (breadth), but works inside every week.
  continuity: {
    'in-house': 1,
    'part-time': 0.9,
    upskill: 0.8,
    apprentice: 0.5,
    freelance: 0.3,
    agency: 0.5,
    hybrid: 0.9,
  },
  synergy: {
    'in-house': 1,
    'part-time': 0.85,
    upskill: 1,
    apprentice: 0.8,
    freelance: 0.45,
    agency: 0.25,
    hybrid: 0.85,
  },
  independence: {
    'in-house': 1,
    'part-time': 1,
    upskill: 0.9,
    apprentice: 0.8,
    freelance: 0.35,
    agency: 0.3,
    hybrid: 0.75,
  },
  'outside-view': {
    'in-house': 0.25,
    'part-time': 0.25,
    upskill: 0.1,
    apprentice: 0.2,
    freelance: 0.8,
    agency: 1,
    hybrid: 0.6,
  },
  breadth: {
    'in-house': 0.45,
    'part-time': 0.4,
    upskill: 0.2,
    apprentice: 0.15,
    freelance: 0.45,
    agency: 1,
    hybrid: 0.8,
  },
  flexibility: {
    'in-house': 0.15,
    'part-time': 0.3,
    upskill: 0.6,
    apprentice: 0.2,
    freelance: 1,
    agency: 0.75,
    hybrid: 0.5,
  },
};

/** Weeks of delay at which the speed rating reaches 0. */
const SPEED_ZERO_WEEKS = 13;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * The weight of each criterion, from the inputs: what the person said matters. Shown to them.
 * A 1-to-5 answer weighs its value minus one, so "1 = hardly matters" really drops the criterion.
 * The coverage weight does not depend on the coverage asked for (only the ratings do), so that
 * asking for more coverage can never raise the score of an option that covers less.
 */
export function weighCriteria(input: SourcingInput): Record<Criterion, number> {
  const computed = computedWeights(input);
  return Object.fromEntries(
    CRITERIA.map((criterion) => [criterion, input.weights[criterion] ?? computed[criterion]]),
  ) as Record<Criterion, number>;
}

/** The weights the inputs imply, before the person's own weights replace any of them. */
export function computedWeights(input: SourcingInput): Record<Criterion, number> {
  const has = (objective: SourcingInput['objectives'][number]) =>
    input.objectives.includes(objective);
  return {
    continuity: clamp(input.horizonMonths / 12, 0.5, 3),
    synergy: input.closeness - 1 + (has('internal') ? 1 : 0) + (has('customer-service') ? 0.5 : 0),
    independence: input.independence - 1,
    'outside-view': input.outsideVoice - 1,
    breadth:
      0.5 +
      0.5 * input.objectives.length +
      (has('e-reputation') ? 1 : 0) +
      (has('acquisition') ? 0.5 : 0),
    flexibility: clamp(12 / input.horizonMonths, 0.5, 3),
    cost: 5,
    coverage: 1.5 + (has('customer-service') ? 1 : 0) + (has('e-reputation') ? 1 : 0),
    speed: clamp(12 / input.startWithinWeeks, 0.5, 3),
  };
}

/** Rating of an option for the coverage asked: 1 when it covers it, less for each level short. */
export function coverageRating(cost: OptionCost, input: SourcingInput): number {
  const gap = coverageRank(input.coverage) - coverageRank(cost.coverage);
  return gap <= 0 ? 1 : Math.max(0, 1 - 0.45 * gap);
}

/**
 * Every option's rating on every criterion (0 to 1). Cost is the square of the cheapest total over
 * this option's total: twice the price rates 0.25, so paying a half-time salary for a few hours of
 * work is not offset by the qualitative criteria alone.
 */
export function rateOptions(
  costs: readonly OptionCost[],
  input: SourcingInput,
): Record<OptionId, Record<Criterion, number>> {
  const cheapest = Math.min(...costs.map((cost) => cost.totalCost));
  return Object.fromEntries(
    costs.map((cost) => [
      cost.id,
      {
        continuity: FIXED_RATINGS.continuity[cost.id],
        synergy: FIXED_RATINGS.synergy[cost.id],
        independence: FIXED_RATINGS.independence[cost.id],
        'outside-view': FIXED_RATINGS['outside-view'][cost.id],
        breadth: FIXED_RATINGS.breadth[cost.id],
        flexibility: FIXED_RATINGS.flexibility[cost.id],
        cost: cost.totalCost > 0 ? (cheapest / cost.totalCost) ** 2 : 1,
        coverage: coverageRating(cost, input),
        speed: clamp(1 - cost.startWeeks / SPEED_ZERO_WEEKS, 0, 1),
      },
    ]),
  ) as Record<OptionId, Record<Criterion, number>>;
}

/** Weighted mean of the ratings, from 0 to 100. */
export function scoreRatings(
  ratings: Record<Criterion, number>,
  weights: Record<Criterion, number>,
): number {
  let total = 0;
  let weightSum = 0;
  for (const criterion of CRITERIA) {
    total += ratings[criterion] * weights[criterion];
    weightSum += weights[criterion];
  }
  return weightSum > 0 ? (100 * total) / weightSum : 0;
}
