import { costOption, estimateWeeklyHours, MIN_WORK_HOURS } from './costs.ts';
import type { MinimumWage, OptionCost } from './costs.ts';
import { CRITERIA, rateOptions, scoreRatings, weighCriteria } from './criteria.ts';
import type { Criterion } from './criteria.ts';
import type { EmployerCost } from './employer-cost.ts';
import { checkFeasibility, hardestSeverity, SEVERITY_RANK } from './feasibility.ts';
import type { FeasibilityIssue, Severity } from './feasibility.ts';
import { OPTION_IDS } from './input.ts';
import type { Assumptions, OptionId, SourcingInput } from './input.ts';

/** A reason for or against an option, as data; `describeReason` words it. */
export type Reason =
  | {
      /** Something the recommended option does better than the others, weighted. */
      type: 'strength';
      criterion: Criterion;
      /** Weighted advantage over the average of the other options. */
      impact: number;
    }
  | {
      /** Something this option does worse than the recommended one. */
      type: 'weakness';
      criterion: Criterion;
      impact: number;
    }
  | { type: 'blocker'; issue: FeasibilityIssue };

/** One option in the answer: costs, feasibility, ratings, score and reasons. */
export interface OptionResult extends OptionCost {
  /** Weighted score from 0 to 100, one decimal. */
  score: number;
  feasible: boolean;
  issues: FeasibilityIssue[];
  /** The hardest blocker's severity; `undefined` when feasible. */
  severity: Severity | undefined;
  ratings: Record<Criterion, number>;
  /**
   * For the recommended option, its strongest reasons (after what blocks it, when nothing fits);
   * for the others, why not them: blockers first, then the widest gaps with the recommendation.
   */
  reasons: Reason[];
}

/**
 * What kind of answer it is: an option that fits every constraint; the closest workable plan when
 * none does (never an option the person ruled out); or nothing to staff (no workload).
 */
export type AnswerStatus = 'recommended' | 'closest' | 'no-work';

/** The core of an answer, without sensitivity: options ranked, best feasible first. */
export interface Evaluation {
  hoursPerWeek: number;
  weights: Record<Criterion, number>;
  status: AnswerStatus;
  /** The option recommended, or the closest workable one; `null` when there is nothing to staff. */
  recommendation: OptionId | null;
  /** True only when the recommendation fits every constraint. */
  recommendationFeasible: boolean;
  /** Options in ranking order: feasible ones by score, then the others by score. */
  options: OptionResult[];
}

/** How many reasons are given for the recommendation and against each other option. */
export const REASONS_PER_OPTION = 3;

/**
 * Smallest rating gap (0 to 1) worth stating as a weakness: a trained employee is not "further
 * from the other departments" than a hire just because its rating is 0.1 lower.
 */
export const MIN_WEAKNESS_GAP = 0.2;

/** The criterion a blocker is about, so the same point is not made twice. */
const BLOCKER_CRITERION: Record<FeasibilityIssue['type'], Criterion | undefined> = {
  coverage: 'coverage',
  hours: undefined,
  'too-little-work': undefined,
  'contract-length': undefined,
  'no-trainee': undefined,
  budget: 'cost',
  start: 'speed',
  unavailable: undefined,
};

/** Shared inputs of every evaluation besides the person's inputs. */
export interface EvaluationContext {
  assumptions: Assumptions;
  employerCost: EmployerCost;
  minimumWage: MinimumWage;
}

/** The cost of every option, in `OPTION_IDS` order. */
export function costOptions(
  input: SourcingInput,
  { assumptions, employerCost, minimumWage }: EvaluationContext,
): OptionCost[] {
  const hoursPerWeek = estimateWeeklyHours(input, assumptions);
  const context = { input, assumptions, hoursPerWeek, employerCost, minimumWage };
  return OPTION_IDS.map((id) => costOption(id, context));
}

/**
 * Runs the pipeline inputs → costs → feasibility → scores → ranking → reasons. The sensitivity
 * search, which only needs the ranking, asks for no reasons (`withReasons: false`), and passes
 * the costs already computed when the input it varies does not change them (`costs`, from
 * `costOptions` on inputs that differ only in such fields).
 */
