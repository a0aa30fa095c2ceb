import { SENIORITY_LEVELS } from '../content/role-values.ts';
import { z } from 'zod';

/** The five ways to staff community management that the helper compares. */
export const OPTION_IDS = ['in-house', 'upskill', 'freelance', 'agency', 'hybrid'] as const;
/** One sourcing option: hire, train an employee, freelancer, agency, or in-house lead + outside experts. */
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
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

/** Every assumption as a number, once defaults and the person's edits are merged. */
export type Assumptions = Record<AssumptionKey, number>;

const positive = (max: number) => z.coerce.number<number>().min(0).max(max);

/** The person's overrides of assumptions; each is optional and replaces the content default. */
export const AssumptionOverridesSchema = z
  .object(
    Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, positive(1_000_000).optional()])) as {
      [K in AssumptionKey]: z.ZodOptional<ReturnType<typeof positive>>;
    },
  )
  .partial()
  .strict();
export type AssumptionOverrides = z.output<typeof AssumptionOverridesSchema>;

/**
 * The helper's inputs. Every field is optional and has a sensible default, so `{}` is a valid
 * request. The same schema validates the form, the `POST /api/sourcing` body and the URL.
 */
export const SourcingInputSchema = z
  .object({
    /** Where the person would be employed: France (EUR) or Québec (CAD). */
    country: z.enum(COUNTRIES).default('fr'),
    /** Number of employees of the company. */
    headcount: z.coerce.number<number>().int().min(1).max(100_000).default(10),
    /** What the company can spend per month on community management, in the country's currency. */
    monthlyBudget: positive(1_000_000).default(3000),
    /** `estimate`: derive hours from the presence below; `hours`: use `hoursPerWeek` directly. */
    workloadMode: z.enum(['estimate', 'hours']).default('estimate'),
    /** Social networks to run (Facebook, LinkedIn, Instagram, …). */
    networks: z.coerce.number<number>().int().min(0).max(20).default(2),
    /** Community spaces to lead besides the networks (forum, group, Discord server, …). */
    communitySpaces: z.coerce.number<number>().int().min(0).max(20).default(0),
    /** Posts published per week, all networks together. */
    postsPerWeek: positive(200).default(4),
    /** Comments and messages that need an answer, per week. */
    conversationsPerWeek: positive(5000).default(15),
    /** Weekly hours, used when `workloadMode` is `hours`. */
    hoursPerWeek: positive(200).default(15),
    /** Hours that must be covered. */
    coverage: z.enum(COVERAGE_LEVELS).default('office'),
    /** What the presence is for; at least one. */
    objectives: z
      .array(z.enum(OBJECTIVES))
      .min(1)
      .default(['visibility'])
      .transform((list) => [...new Set(list)]),
    /** How closely the role works with other departments, 1 (little) to 5 (every day). */
    closeness: z.coerce.number<number>().int().min(1).max(5).default(3),
    /** Need for strategic independence and confidentiality, 1 to 5. */
    independence: z.coerce.number<number>().int().min(1).max(5).default(3),
    /** Value of an outside, neutral voice, 1 to 5. */
    outsideVoice: z.coerce.number<number>().int().min(1).max(5).default(2),
    /** The work must start within this many weeks. */
    startWithinWeeks: z.coerce.number<number>().int().min(1).max(104).default(12),
    /** Period over which costs are compared, in months. */
    horizonMonths: z.coerce.number<number>().int().min(1).max(120).default(12),
    /** Whether an existing employee could be trained to do it part-time. */
    canTrain: z.boolean().default(true),
    /** Seniority of a person hired in-house. */
    seniority: z.enum(SENIORITIES).default('confirmed'),
    /** Edited assumptions; anything left out keeps the sourced default. */
    assumptions: AssumptionOverridesSchema.default({}),
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
