import type { Figure } from '../content/sourcing.ts';
import type { Criterion } from './criteria.ts';
import { CRITERIA } from './criteria.ts';
import type { SourcingAnswer } from './decide.ts';
import {
  assumptionLabel,
  describeHeadline,
  describeReason,
  describeThreshold,
  optionName,
} from './describe.ts';
import type { Translate } from './describe.ts';
import type { FeasibilityIssue } from './feasibility.ts';
import type { Reason } from './evaluate.ts';
import type { AssumptionKey, OptionId, SourcingInput } from './input.ts';
import type { Threshold } from './sensitivity.ts';
import type { Locale } from '../text/index.ts';

/** One option as `POST /api/sourcing` returns it. */
export interface ApiOption {
  id: OptionId;
  /** Display name in the requested locale. */
  name: string;
  /** 0 to 100. */
  score: number;
  feasible: boolean;
  monthlyCost: number;
  oneOffCost: number;
  totalCost: number;
  startWeeks: number;
  /** Share of full time of the in-house person (in-house, hybrid) or of the trained employee. */
  fte: number;
  issues: FeasibilityIssue[];
  ratings: Record<Criterion, number>;
  /** Strengths of the recommended option; blockers and weaknesses of the others; each worded. */
  reasons: (Reason & { text: string })[];
}

/** One assumption as returned: the value used, its default, and its source. */
export interface ApiAssumption {
  key: AssumptionKey;
  value: number;
  defaultValue: number;
  edited: boolean;
  label: string;
  unit: string;
  currency: Figure['currency'];
  reliability: Figure['reliability'];
  source: Figure['source'];
}

/** The body of a `POST /api/sourcing` answer. */
export interface ApiSourcingAnswer {
  locale: Locale;
  recommendation: OptionId;
  recommendationFeasible: boolean;
  headline: string;
  currency: 'EUR' | 'CAD';
  hoursPerWeek: number;
  horizonMonths: number;
  /** Options in ranking order. */
  options: ApiOption[];
  weights: { criterion: Criterion; label: string; weight: number }[];
  sensitivity: (Threshold & { text: string })[];
  assumptions: ApiAssumption[];
  /** The inputs with every default applied. */
  input: SourcingInput;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Turns the domain answer into the API's JSON, worded in one locale. */
export function toApiAnswer(
  answer: SourcingAnswer,
  t: Translate,
  locale: Locale,
): ApiSourcingAnswer {
  const context = {
    t,
    locale,
    currency: answer.currency,
    horizonMonths: answer.input.horizonMonths,
  };
  return {
    locale,
    recommendation: answer.recommendation,
    recommendationFeasible: answer.recommendationFeasible,
    headline: describeHeadline(answer, t),
    currency: answer.currency,
    hoursPerWeek: round(answer.hoursPerWeek, 1),
    horizonMonths: answer.input.horizonMonths,
    options: answer.options.map((option) => ({
      id: option.id,
      name: optionName(option.id, t),
      score: option.score,
      feasible: option.feasible,
      monthlyCost: Math.round(option.monthlyCost),
      oneOffCost: Math.round(option.oneOffCost),
      totalCost: Math.round(option.totalCost),
      startWeeks: option.startWeeks,
      fte: round(option.fte),
      issues: option.issues,
      ratings: Object.fromEntries(
        CRITERIA.map((criterion) => [criterion, round(option.ratings[criterion])]),
      ) as Record<Criterion, number>,
      reasons: option.reasons.map((reason) => ({
        ...(reason.type === 'blocker' ? reason : { ...reason, impact: round(reason.impact) }),
        text: describeReason(reason, option, context),
      })),
    })),
    weights: CRITERIA.map((criterion) => ({
      criterion,
      label: t(`sourcing.criterion.${criterion}`),
      weight: round(answer.weights[criterion]),
    })),
    sensitivity: answer.sensitivity.map((threshold) => ({
      ...threshold,
      text: describeThreshold(threshold, context),
    })),
    assumptions: answer.assumptions.map((item) => ({
      key: item.key,
      value: item.value,
      defaultValue: item.defaultValue,
      edited: item.edited,
      label: assumptionLabel(item.key, item.figure.label[locale], t),
      unit: item.figure.unit,
      currency: item.figure.currency,
      reliability: item.figure.reliability,
      source: item.figure.source,
    })),
    input: answer.input,
  };
}
