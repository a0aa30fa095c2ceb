import { z } from 'zod';
import { IdSchema } from '../content/common.ts';
import {
  ContractTypeSchema,
  RequiredCompetencySchema,
  RequiredToolSchema,
} from '../content/role.ts';
import {
  COMPANY_SIZES,
  REMOTE_MODES,
  SALARY_CURRENCIES,
  SALARY_PERIODS,
  WORKING_TIMES,
} from './options.ts';
import { LocaleSchema } from '../text/locale-schema.ts';

/**
 * The job description as data. `JobDescriptionSchema` is the complete document (what composition
 * returns, what the store keeps, what the form edits); `JobDescriptionDraftSchema` is the same
 * shape where every section but `role`, `locale` and `company` may be left out: the missing
 * sections come from the role template (see `composeJobDescription`). The draft schema is the one
 * used by the form resolver, the API and the tests.
 */

/** Languages a posting can be written in. */
export const PostingLocaleSchema = LocaleSchema;
export type PostingLocale = z.output<typeof PostingLocaleSchema>;

/** A single line of free text. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `at most ${max} characters` });

/** An optional web address; only http(s), since it becomes a link on the public page. */
const webAddress = z.url({ protocol: /^https?$/, error: 'a web address starting with https://' });

/** The hiring company, as it should appear in the posting. */
export const CompanySchema = z.object({
  /** Legal or trade name; required (an ad must name its employer). */
  name: z.string().trim().min(1, { error: 'the company name is required' }).max(120),
  /** Sector of activity, e.g. « Distribution de produits bio ». */
  sector: line(120).optional(),
  /** Head-count band. */
  size: z.enum(COMPANY_SIZES).optional(),
  /** A short presentation of the company for candidates. */
  presentation: line(1500).optional(),
  /** The company's website, for the JobPosting `sameAs`. */
  website: webAddress.optional(),
});
export type Company = z.output<typeof CompanySchema>;

/** A mission in the posting; template missions keep their id, added ones get `custom-…` ids. */
export const MissionItemSchema = z.object({
  /** Stable id: the template mission's id, or `custom-<n>` for an added one. */
  id: IdSchema,
  /** Short label. */
  label: z.string().trim().min(1, { error: 'a mission needs a label' }).max(160),
  /** What the mission covers. */
  description: line(700),
  /** Unticked missions stay in the draft but are left out of the posting. */
  enabled: z.boolean(),
});
export type MissionItem = z.output<typeof MissionItemSchema>;

/** A catalogue competency with the level the job requires: the role template's own schema. */
export const CompetencyItemSchema = RequiredCompetencySchema;
export type CompetencyItem = z.output<typeof CompetencyItemSchema>;

/** A catalogue tool with the level of mastery the job requires: the role template's schema. */
export const ToolItemSchema = RequiredToolSchema;
export type ToolItem = z.output<typeof ToolItemSchema>;

/** Article 004: what the role covers, what it does not, the lines not to cross, who decides. */
export const PerimeterDraftSchema = z.object({
  inScope: z.array(line(300)).max(20),
  outOfScope: z.array(line(300)).max(20),
  /** Lines not to cross, whatever the pressure. */
  redLines: z.array(line(300)).max(20),
  /** Who decides (the brand, through a named function). */
  decides: line(500),
  /** How and to whom the person escalates. */
  escalation: line(500),
});
export type PerimeterDraft = z.output<typeof PerimeterDraftSchema>;

/** Contract, working time. */
export const ContractDraftSchema = z.object({
  /** CDI, CDD, freelance mission, apprenticeship or internship. */
  type: ContractTypeSchema,
  /** Length in months, for fixed-term contracts, apprenticeships, internships and missions. */
  durationMonths: z.number().int().min(1).max(60).optional(),
  workingTime: z.enum(WORKING_TIMES),
  /** Weekly hours, for part-time work. */
  hoursPerWeek: z.number().min(1).max(48).optional(),
});
export type ContractDraft = z.output<typeof ContractDraftSchema>;

