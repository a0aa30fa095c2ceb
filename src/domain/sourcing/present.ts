import { isDated } from '../content/sourcing.ts';
import type { Figure } from '../content/sourcing.ts';
import type { Source } from '../content/common.ts';
import { CRITERIA } from './criteria.ts';
import { computedWeights } from './criteria.ts';
import type { SourcingAnswer } from './decide.ts';
import {
  assumptionLabel,
  coverageName,
  describeHeadline,
  describePlanChange,
  describeReason,
  describeStaffing,
  describeThreshold,
  formatMoney,
  formatNumber,
  optionName,
} from './describe.ts';
import type { Translate, WordingContext, WordingLocale } from './describe.ts';
import type { AnswerStatus, Reason } from './evaluate.ts';
import type { CostFamily } from './employer-cost.ts';
import { COST_FAMILIES } from './employer-cost.ts';
import type { FeasibilityIssue, Severity } from './feasibility.ts';
import type { AssumptionKey, Coverage, Criterion, OptionId, SourcingInput } from './input.ts';
import type { Threshold } from './sensitivity.ts';

/** The employer cost of one hire, per year, by family as URSSAF's simulator shows it. */
export interface CostBreakdownView {
  /** Whose cost it is: « one full-time hire », « the apprentice ». */
  title: string;
  rows: {
    family: CostFamily | 'gross' | 'reductions' | 'aid' | 'total';
    label: string;
    amount: number;
    text: string;
  }[];
  /** Where the figures come from, with the year of the rules. */
  source: string;
}

/** One option as every surface shows it. */
export interface OptionView {
  id: OptionId;
  /** Display name in the requested locale. */
  name: string;
  hint: string;
  /** 0 to 100. */
  score: number;
  feasible: boolean;
  /** The hardest blocker: `excluded` options are never recommended. */
  severity: Severity | null;
  monthlyCost: number;
  oneOffCost: number;
  /** Hiring aid over the horizon (work-study aid), deducted from the total. */
  aid: number;
  totalCost: number;
  startWeeks: number;
  /** Share of full time paid in-house (hires, the colleague's time, the apprentice). */
  fte: number;
  people: number;
  coverage: Coverage;
  /** Who does the work and so which hours it can cover. */
  staffing: string;
  issues: FeasibilityIssue[];
  ratings: Record<Criterion, number>;
  /** Strengths of the recommended option; blockers and weaknesses of the others; each worded. */
  reasons: (Reason & { text: string })[];
  /** The employer cost of one hired person with its breakdown; absent for providers. */
  breakdown?: CostBreakdownView;
}

/** One assumption as shown: the value used, its default, its source and year, dated or not. */
export interface AssumptionView {
  key: AssumptionKey;
  value: number;
  defaultValue: number;
  edited: boolean;
  label: string;
  unit: string;
  currency: Figure['currency'];
  reliability: Figure['reliability'];
  /** Where the figure comes from, named in the answer's locale. */
  source: Source;
  /** More than five years old: shown as dated, with why it is still used. */
  dated: boolean;
  stillUsedBecause?: string;
}

/** The plan when no option fits every constraint. */
export interface PlanView {
  option: OptionId;
  title: string;
  /** Every change needed, together, each exact. */
  changes: string[];
  /** The same option by cutting the hours alone, when that is enough. */
  hoursRoute?: string;
  /** What fits at once within every constraint. */
  atOnce: string;
}

/** The view model of a sourcing answer: what the island, the PDF and `POST /api/sourcing` render. */
export interface SourcingView {
  locale: WordingLocale;
  status: AnswerStatus;
  recommendation: OptionId | null;
  recommendationFeasible: boolean;
  headline: string;
  /** One line under the headline: the hours retained and how the recommendation is staffed. */
  summary: string;
  currency: 'EUR' | 'CAD';
  hoursPerWeek: number;
  horizonMonths: number;
  /** Options in ranking order: the recommendation (or closest plan) first. */
  options: OptionView[];
  plan?: PlanView;
  weights: {
    criterion: Criterion;
    label: string;
    weight: number;
    computed: number;
    edited: boolean;
  }[];
  sensitivity: (Threshold & { text: string })[];
  assumptions: AssumptionView[];
  /** Messages about the inputs: a salary below the minimum wage, the transport levy unset. */
  notices: string[];
  /** The inputs as label and value, for the PDF and the brief. */
  inputSummary: { label: string; value: string }[];
  /** Whether a mission brief applies (the answer relies on an outside provider or tutor). */
  briefAvailable: boolean;
  /** The inputs with every default applied. */
  input: SourcingInput;
}

