import type { Staffing } from './costs.ts';
import type { Evaluation, OptionResult, Reason } from './evaluate.ts';
import type { Coverage, OptionId } from './input.ts';
import type { PlanChange } from './plan.ts';
import type { Threshold } from './sensitivity.ts';

/** A translator for the `sourcing.` keys: the island, the API and the PDF each pass their own. */
export type { Translate } from '../text/index.ts';
import type { Locale, Translate } from '../text/index.ts';
import { formatMoney, formatNumber } from '../text/index.ts';
export { createTranslator, formatMoney, formatNumber } from '../text/index.ts';

/** Locales the wording exists in. */
export type WordingLocale = Locale;

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

/** What every sentence of the answer needs: translator, locale, currency and horizon. */
export interface WordingContext {
  t: Translate;
  locale: WordingLocale;
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
        // Why the work is too little depends on the option: a lead's role, a trade to learn, a
        // contract mostly idle.
        return t(`${key}.${option.id}`, {
          hours: number(issue.hours),
          minimum: number(issue.minimum),
        });
      case 'contract-length':
        return t(key, { months: issue.months, minimum: issue.minimum });
      case 'budget':
        return t(key, { average: money(issue.averageMonthly), budget: money(issue.budget) });
      case 'start':
        return t(key, { weeks: issue.weeks, limit: number(issue.limit) });
      case 'no-trainee':
        return t(key);
      case 'unavailable':
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

/** The headline of an answer: the recommendation, the closest plan, or nothing to staff. */
export function describeHeadline(evaluation: Evaluation, t: Translate): string {
  if (evaluation.recommendation === null) return t('sourcing.answer.noWork');
  const option = optionName(evaluation.recommendation, t);
  return evaluation.recommendationFeasible
    ? t('sourcing.answer.recommended', { option })
    : t('sourcing.answer.closest', { option });
}

/** One exact change of a plan: « Budget : 2 450 € par mois au lieu de 2 000 € (+450 €) ». */
export function describePlanChange(change: PlanChange, context: WordingContext): string {
  const { t, locale, currency } = context;
  const money = (value: number) => formatMoney(value, currency, locale);
  const number = (value: number) => formatNumber(value, locale);
  switch (change.type) {
    case 'budget':
      return t('sourcing.plan.change.budget', {
        to: money(change.to),
        from: money(change.from),
        delta: money(change.to - change.from),
      });
    case 'start':
      return t('sourcing.plan.change.start', {
        to: number(change.to),
        from: number(change.from),
        delta: number(change.to - change.from),
      });
    case 'coverage':
      return t('sourcing.plan.change.coverage', {
        to: coverageName(change.to, t),
        from: coverageName(change.from, t),
      });
    case 'hours':
      return t('sourcing.plan.change.hours', {
        to: number(change.to),
        from: number(change.from),
        delta: number(Math.round((change.from - change.to) * 10) / 10),
      });
  }
}

/** The name of a coverage level, in lower case for use inside a sentence. */
export function coverageName(coverage: Coverage, t: Translate): string {
  return t(`sourcing.coverage.${coverage}`).toLowerCase();
}

/** How an option is staffed and so what it can cover: « 2 personnes à temps plein… ». */
export function describeStaffing(
  staffing: Staffing,
  coverage: Coverage,
  context: WordingContext,
): string {
  const { t, locale } = context;
  const hours = formatNumber(staffing.hoursPerPerson, locale);
  const who =
    staffing.kind === 'provider'
      ? t(staffing.people > 1 ? 'sourcing.staffing.team' : 'sourcing.staffing.one-provider')
      : staffing.kind === 'colleague'
        ? t('sourcing.staffing.colleague', { hours })
        : staffing.kind === 'apprentice'
          ? t('sourcing.staffing.apprentice', { hours })
          : staffing.kind === 'lead'
            ? t('sourcing.staffing.lead', { count: staffing.people, hours })
            : t(`sourcing.staffing.${staffing.fullTime ? 'full-time' : 'part-time'}`, {
                count: staffing.people,
                hours,
              });
  // Several employees or leads share the cover (« elles couvrent »); a provider is one subject.
  const sharing = staffing.kind === 'lead' || staffing.kind === 'employee';
  const count = sharing ? staffing.people : 1;
  return `${who} ${t(`sourcing.staffing.covers.${coverage}`, { count })}`;
}