/** Where the work happens. */
export const LocationDraftSchema = z.object({
  /** Town of the workplace; may be empty for a fully remote job. */
  city: line(120),
  postalCode: line(12).optional(),
  /** Region or province; `QC` (or « Québec ») turns on the Québec rules when the country is CA. */
  region: line(80).optional(),
  /** ISO 3166-1 alpha-2 country code, e.g. FR, BE, CH, CA. */
  country: z.string().regex(/^[A-Z]{2}$/, { error: 'a two-letter country code, e.g. FR' }),
  remote: z.enum(REMOTE_MODES),
  /** Remote days per week, for hybrid work. */
  remoteDaysPerWeek: z.number().int().min(0).max(5).optional(),
});
export type LocationDraft = z.output<typeof LocationDraftSchema>;

/** Pay: a range (EU directive 2023/970 asks for it in the ad or before the interview). */
export const SalaryDraftSchema = z
  .object({
    /** Lower bound, gross. */
    min: z.number().int().min(0).max(10_000_000).optional(),
    /** Upper bound, gross. */
    max: z.number().int().min(0).max(10_000_000).optional(),
    currency: z.enum(SALARY_CURRENCIES),
    period: z.enum(SALARY_PERIODS),
  })
  .refine(
    (salary) => salary.min === undefined || salary.max === undefined || salary.min <= salary.max,
    {
      error: 'the minimum is above the maximum',
      path: ['max'],
    },
  );
export type SalaryDraft = z.output<typeof SalaryDraftSchema>;

/** How to apply; a posting without a way to apply is refused by job boards and Google. */
export const HowToApplySchema = z.object({
  /** What to send and what happens next. */
  instructions: line(1000),
  email: z.email({ error: 'an e-mail address' }).optional(),
  url: webAddress.optional(),
});
export type HowToApply = z.output<typeof HowToApplySchema>;

/** A language other than the posting's that the job requires, and why (Québec, art. 46). */
export const LanguageRequirementSchema = z.object({
  required: z.boolean(),
  /** The language, e.g. « anglais ». */
  language: line(60),
  /** Why the duties require it. */
  reason: line(500),
});
export type LanguageRequirement = z.output<typeof LanguageRequirementSchema>;

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
const isoDate = z.iso.date({ error: 'a date as YYYY-MM-DD' });

/** The complete job description. */
export const JobDescriptionSchema = z.object({
  /** Id of the role template it starts from: `manager`, `animator`, `expert`. */
  role: IdSchema,
  /** Expert only: the speciality picked. */
  speciality: IdSchema.optional(),
  /** Language of the posting (not of the interface). */
  locale: PostingLocaleSchema,
  /** The owner may publish the saved page: it is then indexable by search engines. */
  published: z.boolean(),
  /** The job title, gender-neutral or with both forms, and « (F/H) ». */
  title: z.string().trim().min(1, { error: 'the job title is required' }).max(160),
  company: CompanySchema,
  /** Article 004: why the company hires; there is no reason to hire without one. */
  objective: line(1000),
  missions: z.array(MissionItemSchema).max(30),
  competencies: z.array(CompetencyItemSchema).max(40),
  tools: z.array(ToolItemSchema).max(30),
  perimeter: PerimeterDraftSchema,
  /** Indicators of success. */
  kpis: z.array(line(200)).max(20),
  /** Reporting rhythm: to whom, how often, in what form. */
  reporting: line(400),
  /** Position in the organisation: reporting line and transversal links. */
  organisation: line(700),
  contract: ContractDraftSchema,
  location: LocationDraftSchema,
  salary: SalaryDraftSchema,
  startDate: isoDate.optional(),
  /** Last day applications are accepted (JobPosting `validThrough`). */
  validThrough: isoDate.optional(),
  howToApply: HowToApplySchema,
  languageRequirement: LanguageRequirementSchema,
});
export type JobDescription = z.output<typeof JobDescriptionSchema>;

/**
 * A draft: `role`, `locale` and `company` are required, every other section is optional and
 * replaces the template's section as a whole when given.
 */
export const JobDescriptionDraftSchema = JobDescriptionSchema.partial().required({
  role: true,
  locale: true,
  company: true,
});
export type JobDescriptionDraft = z.output<typeof JobDescriptionDraftSchema>;
export type JobDescriptionDraftInput = z.input<typeof JobDescriptionDraftSchema>;
