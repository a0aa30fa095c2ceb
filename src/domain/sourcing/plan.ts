import { MIN_WORK_HOURS } from './costs.ts';
import { evaluateSourcing } from './evaluate.ts';
import type { Evaluation, EvaluationContext, OptionResult } from './evaluate.ts';
import { coverageRank, SEVERITY_RANK } from './feasibility.ts';
import type { Coverage, OptionId, SourcingInput } from './input.ts';

/** One change of the inputs, computed exactly: applied, it removes a blocker. */
export type PlanChange =
  | { type: 'budget'; from: number; to: number }
  | { type: 'start'; from: number; to: number }
  | { type: 'coverage'; from: Coverage; to: Coverage }
  | { type: 'hours'; from: number; to: number };

/** A way to make one option work: the changes to apply together. */
export interface PlanRoute {
  changes: PlanChange[];
}

/**
 * The plan when no option fits every constraint: the closest workable option, the smallest set of
 * changes that makes it fit (each exact: one euro, one week or half an hour less would not), a
 * second route by cutting the hours when that alone is enough, and what fits at once.
 */
export interface Plan {
  option: OptionId;
  /** Every blocker of the option lifted: budget to X, start in W weeks, coverage C, hours H. */
  route: PlanRoute;
  /** Hours cut alone (the rest unchanged), when that is enough to make the option fit. */
  hoursRoute?: PlanRoute;
  /** Within every constraint as given: the most hours a week some option can take on now. */
  atOnce?: { option: OptionId; hours: number };
}

/** Step of a weekly-hours search: contracts and quotes are in half hours. */
export const HOURS_STEP = 0.5;

/**
 * The least a reduced workload must keep to be worth proposing: 2 h a week and a quarter of the
 * work needed. « Do it for half an hour a week » is not a plan.
 */
export function smallestUsefulHours(hours: number): number {
  return Math.max(2, Math.ceil((hours / 4) * 2) / 2);
}

const withHours = (input: SourcingInput, hours: number): SourcingInput => ({
  ...input,
  workloadMode: 'hours',
  hoursPerWeek: hours,
});

/**
 * The changes that lift every blocker of one option, each exactly. Coverage and hours change the
 * option's cost, so the budget it needs is read after applying them.
 */
function changesFor(
  option: OptionResult,
  input: SourcingInput,
  hours: number,
  context: EvaluationContext,
): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const issue of option.issues) {
    if (issue.type === 'start') {
      changes.push({ type: 'start', from: input.startWithinWeeks, to: issue.weeks });
    } else if (issue.type === 'coverage') {
      changes.push({ type: 'coverage', from: input.coverage, to: issue.offered });
    } else if (issue.type === 'hours') {
      changes.push({
        type: 'hours',
        from: Math.round(hours * 10) / 10,
        to: Math.floor(issue.limit / HOURS_STEP) * HOURS_STEP,
      });
    }
  }
  const after =
    changes.length === 0
      ? option
      : evaluateSourcing(applyChanges(input, changes), context, {
          withReasons: false,
        }).options.find((other) => other.id === option.id);
  const budget = after?.issues.find((issue) => issue.type === 'budget');
  if (budget?.type === 'budget') {
    changes.push({ type: 'budget', from: input.monthlyBudget, to: budget.averageMonthly });
  }
  return changes;
}

/** Applies changes to inputs. */
export function applyChanges(input: SourcingInput, changes: readonly PlanChange[]): SourcingInput {
  let changed = input;
  for (const change of changes) {
    if (change.type === 'budget') changed = { ...changed, monthlyBudget: change.to };
    if (change.type === 'start') changed = { ...changed, startWithinWeeks: change.to };
    if (change.type === 'coverage') changed = { ...changed, coverage: change.to };
    if (change.type === 'hours') changed = withHours(changed, change.to);
  }
  return changed;
}

