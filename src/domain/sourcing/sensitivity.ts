import { atHorizon } from './costs.ts';
import type { OptionCost } from './costs.ts';
import { costOptions, evaluateSourcing } from './evaluate.ts';
import type { Evaluation, EvaluationContext } from './evaluate.ts';
import { LIMITS } from './input.ts';
import type { OptionId, SourcingInput } from './input.ts';

/** The numeric inputs whose thresholds are searched. */
export const SENSITIVITY_INPUTS = [
  'hoursPerWeek',
  'monthlyBudget',
  'horizonMonths',
  'startWithinWeeks',
  'closeness',
  'independence',
  'outsideVoice',
] as const;
export type SensitivityInput = (typeof SENSITIVITY_INPUTS)[number];

/** A change of one input that would change the recommendation. */
export interface Threshold {
  input: SensitivityInput;
  /** `above`: from `threshold` upwards; `below`: from `threshold` downwards. */
  direction: 'above' | 'below';
  /** The input's value now. */
  current: number;
  /**
   * The first value on the input's grid, going away from `current`, at which the recommendation
   * changes: one `step` closer to `current`, it does not.
   */
  threshold: number;
  /** Grid step of the input (1 € of budget, half an hour, one month, …). */
  step: number;
  /** The recommendation now; `null` when no option fits now. */
  from: OptionId | null;
  /** The recommendation past the threshold; `null` when no option would fit any more. */
  to: OptionId | null;
}

/** The sensible range and grid of an input: no threshold is offered outside it. */
export interface SensitivityRange {
  min: number;
  max: (current: number) => number;
  step: number;
}

/**
 * Sensible ranges: half an hour from 2 h to 80 h a week (less is not a job, more is a team of
 * three); whole euros from 100 € a month to three times the budget (at least 20,000); the
 * input limits for the rest.
 */
export const SENSITIVITY_RANGES: Record<SensitivityInput, SensitivityRange> = {
  hoursPerWeek: { min: 2, max: () => 80, step: 0.5 },
  monthlyBudget: { min: 100, max: (current) => Math.max(20_000, current * 3), step: 1 },
  horizonMonths: { min: 1, max: () => 60, step: 1 },
  startWithinWeeks: { min: LIMITS.startWithinWeeks.min, max: () => 52, step: 1 },
  closeness: { min: 1, max: () => 5, step: 1 },
  independence: { min: 1, max: () => 5, step: 1 },
  outsideVoice: { min: 1, max: () => 5, step: 1 },
};

/** Coarse points scanned before the binary search on the grid. */
const GRID = 8;
/** How many thresholds the answer keeps, nearest first. */
export const MAX_THRESHOLDS = 5;

/** The input with one value changed (hours switch the workload to typed hours). */
export function withInputValue(
  input: SourcingInput,
  key: SensitivityInput,
  value: number,
): SourcingInput {
  return key === 'hoursPerWeek'
    ? { ...input, workloadMode: 'hours', hoursPerWeek: value }
    : { ...input, [key]: value };
}

/**
 * Inputs that change no option's cost, only feasibility (budget, start), the weights or nothing
 * else: the search over them reuses the costs of the current inputs instead of computing the
 * options' costs (and their payroll) again for every value tried. The cost formulas read the
 * workload, coverage, seniority, headcount, transport levy, country and horizon only
 * (tests/unit/sourcing/sensitivity.test.ts checks the costs do not move with these inputs).
 */
export const COST_FREE_INPUTS: ReadonlySet<SensitivityInput> = new Set<SensitivityInput>([
  'monthlyBudget',
  'startWithinWeeks',
  'closeness',
  'independence',
  'outsideVoice',
]);

/**
 * The option recommended for some inputs, or `null` when none fits every constraint. `costs`: the
 * options' costs when they are known to be those of these inputs.
 */
export function recommendationFor(
  input: SourcingInput,
  context: EvaluationContext,
  costs?: readonly OptionCost[],
): OptionId | null {
  const result = evaluateSourcing(input, context, {
    withReasons: false,
    ...(costs ? { costs } : {}),
  });
  return result.recommendationFeasible ? result.recommendation : null;
}

/**
 * The budgets at which some option becomes affordable: the budget only enters the answer through
 * "the option's average monthly cost is within the budget" (`checkFeasibility`), so the
 * recommendation can only change at these values (each with its neighbours, against rounding).
 */
export function budgetBreakpoints(costs: readonly OptionCost[], horizonMonths: number): number[] {
  return costs.flatMap((cost) => {
    const smallest = Math.ceil(cost.totalCost / horizonMonths - 1e-6);
    return [smallest - 1, smallest, smallest + 1];
  });
}

/**
 * For each numeric input, the nearest value on its grid above and below the current one at which
 * another option would be recommended, so that the threshold and the grid value one step closer
 * give different answers. The budget is searched among the budgets where some option becomes
 * affordable (the only places the answer can change); the other inputs by a coarse scan, then a
 * binary search between the last grid value that keeps the answer and the first that changes it.
 * Nearest changes (relative to the range) first.
 */
