import type { Evaluation, OptionResult, Reason } from './evaluate.ts';
import type { OptionId } from './input.ts';
import type { Threshold } from './sensitivity.ts';
import { formatMoney, formatNumber, type Locale, type Translate } from '../text/index.ts';

/** A translator for the `sourcing.` keys: the island, the API and the PDF each pass their own. */
export type { Translate };

/**
 * The label of an assumption: its own wording when the dictionary has one (the trained employee's
 * salary reuses the junior salary figure but is a different assumption), else the figure's label.
 */
export function assumptionLabel(key: string, figureLabel: string, t: Translate): string {
  const own = `sourcing.assumption.${key}`;
  const label = t(own);
  return label === own ? figureLabel : label;
}

/** The display name of an option. */
export function optionName(id: OptionId, t: Translate): string {
  return t(`sourcing.option.${id}`);
}

interface WordingContext {
  t: Translate;
  locale: Locale;
  currency: 'EUR' | 'CAD';
  horizonMonths: number;
}

/** One reason for or against an option, as a sentence. */
export function describeReason(
  reason: Reason,
  option: OptionResult,
  context: WordingContext,
): string {
  const { t, locale, currency } = context;
  const money = (value: number) => formatMoney(value, currency, locale);
  const number = (value: number) => formatNumber(value, locale);
  if (reason.type === 'blocker') {
    const issue = reason.issue;
    const key = `sourcing.reason.blocker.${issue.type}`;
    switch (issue.type) {
      case 'coverage':
        return t(key, { needed: t(`sourcing.coverage.${issue.needed}`).toLowerCase() });
      case 'hours':
        return t(key, { hours: number(issue.hours), limit: number(issue.limit) });
      case 'too-little-work':
        return t(key, { hours: number(issue.hours), minimum: number(issue.minimum) });
      case 'budget':
        return t(key, { average: money(issue.averageMonthly), budget: money(issue.budget) });
      case 'start':
        return t(key, { weeks: issue.weeks, limit: number(issue.limit) });
      case 'no-trainee':
        return t(key);
    }
  }
  return t(`sourcing.reason.${reason.type}.${reason.criterion}`, {
    total: money(option.totalCost),
    months: context.horizonMonths,
    weeks: option.startWeeks,
  });
}

/** A threshold as a sentence: "Above 30 h per week, Hire in-house would beat Freelancer." */
export function describeThreshold(threshold: Threshold, context: WordingContext): string {
  const { t, locale, currency } = context;
  const value =
    threshold.input === 'monthlyBudget'
      ? formatMoney(threshold.threshold, currency, locale)
      : formatNumber(threshold.threshold, locale);
  const condition = t(`sourcing.sensitivity.${threshold.direction}.${threshold.input}`, { value });
  const outcome =
    threshold.to === null
      ? t('sourcing.sensitivity.outcome.none')
      : threshold.from === null
        ? t('sourcing.sensitivity.outcome.appear', { to: optionName(threshold.to, t) })
        : t('sourcing.sensitivity.outcome.change', {
            to: optionName(threshold.to, t),
            from: optionName(threshold.from, t),
          });
  return `${condition}, ${outcome}`;
}

/** The headline of an answer: the recommendation, or the best option when none fits. */
export function describeHeadline(evaluation: Evaluation, t: Translate): string {
  const option = optionName(evaluation.recommendation, t);
  return evaluation.recommendationFeasible
    ? t('sourcing.answer.recommended', { option })
    : t('sourcing.answer.noneFeasible', { option });
}