/** How big a set of changes is, relative to where the person stands. */
function sizeOf(changes: readonly PlanChange[]): number {
  return changes.reduce((sum, change) => {
    if (change.type === 'budget') return sum + (change.to - change.from) / Math.max(change.to, 1);
    if (change.type === 'start') return sum + (change.to - change.from) / change.to;
    if (change.type === 'coverage')
      return sum + coverageRank(change.from) - coverageRank(change.to);
    return sum + (change.from - change.to) / Math.max(change.from, 1);
  }, 0);
}

/**
 * Whether the plan's changes can lift every blocker of an option. Too little work, or a contract
 * longer than the need, is the need itself: no budget, start date or coverage changes it.
 */
function canLiftAll(option: OptionResult): boolean {
  return option.issues.every(
    (issue) => issue.type !== 'too-little-work' && issue.type !== 'contract-length',
  );
}

/**
 * The largest weekly hours, on the half-hour grid from `HOURS_STEP` to `from`, at which `fits`
 * holds, searched downwards: a coarse scan, then bisection to the step. `undefined` if none.
 */
export function largestHoursThatFit(
  from: number,
  fits: (hours: number) => boolean,
): number | undefined {
  const top = Math.floor(from / HOURS_STEP);
  if (top < 1) return undefined;
  const grid = 8;
  const stride = Math.max(1, Math.ceil(top / grid));
  let failing = top + 1;
  for (let k = top; k >= 1; k -= stride) {
    if (fits(k * HOURS_STEP)) {
      let low = k;
      let high = failing;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (fits(middle * HOURS_STEP)) low = middle;
        else high = middle;
      }
      return low * HOURS_STEP;
    }
    failing = k;
  }
  return fits(HOURS_STEP) ? HOURS_STEP : undefined;
}

/**
 * The plan when nothing fits: among the options the person did not rule out, the one whose
 * blockers are the easiest to lift (money and time before coverage and hours; smaller changes
 * first; then the best score), with its exact route, a route by cutting the hours, and what can
 * be done at once within the constraints.
 */
export function planWhenNothingFits(
  input: SourcingInput,
  context: EvaluationContext,
  evaluation: Evaluation,
): Plan | undefined {
  if (evaluation.status !== 'closest') return undefined;
  const hours = evaluation.hoursPerWeek;
  const candidates = evaluation.options
    .filter((option) => option.severity !== undefined && option.severity !== 'excluded')
    .map((option) => {
      const changes = changesFor(option, input, hours, context);
      return { option, changes, size: sizeOf(changes), fixed: canLiftAll(option) };
    })
    .sort(
      (a, b) =>
        Number(b.fixed) - Number(a.fixed) ||
        SEVERITY_RANK[b.option.severity ?? 'adjustable'] -
          SEVERITY_RANK[a.option.severity ?? 'adjustable'] ||
        a.size - b.size ||
        b.option.score - a.option.score,
    );
  const best = candidates[0];
  if (!best) return undefined;
  const id = best.option.id;
  const optionFits = (changed: SourcingInput) =>
    evaluateSourcing(changed, context, { withReasons: false }).options.find(
      (option) => option.id === id,
    )?.feasible === true;
  const useful = smallestUsefulHours(hours);
  const found = largestHoursThatFit(hours, (value) => optionFits(withHours(input, value)));
  const cut = found !== undefined && found >= useful ? found : undefined;
  const anyFits = (value: number) =>
    evaluateSourcing(withHours(input, value), context, { withReasons: false }).status ===
    'recommended';
  const atOnceHours = largestHoursThatFit(hours, anyFits);
  const atOnceOption =
    atOnceHours === undefined || atOnceHours < Math.max(MIN_WORK_HOURS, useful)
      ? null
      : evaluateSourcing(withHours(input, atOnceHours), context, { withReasons: false })
          .recommendation;
  return {
    option: id,
    route: { changes: best.changes },
    ...(cut !== undefined && cut < hours
      ? {
          hoursRoute: {
            changes: [{ type: 'hours', from: Math.round(hours * 10) / 10, to: cut }],
          },
        }
      : {}),
    ...(atOnceHours !== undefined && atOnceOption
      ? { atOnce: { option: atOnceOption, hours: atOnceHours } }
      : {}),
  };
}