export function evaluateSourcing(
  input: SourcingInput,
  context: EvaluationContext,
  {
    withReasons = true,
    costs = costOptions(input, context),
  }: { withReasons?: boolean; costs?: readonly OptionCost[] } = {},
): Evaluation {
  const { assumptions } = context;
  const hoursPerWeek = estimateWeeklyHours(input, assumptions);
  const weights = weighCriteria(input);
  const ratings = rateOptions(costs, input);
  const scored = costs.map((cost) => {
    const issues = checkFeasibility(cost, input, assumptions, hoursPerWeek);
    return {
      ...cost,
      score: Math.round(scoreRatings(ratings[cost.id], weights) * 10) / 10,
      feasible: issues.length === 0,
      issues,
      severity: hardestSeverity(issues),
      ratings: ratings[cost.id],
      reasons: [] as Reason[],
    };
  });
  // Feasible options by score; then the others, the easiest to make work first (only budget or
  // start date to move, then fewer blockers), and the ones the person ruled out last.
  const rank = (option: OptionResult) =>
    option.severity === undefined ? 3 : SEVERITY_RANK[option.severity];
  const options = scored.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (a.feasible ? 0 : a.issues.length - b.issues.length) ||
      b.score - a.score ||
      a.totalCost - b.totalCost,
  );
  const best = options[0];
  if (!best) throw new Error('no sourcing option');
  const status: AnswerStatus =
    hoursPerWeek < MIN_WORK_HOURS ? 'no-work' : best.feasible ? 'recommended' : 'closest';
  if (withReasons && status !== 'no-work') attachReasons(options, best, weights);
  return {
    hoursPerWeek,
    weights,
    status,
    recommendation: status === 'no-work' ? null : best.id,
    recommendationFeasible: status === 'recommended',
    options,
  };
}

/**
 * Words the ranking as reasons: for the recommended (or closest) option, its strongest points;
 * for each other option, why not it: blockers first, then the widest gaps.
 */
export function attachReasons(
  options: readonly OptionResult[],
  best: OptionResult,
  weights: Record<Criterion, number>,
): void {
  for (const option of options) {
    option.reasons =
      option.id === best.id
        ? // What blocks the closest plan is said by the plan itself, change by change.
          strengthsOf(best, options, weights)
        : weaknessesOf(option, best, weights);
  }
}

function strengthsOf(
  best: OptionResult,
  options: readonly OptionResult[],
  weights: Record<Criterion, number>,
): Reason[] {
  const others = options.filter((option) => option.id !== best.id);
  return CRITERIA.map((criterion) => {
    const mean =
      others.reduce((sum, option) => sum + option.ratings[criterion], 0) /
      Math.max(1, others.length);
    return {
      type: 'strength' as const,
      criterion,
      impact: weights[criterion] * (best.ratings[criterion] - mean),
    };
  })
    .filter((reason) => reason.impact > 0.01)
    .sort((a, b) => b.impact - a.impact)
    .slice(0, REASONS_PER_OPTION);
}

function weaknessesOf(
  option: OptionResult,
  best: OptionResult,
  weights: Record<Criterion, number>,
): Reason[] {
  const blockers: Reason[] = option.issues.map((issue) => ({ type: 'blocker', issue }));
  // A blocker already says it: no "covers the hours less well" after "cannot cover the hours".
  const blocked = new Set(option.issues.map((issue) => BLOCKER_CRITERION[issue.type]));
  const weaknesses: Reason[] = CRITERIA.filter(
    (criterion) =>
      !blocked.has(criterion) &&
      best.ratings[criterion] - option.ratings[criterion] >= MIN_WEAKNESS_GAP,
  )
    .map((criterion) => ({
      type: 'weakness' as const,
      criterion,
      impact: weights[criterion] * (best.ratings[criterion] - option.ratings[criterion]),
    }))
    .sort((a, b) => b.impact - a.impact);
  return [...blockers, ...weaknesses].slice(0, REASONS_PER_OPTION);
}
