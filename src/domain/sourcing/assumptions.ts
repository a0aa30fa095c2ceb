import type { Figure, SourcingFile } from '../content/sourcing.ts';
import { ASSUMPTION_KEYS } from './input.ts';
import type { AssumptionKey, Assumptions, Country, SourcingInput } from './input.ts';

/** Which content figure gives each assumption's default, per country. */
export const ASSUMPTION_FIGURES: Record<AssumptionKey, Record<Country, string>> = {
  salaryJunior: { fr: 'fr-salary-junior', qc: 'qc-salary-junior' },
  salaryConfirmed: { fr: 'fr-salary-confirmed', qc: 'qc-salary-confirmed' },
  salarySenior: { fr: 'fr-salary-senior', qc: 'qc-salary-senior' },
  traineeSalary: { fr: 'fr-salary-junior', qc: 'qc-salary-junior' },
  fullTimeHours: { fr: 'fr-full-time-hours', qc: 'qc-full-time-hours' },
  hoursPerPlatformMonth: both('hours-per-platform-month'),
  hoursPerSpaceWeek: both('hours-per-space-week'),
  minutesPerPost: both('minutes-per-post'),
  minutesPerConversation: both('minutes-per-conversation'),
  recruitmentWeeks: both('recruitment-weeks'),
  recruitmentFeePercent: both('recruitment-fee-percent'),
  jobBoardCost: { fr: 'fr-job-board-cost', qc: 'qc-job-board-cost' },
  onboardingMonths: both('onboarding-months'),
  equipmentCost: { fr: 'fr-equipment-cost', qc: 'qc-equipment-cost' },
  toolsMonthly: { fr: 'fr-tools-monthly', qc: 'qc-tools-monthly' },
  trainingCost: { fr: 'fr-training-cost', qc: 'qc-training-cost' },
  trainingWeeks: both('training-weeks'),
  upskillMaxSharePercent: both('upskill-max-share'),
  freelanceDayRate: { fr: 'fr-freelance-day-rate', qc: 'qc-freelance-day-rate' },
  freelanceHoursPerDay: both('freelance-hours-per-day'),
  freelanceMinMonthly: { fr: 'fr-freelance-min-monthly', qc: 'qc-freelance-min-monthly' },
  freelanceStartWeeks: both('freelance-start-weeks'),
  agencyHourlyRate: { fr: 'fr-agency-hourly-rate', qc: 'qc-agency-hourly-rate' },
  agencyMinMonthly: { fr: 'fr-agency-min-monthly', qc: 'qc-agency-min-monthly' },
  agencySetupFee: { fr: 'fr-agency-setup-fee', qc: 'qc-agency-setup-fee' },
  agencyStartWeeks: both('agency-start-weeks'),
  hybridOutsideSharePercent: both('hybrid-outside-share'),
  crisisRetainerMonthly: { fr: 'fr-crisis-retainer', qc: 'qc-crisis-retainer' },
  partTimeMinHours: { fr: 'fr-part-time-min-hours', qc: 'qc-part-time-min-hours' },
  // The work-study contract is French; Québec answers mark the apprentice option unavailable.
  apprenticePaySharePercent: both('apprentice-pay-share'),
  apprenticeSchoolSharePercent: both('apprentice-school-share'),
  apprenticeTutorHours: both('apprentice-tutor-hours'),
  apprenticeCoachingHoursMonth: both('apprentice-coaching-hours'),
  apprenticeStartWeeks: both('apprentice-start-weeks'),
  apprenticeMinContractMonths: both('apprentice-min-contract-months'),
};

function both(id: string): Record<Country, string> {
  return { fr: id, qc: id };
}

/** Every figure of the sourcing content, by id. */
export function indexFigures(files: readonly SourcingFile[]): Map<string, Figure> {
  return new Map(files.flatMap((file) => file.figures.map((figure) => [figure.id, figure])));
}

/** Looks a figure up, failing loudly: a missing figure is a content error, not a user error. */
export function requireFigure(figures: ReadonlyMap<string, Figure>, id: string): Figure {
  const figure = figures.get(id);
  if (!figure) throw new Error(`content/sourcing: figure "${id}" is missing`);
  return figure;
}

/** One assumption as shown to the person and returned by the API: value, where it comes from, edited or not. */
export interface ResolvedAssumption {
  key: AssumptionKey;
  value: number;
  /** The sourced default, kept so the person sees what they changed. */
  defaultValue: number;
  edited: boolean;
  figure: Figure;
}

/** The sourced defaults of every assumption for a country. */
export function defaultAssumptions(
  figures: ReadonlyMap<string, Figure>,
  country: Country,
): Assumptions {
  return Object.fromEntries(
    ASSUMPTION_KEYS.map((key) => [
      key,
      requireFigure(figures, ASSUMPTION_FIGURES[key][country]).value,
    ]),
  ) as Assumptions;
}

/** Merges the person's edits over the sourced defaults, keeping both for display. */
export function resolveAssumptions(
  figures: ReadonlyMap<string, Figure>,
  input: SourcingInput,
): ResolvedAssumption[] {
  return ASSUMPTION_KEYS.map((key) => {
    const figure = requireFigure(figures, ASSUMPTION_FIGURES[key][input.country]);
    const override = input.assumptions[key];
    const value = override ?? figure.value;
    return { key, value, defaultValue: figure.value, edited: value !== figure.value, figure };
  });
}

/** The plain numbers the cost model uses. */
export function assumptionValues(resolved: readonly ResolvedAssumption[]): Assumptions {
  return Object.fromEntries(resolved.map((item) => [item.key, item.value])) as Assumptions;
}
