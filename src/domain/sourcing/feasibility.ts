import type { OptionCost } from './costs.ts';
import { COVERAGE_LEVELS } from './input.ts';
import type { Assumptions, Coverage, OptionId, SourcingInput } from './input.ts';

/** Why an option cannot work for this company. */
export type FeasibilityIssue =
  | { type: 'coverage'; needed: Coverage; offered: Coverage }
  | { type: 'hours'; hours: number; limit: number }
  | { type: 'too-little-work'; hours: number; minimum: number }
  | { type: 'no-trainee' }
  | { type: 'budget'; averageMonthly: number; budget: number }
  | { type: 'start'; weeks: number; limit: number };

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** How wide a coverage level is: office < extended < crisis. */
export function coverageRank(coverage: Coverage): number {
  return COVERAGE_LEVELS.indexOf(coverage);
}

/** Weekly hours one option can absorb at most (Infinity when it scales with people). */
export function hoursLimit(id: OptionId, a: Assumptions): number {
  if (id === 'upskill') return (a.fullTimeHours * a.upskillMaxSharePercent) / 100;
  if (id === 'freelance') return a.fullTimeHours;
  return Number.POSITIVE_INFINITY;
}

/**
 * Weekly hours an option needs at least. The mix needs an in-house lead with at least half-time
 * work once the outside experts' share is taken out: below that there is no function to co-manage.
 */
export function minimumHours(id: OptionId, a: Assumptions): number {
  if (id !== 'hybrid') return 0;
  return (0.5 * a.fullTimeHours) / (1 - a.hybridOutsideSharePercent / 100);
}

/**
 * Every reason an option cannot work: coverage it cannot deliver, hours beyond what one person
 * (or a part-time trained employee) can give, too little work for a mix, nobody to train, budget exceeded on average over the
 * horizon, start later than needed. An empty list means feasible.
 */
export function checkFeasibility(
  cost: OptionCost,
  input: SourcingInput,
  a: Assumptions,
  hoursPerWeek: number,
): FeasibilityIssue[] {
  const issues: FeasibilityIssue[] = [];
  if (coverageRank(cost.coverage) < coverageRank(input.coverage)) {
    issues.push({ type: 'coverage', needed: input.coverage, offered: cost.coverage });
  }
  const limit = hoursLimit(cost.id, a);
  if (hoursPerWeek > limit + 1e-9)
    issues.push({ type: 'hours', hours: roundTo(hoursPerWeek, 1), limit: roundTo(limit, 1) });
  const minimum = minimumHours(cost.id, a);
  if (hoursPerWeek < minimum - 1e-9) {
    issues.push({
      type: 'too-little-work',
      hours: roundTo(hoursPerWeek, 1),
      minimum: roundTo(minimum, 1),
    });
  }
  if (cost.id === 'upskill' && !input.canTrain) issues.push({ type: 'no-trainee' });
  const averageMonthly = cost.totalCost / input.horizonMonths;
  if (averageMonthly > input.monthlyBudget + 1e-6) {
    issues.push({
      type: 'budget',
      averageMonthly: Math.round(averageMonthly),
      budget: input.monthlyBudget,
    });
  }
  if (cost.startWeeks > input.startWithinWeeks) {
    issues.push({ type: 'start', weeks: cost.startWeeks, limit: input.startWithinWeeks });
  }
  return issues;
}