/** Options whose answer calls for a mission brief: an outside provider does part of the work. */
export const BRIEF_OPTIONS: readonly OptionId[] = ['freelance', 'agency', 'hybrid', 'apprentice'];

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Turns the domain answer into the view model, worded in one locale. */
export function presentSourcing(
  answer: SourcingAnswer,
  t: Translate,
  locale: WordingLocale,
  { currentYear }: { currentYear: number },
): SourcingView {
  const context: WordingContext = {
    t,
    locale,
    currency: answer.currency,
    horizonMonths: answer.input.horizonMonths,
  };
  const money = (value: number) => formatMoney(value, answer.currency, locale);
  const number = (value: number) => formatNumber(value, locale);
  const computed = computedWeights(answer.input);
  const best = answer.options[0];
  const planView: PlanView | undefined = answer.plan
    ? {
        option: answer.plan.option,
        title: t('sourcing.plan.title', { option: optionName(answer.plan.option, t) }),
        changes: answer.plan.route.changes.map((change) => describePlanChange(change, context)),
        ...(answer.plan.hoursRoute
          ? {
              hoursRoute: t('sourcing.plan.hoursRoute', {
                change: answer.plan.hoursRoute.changes
                  .map((change) => describePlanChange(change, context))
                  .join(' ; '),
              }),
            }
          : {}),
        atOnce: answer.plan.atOnce
          ? t('sourcing.plan.atOnce', {
              option: optionName(answer.plan.atOnce.option, t),
              hours: number(answer.plan.atOnce.hours),
            })
          : t('sourcing.plan.atOnce.none'),
      }
    : undefined;
  const notices = [
    ...answer.warnings.map((warning) =>
      t('sourcing.notice.belowMinimumWage', {
        label: t(`sourcing.assumption.${warning.key}`),
        value: money(warning.value),
        minimum: money(warning.minimum),
        hourly: formatMoneyExact(warning.hourly, answer.currency, locale),
        year: warning.year,
      }),
    ),
    ...(answer.input.country === 'fr' &&
    answer.input.headcount > 10 &&
    answer.input.transportLevyPercent === 0
      ? [t('sourcing.notice.transportLevyUnset')]
      : []),
  ];
  return {
    locale,
    status: answer.status,
    recommendation: answer.recommendation,
    recommendationFeasible: answer.recommendationFeasible,
    headline: describeHeadline(answer, t),
    summary:
      answer.status === 'no-work'
        ? t('sourcing.answer.noWork.detail')
        : `${t('sourcing.answer.hours', { hours: number(answer.hoursPerWeek) })}${
            best ? ` ${describeStaffing(best.staffing, best.coverage, context)}` : ''
          }`,
    currency: answer.currency,
    hoursPerWeek: round(answer.hoursPerWeek, 1),
    horizonMonths: answer.input.horizonMonths,
    options: answer.options.map((option) => ({
      id: option.id,
      name: optionName(option.id, t),
      hint: t(`sourcing.option.${option.id}.hint`),
      score: option.score,
      feasible: option.feasible,
      severity: option.severity ?? null,
      monthlyCost: Math.round(option.monthlyCost),
      oneOffCost: Math.round(option.oneOffCost),
      aid: Math.round(option.aid),
      totalCost: Math.round(option.totalCost),
      startWeeks: option.startWeeks,
      fte: round(option.fte),
      people: option.staffing.people,
      coverage: option.coverage,
      staffing: describeStaffing(option.staffing, option.coverage, context),
      issues: option.issues,
      ratings: Object.fromEntries(
        CRITERIA.map((criterion) => [criterion, round(option.ratings[criterion])]),
      ) as Record<Criterion, number>,
      reasons: option.reasons.map((reason) => ({
        ...(reason.type === 'blocker' ? reason : { ...reason, impact: round(reason.impact) }),
        text: describeReason(reason, option, context),
      })),
      ...(option.payroll && option.staffing.kind !== 'colleague'
        ? {
            breakdown: breakdownView(option.payroll, option.staffing.kind, answer, t, money),
          }
        : {}),
    })),
    ...(planView ? { plan: planView } : {}),
    weights: CRITERIA.map((criterion) => ({
      criterion,
      label: t(`sourcing.criterion.${criterion}`),
      weight: round(answer.weights[criterion]),
      computed: round(computed[criterion]),
      edited: answer.input.weights[criterion] !== undefined,
    })),
    sensitivity: answer.sensitivity.map((threshold) => ({
      ...threshold,
      text: describeThreshold(threshold, context),
    })),
    assumptions: answer.assumptions.map((item) => {
      const dated = isDated(item.figure, currentYear);
      return {
        key: item.key,
        value: item.value,
        defaultValue: item.defaultValue,
        edited: item.edited,
        label: assumptionLabel(item.key, item.figure.label[locale], t),
        unit: item.figure.unit,
        currency: item.figure.currency,
        reliability: item.figure.reliability,
        source: { ...item.figure.source, name: item.figure.source.name[locale] },
        dated,
        ...(dated && item.figure.stillUsedBecause
          ? { stillUsedBecause: item.figure.stillUsedBecause[locale] }
          : {}),
      };
    }),
    notices,
    inputSummary: summariseInput(answer, t, money, number),
    briefAvailable: answer.recommendation !== null && BRIEF_OPTIONS.includes(answer.recommendation),
    input: answer.input,
  };
}

