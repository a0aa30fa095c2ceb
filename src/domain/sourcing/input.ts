import { SENIORITY_LEVELS } from '../content/role-values.ts';
import { z } from 'zod';
import { checkAssumptionLimits } from './assumption-limits.ts';

/**
 * The ways to staff community management that the helper compares: full-time hire(s), part-time
 * hire(s), the owner or a colleague with short training, an apprentice (work-study contract), a
 * freelancer, an agency, or an in-house lead with outside experts.
 */
export const OPTION_IDS = [
  'in-house',
  'part-time',
  'upskill',
  'apprentice',
  'freelance',
  'agency',
  'hybrid',
] as const;
/** One sourcing option. */
export type OptionId = (typeof OPTION_IDS)[number];

/** Where the company employs people; decides the currency, salaries and employer contributions. */
export const COUNTRIES = ['fr', 'qc'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Hours the presence must be covered: office hours, evenings and weekends, or round the clock in a crisis. */
export const COVERAGE_LEVELS = ['office', 'extended', 'crisis'] as const;
export type Coverage = (typeof COVERAGE_LEVELS)[number];

/** What the online presence is for. */
export const OBJECTIVES = [
  'visibility',
  'customer-service',
  'acquisition',
  'e-reputation',
  'internal',
] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** Seniority of the person hired in-house, which sets the salary. */
export const SENIORITIES = SENIORITY_LEVELS;
export type Seniority = (typeof SENIORITIES)[number];

/** The keys of every editable cost or time assumption; defaults come from `content/sourcing`. */
export const ASSUMPTION_KEYS = [
  'salaryJunior',
  'salaryConfirmed',
  'salarySenior',
  'traineeSalary',
  'fullTimeHours',
  'hoursPerPlatformMonth',
  'hoursPerSpaceWeek',
  'minutesPerPost',
  'minutesPerConversation',
  'recruitmentWeeks',
  'recruitmentFeePercent',
  'jobBoardCost',
  'onboardingMonths',
  'equipmentCost',
  'toolsMonthly',
  'trainingCost',
  'trainingWeeks',
  'upskillMaxSharePercent',
  'freelanceDayRate',
  'freelanceHoursPerDay',
  'freelanceMinMonthly',
  'freelanceStartWeeks',
  'agencyHourlyRate',
  'agencyMinMonthly',
  'agencySetupFee',
  'agencyStartWeeks',
  'hybridOutsideSharePercent',
  'crisisRetainerMonthly',
  'partTimeMinHours',
  'apprenticePaySharePercent',
  'apprenticeSchoolSharePercent',
  'apprenticeTutorHours',
  'apprenticeCoachingHoursMonth',
  'apprenticeStartWeeks',
  'apprenticeMinContractMonths',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

/** Every assumption as a number, once defaults and the person's edits are merged. */
export type Assumptions = Record<AssumptionKey, number>;

/**
 * The limits of every numeric input, in one place: the schema enforces them, the form shows them
 * in its messages (« entre 0 et 1 000 000 ») and the sensitivity search stays inside them.
 */
export const LIMITS = {
  headcount: { min: 1, max: 100_000, integer: true },
  monthlyBudget: { min: 0, max: 1_000_000, integer: false },
  networks: { min: 0, max: 20, integer: true },
  communitySpaces: { min: 0, max: 20, integer: true },
  postsPerWeek: { min: 0, max: 200, integer: false },
  conversationsPerWeek: { min: 0, max: 5000, integer: false },
  hoursPerWeek: { min: 0, max: 200, integer: false },
  closeness: { min: 1, max: 5, integer: true },
  independence: { min: 1, max: 5, integer: true },
  outsideVoice: { min: 1, max: 5, integer: true },
  startWithinWeeks: { min: 1, max: 104, integer: true },
  horizonMonths: { min: 1, max: 120, integer: true },
  transportLevyPercent: { min: 0, max: 5, integer: false },
  weight: { min: 0, max: 10, integer: false },
  assumption: { min: 0, max: 1_000_000, integer: false },
} as const;
export type LimitedField = keyof typeof LIMITS;

/** The message of an out-of-range or empty number: it names the limits (the form translates it). */
export function rangeMessage(field: LimitedField): string {
  const { min, max, integer } = LIMITS[field];
  return `enter ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
}

/**
 * A number within a field's limits. Text is read as a number, but an empty string is refused, not
 * read as 0: an empty budget must never silently become 0 €. `undefined` takes the default.
 */
function limited(field: LimitedField) {
  const { min, max, integer } = LIMITS[field];
  const message = rangeMessage(field);
  const base = z.number({ error: message }).min(min, message).max(max, message);
  return z.preprocess(
    (value) =>
      typeof value === 'string' ? (value.trim() === '' ? Number.NaN : Number(value)) : value,
    integer ? base.int(message) : base,
  );
}
const positive = () => limited('assumption');

/** The person's overrides of assumptions; each is optional and replaces the content default. */
export const AssumptionOverridesSchema = z
  .object(
    Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, positive().optional()])) as {
      [K in AssumptionKey]: z.ZodOptional<ReturnType<typeof positive>>;
    },
  )
  .partial()
  .strict()
  .superRefine(checkAssumptionLimits);
export type AssumptionOverrides = z.output<typeof AssumptionOverridesSchema>;

/** The criteria the score weighs; each is tied to the sources' arguments in `criteria.ts`. */
export const CRITERIA = [
  'continuity',
  'synergy',
  'independence',
  'outside-view',
  'breadth',
  'flexibility',
  'cost',
  'coverage',
  'speed',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** The person's weights, criterion by criterion; a criterion left out keeps the computed weight. */
export const WeightOverridesSchema = z
  .object(
    Object.fromEntries(CRITERIA.map((key) => [key, limited('weight').optional()])) as {
      [K in Criterion]: z.ZodOptional<ReturnType<typeof limited>>;
    },
  )
  .partial()
  .strict();
export type WeightOverrides = z.output<typeof WeightOverridesSchema>;

/**
 * The helper's inputs. Every field is optional and has a sensible default, so `{}` is a valid
 * request. The same schema validates the form, the `POST /api/sourcing` body and the URL.
 */
export const SourcingInputSchema = z
  .object({
    /** Where the person would be employed: France (EUR) or Québec (CAD). */
    country: z.enum(COUNTRIES).default('fr'),
    /** Number of employees of the company. */
    headcount: limited('headcount').default(10),
    /** What the company can spend per month on community management, in the country's currency. */
    monthlyBudget: limited('monthlyBudget').default(3000),
    /** `estimate`: derive hours from the presence below; `hours`: use `hoursPerWeek` directly. */
    workloadMode: z.enum(['estimate', 'hours']).default('estimate'),
    /** Social networks to run (Facebook, LinkedIn, Instagram, …). */
    networks: limited('networks').default(2),
    /** Community spaces to lead besides the networks (forum, group, Discord server, …). */
    communitySpaces: limited('communitySpaces').default(0),
    /** Posts published per week, all networks together. */
    postsPerWeek: limited('postsPerWeek').default(4),
    /** Comments and messages that need an answer, per week. */
    conversationsPerWeek: limited('conversationsPerWeek').default(15),
    /** Weekly hours, used when `workloadMode` is `hours`. */
    hoursPerWeek: limited('hoursPerWeek').default(15),
    /** Hours that must be covered. */
    coverage: z.enum(COVERAGE_LEVELS).default('office'),
    /** What the presence is for; at least one. */
    objectives: z
      .array(z.enum(OBJECTIVES))
      .min(1)
      .default(['visibility'])
      .transform((list) => [...new Set(list)]),
    /** How closely the role works with other departments, 1 (little) to 5 (every day). */
    closeness: limited('closeness').default(3),
    /** Need for strategic independence and confidentiality, 1 to 5. */
    independence: limited('independence').default(3),
    /** Value of an outside, neutral voice, 1 to 5. */
    outsideVoice: limited('outsideVoice').default(2),
    /** The work must start within this many weeks. */
    startWithinWeeks: limited('startWithinWeeks').default(12),
    /** Period over which costs are compared, in months. */
    horizonMonths: limited('horizonMonths').default(12),
    /** Whether an existing employee could be trained to do it part-time. */
    canTrain: z.boolean().default(true),
    /** Seniority of a person hired in-house. */
    seniority: z.enum(SENIORITIES).default('confirmed'),
    /** Edited assumptions; anything left out keeps the sourced default. */
    assumptions: AssumptionOverridesSchema.default({}),
    /** Company name, used in the PDF's title and file name and in the mission brief. */
    company: z.string().trim().max(80, 'at most 80 characters').default(''),
    /**
     * Transport levy (versement mobilité) rate of the place of work, percent, from URSSAF's search
     * engine; 0 when the place has none or the company has 11 staff or fewer.
     */
    transportLevyPercent: limited('transportLevyPercent').default(0),
    /** The person's own weight for some criteria (0 to 10); the others keep the computed weight. */
    weights: WeightOverridesSchema.default({}),
    /** The role template the outsourcing brief draws its perimeter, red lines and KPIs from. */
    role: z.enum(['manager', 'animator', 'expert']).optional(),
  })
  .strict();

/** Validated inputs with defaults applied. */
export type SourcingInput = z.output<typeof SourcingInputSchema>;
/** What a caller may send (everything optional). */
export type SourcingInputDraft = z.input<typeof SourcingInputSchema>;

/** Parses a possibly partial input, applying defaults; throws on invalid values (for code, not users). */
export function withDefaults(draft: SourcingInputDraft = {}): SourcingInput {
  return SourcingInputSchema.parse(draft);
}
