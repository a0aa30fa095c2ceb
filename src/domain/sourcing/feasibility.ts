import { apprenticeHours } from './costs.ts';
import type { OptionCost } from './costs.ts';
import { COVERAGE_LEVELS } from './input.ts';
import type { Assumptions, Coverage, OptionId, SourcingInput } from './input.ts';

/** Why an option cannot work for this company. */
export type FeasibilityIssue =
  | { type: 'coverage'; needed: Coverage; offered: Coverage }
  | { type: 'hours'; hours: number; limit: number }
  | { type: 'too-little-work'; hours: number; minimum: number }
  | { type: 'contract-length'; months: number; minimum: number }
  | { type: 'no-trainee' }
  | { type: 'unavailable'; country: SourcingInput['country'] }
  | { type: 'budget'; averageMonthly: number; budget: number }
  | { type: 'start'; weeks: number; limit: number };

/**
 * How hard a blocker is. `excluded`: the person ruled the option out, or it does not exist
 * where they are; it is never recommended. `structural`: the option cannot do the work as asked
 * (coverage, hours); it can only be the plan if the need itself changes. `adjustable`: money or
 * time, which the person can move (budget, start date).
 */
export type Severity = 'excluded' | 'structural' | 'adjustable';

/** The severity of each kind of blocker (`Record`, so a new kind must say how hard it is). */
export const SEVERITY: Record<FeasibilityIssue['type'], Severity> = {
  'no-trainee': 'excluded',
  unavailable: 'excluded',
  coverage: 'structural',
  hours: 'structural',
  'too-little-work': 'structural',
  'contract-length': 'structural',
  budget: 'adjustable',
  start: 'adjustable',
};

/** Rank of a severity, hardest first. */
export const SEVERITY_RANK: Record<Severity, number> = {
  excluded: 0,
  structural: 1,
  adjustable: 2,
};

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** How wide a coverage level is: office < extended < crisis. */
export function coverageRank(coverage: Coverage): number {
  return COVERAGE_LEVELS.indexOf(coverage);
}

/** Weekly hours one option can absorb at most (Infinity when it scales with people). */
export function hoursLimit(id: OptionId, a: Assumptions): number {
  if (id === 'upskill') return (a.fullTimeHours * a.upskillMaxSharePercent) / 100;
  if (id === 'freelance') return a.fullTimeHours;
  if (id === 'apprentice') return apprenticeHours(a);
  // Part-time means less than full time for each of the people the coverage needs.
  return Number.POSITIVE_INFINITY;
}

/**
 * Weekly hours an option needs at least: below them, most of what is paid for would be idle.
 * - The mix needs an in-house lead with at least half-time work once the outside experts' share is
 *   taken out: below that there is no function to co-manage.
 * - An apprentice needs a real job to learn: at least half of their time at work.
 * - A full-time hire needs at least half a full-time week of work; below, a part-time contract fits.
 * - A part-time hire needs at least half of the shortest part-time contract the law allows (24 h in
 *   France, so 12 h; no minimum in Québec, so any amount of work).
 */
export function minimumHours(id: OptionId, a: Assumptions): number {
  if (id === 'hybrid') return (0.5 * a.fullTimeHours) / (1 - a.hybridOutsideSharePercent / 100);
  if (id === 'apprentice') return 0.5 * apprenticeHours(a);
  if (id === 'in-house') return 0.5 * a.fullTimeHours;
  if (id === 'part-time') return 0.5 * a.partTimeMinHours;
  return 0;
}

/**
 * Every reason an option cannot work: coverage its staffing cannot hold, hours beyond what it can
 * give, too little work for it, a contract longer than the need, nobody to train, an option that
 * does not exist in the country,
 * budget exceeded on average over the horizon, start later than needed. Empty means feasible.
 */
export function checkFeasibility(
  cost: OptionCost,
  input: SourcingInput,
  a: Assumptions,
  hoursPerWeek: number,
): FeasibilityIssue[] {
  const issues: FeasibilityIssue[] = [];
  if (cost.id === 'apprentice' && input.country !== 'fr') {
    issues.push({ type: 'unavailable', country: input.country });
  }
  if (cost.id === 'upskill' && !input.canTrain) issues.push({ type: 'no-trainee' });
  if (coverageRank(cost.coverage) < coverageRank(input.coverage)) {
    issues.push({ type: 'coverage', needed: input.coverage, offered: cost.coverage });
  }
  const limit =
    cost.id === 'part-time' ? cost.staffing.people * a.fullTimeHours - 0.5 : hoursLimit(cost.id, a);
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
  // An apprenticeship contract runs at least six months (L6222-7-1): a shorter need cannot use it.
  if (cost.id === 'apprentice' && input.horizonMonths < a.apprenticeMinContractMonths) {
    issues.push({
      type: 'contract-length',
      months: input.horizonMonths,
      minimum: a.apprenticeMinContractMonths,
    });
  }
  const averageMonthly = cost.totalCost / input.horizonMonths;
  if (averageMonthly > input.monthlyBudget + 1e-6) {
    issues.push({
      type: 'budget',
      // The smallest whole budget that fits (the same tolerance as the check above).
      averageMonthly: Math.ceil(averageMonthly - 1e-6),
      budget: input.monthlyBudget,
    });
  }
  if (cost.startWeeks > input.startWithinWeeks) {
    issues.push({ type: 'start', weeks: cost.startWeeks, limit: input.startWithinWeeks });
  }
  return issues;
}

/** The hardest severity among an option's blockers; `undefined` when it is feasible. */
export function hardestSeverity(issues: readonly FeasibilityIssue[]): Severity | undefined {
  let hardest: Severity | undefined;
  for (const issue of issues) {
    const severity = SEVERITY[issue.type];
    if (hardest === undefined || SEVERITY_RANK[severity] < SEVERITY_RANK[hardest]) {
      hardest = severity;
    }
  }
  return hardest;
}