function formatMoneyExact(value: number, currency: 'EUR' | 'CAD', locale: WordingLocale): string {
  return formatMoney(value, currency, locale, { fractionDigits: 2 });
}

function breakdownView(
  payroll: NonNullable<SourcingAnswer['options'][number]['payroll']>,
  kind: 'employee' | 'lead' | 'apprentice' | 'provider' | 'colleague',
  answer: SourcingAnswer,
  t: Translate,
  money: (value: number) => string,
): CostBreakdownView {
  const row = (family: CostBreakdownView['rows'][number]['family'], amount: number) => ({
    family,
    label: t(`sourcing.breakdown.${family}`),
    amount: Math.round(amount),
    text: money(amount),
  });
  return {
    title: t(`sourcing.breakdown.title.${kind === 'apprentice' ? 'apprentice' : 'employee'}`),
    rows: [
      row('gross', payroll.gross),
      ...COST_FAMILIES.filter((family) => payroll.families[family] > 0.5).map((family) =>
        row(family, payroll.families[family]),
      ),
      ...(payroll.reductions > 0.5 ? [row('reductions', -payroll.reductions)] : []),
      row('total', payroll.total),
      ...(payroll.firstYearAid > 0.5 ? [row('aid', -payroll.firstYearAid)] : []),
    ],
    source: t(`sourcing.breakdown.source.${answer.input.country}`, {
      year: answer.minimumWage.year,
    }),
  };
}

function summariseInput(
  answer: SourcingAnswer,
  t: Translate,
  money: (value: number) => string,
  number: (value: number) => string,
): { label: string; value: string }[] {
  const input = answer.input;
  const rows = [
    ...(input.company ? [{ label: t('sourcing.field.company'), value: input.company }] : []),
    { label: t('sourcing.field.country'), value: t(`sourcing.country.${input.country}`) },
    { label: t('sourcing.field.headcount'), value: number(input.headcount) },
    {
      label: t('sourcing.field.monthlyBudget', { currency: answer.currency }),
      value: money(input.monthlyBudget),
    },
    {
      label: t('sourcing.field.hoursPerWeek'),
      value:
        input.workloadMode === 'hours'
          ? number(input.hoursPerWeek)
          : t('sourcing.summary.estimated', {
              hours: number(answer.hoursPerWeek),
              networks: input.networks,
              posts: number(input.postsPerWeek),
              conversations: number(input.conversationsPerWeek),
            }),
    },
    { label: t('sourcing.field.coverage'), value: coverageName(input.coverage, t) },
    {
      label: t('sourcing.field.objectives'),
      value: input.objectives.map((objective) => t(`sourcing.objective.${objective}`)).join(', '),
    },
    { label: t('sourcing.field.startWithinWeeks'), value: number(input.startWithinWeeks) },
    { label: t('sourcing.field.horizonMonths'), value: number(input.horizonMonths) },
    {
      label: t('sourcing.field.canTrain'),
      value: t(input.canTrain ? 'sourcing.yes' : 'sourcing.no'),
    },
    { label: t('sourcing.field.seniority'), value: t(`sourcing.seniority.${input.seniority}`) },
    {
      label: t('sourcing.field.scales'),
      value: `${t('sourcing.field.closeness')} ${input.closeness}/5 · ${t('sourcing.field.independence')} ${input.independence}/5 · ${t('sourcing.field.outsideVoice')} ${input.outsideVoice}/5`,
    },
  ];
  if (input.country === 'fr') {
    rows.push({
      label: t('sourcing.field.transportLevyPercent'),
      value: `${number(input.transportLevyPercent)} %`,
    });
  }
  return rows;
}