export function findThresholds(
  input: SourcingInput,
  context: EvaluationContext,
  evaluation: Evaluation,
): Threshold[] {
  const now = evaluation.recommendationFeasible ? evaluation.recommendation : null;
  const baseCosts = costOptions(input, context);
  const found: { item: Threshold; distance: number }[] = [];
  for (const key of SENSITIVITY_INPUTS) {
    const range = SENSITIVITY_RANGES[key];
    const current = key === 'hoursPerWeek' ? evaluation.hoursPerWeek : input[key];
    const max = range.max(current);
    // The costs at each value: the same (inputs that change no cost), the same over another
    // horizon (only the total and the first-year aid change), or computed again (hours).
    const costsAt = (value: number): readonly OptionCost[] | undefined =>
      COST_FREE_INPUTS.has(key)
        ? baseCosts
        : key === 'horizonMonths'
          ? baseCosts.map((cost) => atHorizon(cost, value))
          : undefined;
    // Each value is evaluated once, whichever search or direction asks for it again.
    const seen = new Map<number, OptionId | null>();
    const at = (value: number) => {
      if (seen.has(value)) return seen.get(value) ?? null;
      const answer = recommendationFor(withInputValue(input, key, value), context, costsAt(value));
      seen.set(value, answer);
      return answer;
    };
    for (const direction of ['above', 'below'] as const) {
      const threshold =
        key === 'monthlyBudget'
          ? searchCandidates(
              current,
              direction,
              range.min,
              max,
              budgetBreakpoints(baseCosts, input.horizonMonths),
              now,
              at,
            )
          : searchGrid(current, direction, range.min, max, range.step, now, at);
      if (threshold === undefined) continue;
      found.push({
        item: {
          input: key,
          direction,
          current,
          threshold,
          step: range.step,
          from: now,
          to: at(threshold),
        },
        distance: Math.abs(threshold - current) / Math.max(1e-9, max - range.min),
      });
    }
  }
  return found
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_THRESHOLDS)
    .map((entry) => entry.item);
}

/**
 * The nearest of `candidates` strictly beyond `current` in `direction` (within `[min, max]`) where
 * `at` differs from `now`, for an input whose answer can only change at those values: between two
 * candidates it is constant, so the value one step closer gives `now`. `undefined` if none does.
 */
export function searchCandidates(
  current: number,
  direction: 'above' | 'below',
  min: number,
  max: number,
  candidates: readonly number[],
  now: OptionId | null,
  at: (value: number) => OptionId | null,
): number | undefined {
  const beyond = [
    ...new Set(
      candidates.filter(
        (value) =>
          value >= min &&
          value <= max &&
          (direction === 'above' ? value > current : value < current),
      ),
    ),
  ].sort((a, b) => (direction === 'above' ? a - b : b - a));
  return beyond.find((value) => at(value) !== now);
}

/**
 * The nearest grid value (`min + k × step`, within `[min, max]`) strictly beyond `current` in
 * `direction` where `at` differs from `now`, such that the grid value one step back towards
 * `current` (or `current` itself) gives `now`. `undefined` if the answer never changes.
 */
export function searchGrid(
  current: number,
  direction: 'above' | 'below',
  min: number,
  max: number,
  step: number,
  now: OptionId | null,
  at: (value: number) => OptionId | null,
): number | undefined {
  const value = (k: number) => Math.round((min + k * step) * 1e6) / 1e6;
  const last = Math.floor((max - min) / step + 1e-9);
  const position = (current - min) / step;
  // Grid indices strictly beyond the current value, nearest first.
  const first =
    direction === 'above' ? Math.floor(position + 1e-9) + 1 : Math.ceil(position - 1e-9) - 1;
  const sign = direction === 'above' ? 1 : -1;
  const end = direction === 'above' ? last : 0;
  if (direction === 'above' ? first > end : first < end) return undefined;
  const span = Math.abs(end - first);
  const stride = Math.max(1, Math.ceil(span / GRID));
  let same: number | undefined; // last index known to keep `now` (undefined: the current value)
  let changed: number | undefined;
  for (let k = first; direction === 'above' ? k <= end : k >= end; k += sign * stride) {
    if (at(value(k)) !== now) {
      changed = k;
      break;
    }
    same = k;
  }
  if (changed === undefined && same !== end) {
    if (at(value(end)) !== now) changed = end;
    else return undefined;
  }
  if (changed === undefined) return undefined;
  let low = same ?? first - sign;
  let high = changed;
  while (Math.abs(high - low) > 1) {
    const middle = Math.trunc((low + high) / 2);
    if (at(value(middle)) !== now) high = middle;
    else low = middle;
  }
  return value(high);
}
