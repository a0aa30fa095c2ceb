import type { EmployerCost } from './employer-cost.ts';
import { evaluateSourcing } from './evaluate.ts';
import type { Evaluation } from './evaluate.ts';
import type { Assumptions, OptionId, SourcingInput } from './input.ts';

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
  /** The first value (going away from `current`) at which the recommendation changes. */
  threshold: number;
  /** The recommendation now; `null` when no option fits now. */
  from: OptionId | null;
  /** The recommendation past the threshold; `null` when no option would fit any more. */
  to: OptionId | null;
}

interface Range {
  min: number;
  max: (current: number) => number;
  /** Precision of the reported threshold; integers are scanned one by one. */
  step: number;
  integer: boolean;
}

const RANGES: Record<SensitivityInput, Range> = {
  hoursPerWeek: { min: 0.5, max: () => 80, step: 0.5, integer: false },
  monthlyBudget: {
    min: 0,
    max: (current) => Math.max(20_000, current * 3),
    step: 10,
    integer: false,
  },
  horizonMonths: { min: 1, max: () => 60, step: 1, integer: true },
  startWithinWeeks: { min: 1, max: () => 52, step: 1, integer: true },
  closeness: { min: 1, max: () => 5, step: 1, integer: true },
  independence: { min: 1, max: () => 5, step: 1, integer: true },
  outsideVoice: { min: 1, max: () => 5, step: 1, integer: true },
};

/**
 * Grid points scanned before bisecting an input. The answer is recomputed at every point, so the
 * grid is coarse and bisection does the rest: about 16 + log2(range / step) evaluations per side.
 */
const GRID = 16;
/** How many thresholds the answer keeps, nearest first. */
export const MAX_THRESHOLDS = 5;

/**
 * For each numeric input, the nearest value above and below the current one at which another
 * option would be recommended: a scan of a grid, then bisection between the last value that keeps
 * the recommendation and the first that changes it. Nearest changes (relative to the range) first.
 */
export function findThresholds(
  input: SourcingInput,
  assumptions: Assumptions,
  employerCost: EmployerCost,
  evaluation: Evaluation,
): Threshold[] {
  const recommend = (changed: SourcingInput): OptionId | null => {
    const result = evaluateSourcing(changed, assumptions, employerCost, { withReasons: false });
    return result.recommendationFeasible ? result.recommendation : null;
  };
  const now = evaluation.recommendationFeasible ? evaluation.recommendation : null;
  const found: { item: Threshold; distance: number }[] = [];
  for (const key of SENSITIVITY_INPUTS) {
    const range = RANGES[key];
    const current = key === 'hoursPerWeek' ? evaluation.hoursPerWeek : input[key];
    const max = range.max(current);
    const withValue = (value: number): SourcingInput =>
      key === 'hoursPerWeek'
        ? { ...input, workloadMode: 'hours', hoursPerWeek: value }
        : { ...input, [key]: value };
    const at = (value: number) => recommend(withValue(value));
    for (const direction of ['above', 'below'] as const) {
      const bound = direction === 'above' ? max : range.min;
      if (direction === 'above' ? current >= bound : current <= bound) continue;
      const threshold = range.integer
        ? scanIntegers(current, bound, now, at)
        : bisect(current, bound, range.step, now, at);
      if (threshold === undefined) continue;
      const to = at(threshold);
      if (to === now) continue;
      found.push({
        item: { input: key, direction, current, threshold, from: now, to },
        distance: Math.abs(threshold - current) / Math.max(1e-9, max - range.min),
      });
    }
  }
  return found
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_THRESHOLDS)
    .map((entry) => entry.item);
}

function scanIntegers(
  current: number,
  bound: number,
  now: OptionId | null,
  at: (value: number) => OptionId | null,
): number | undefined {
  const start = Math.round(current);
  const direction = bound > start ? 1 : -1;
  const stride = Math.max(1, Math.ceil(Math.abs(bound - start) / GRID));
  let same = start;
  let changed: number | undefined;
  for (let value = start + direction * stride; ; value += direction * stride) {
    const clamped = direction > 0 ? Math.min(value, bound) : Math.max(value, bound);
    if (at(clamped) !== now) {
      changed = clamped;
      break;
    }
    same = clamped;
    if (clamped === bound) break;
  }
  if (changed === undefined) return undefined;
  // The first integer past `same` at which the answer changes, by binary search.
  let first = changed;
  while (Math.abs(first - same) > 1) {
    const middle = Math.round((same + first) / 2);
    if (at(middle) !== now) first = middle;
    else same = middle;
  }
  return first;
}

function bisect(
  current: number,
  bound: number,
  precision: number,
  now: OptionId | null,
  at: (value: number) => OptionId | null,
): number | undefined {
  let same = current;
  let changed: number | undefined;
  for (let index = 1; index <= GRID; index += 1) {
    const value = current + ((bound - current) * index) / GRID;
    if (at(value) !== now) {
      changed = value;
      break;
    }
    same = value;
  }
  if (changed === undefined) return undefined;
  let first: number = changed;
  while (Math.abs(first - same) > precision / 4) {
    const middle: number = (same + first) / 2;
    if (at(middle) !== now) first = middle;
    else same = middle;
  }
  const up = first > same;
  const rounded = (up ? Math.ceil(first / precision) : Math.floor(first / precision)) * precision;
  return at(rounded) !== now ? rounded : first;
}
