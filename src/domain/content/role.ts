import { z } from 'zod';
import {
  ArticleIdSchema,
  IdSchema,
  LevelSchema,
  LocalizedListSchema,
  LocalizedTextSchema,
  SourceSchema,
} from './common.ts';
import { CONTRACT_TYPES, SENIORITY_LEVELS, WEIGHT_CLASSES } from './role-values.ts';

/** Article 001: hire on savoir-être and savoir-agir (mandatory) before savoir-faire (relative). */
export const WeightClassSchema = z.enum(WEIGHT_CLASSES);
export type WeightClass = z.output<typeof WeightClassSchema>;

/** Contract types a job description can offer. */
export const ContractTypeSchema = z.enum(CONTRACT_TYPES);
export type ContractType = z.output<typeof ContractTypeSchema>;

/** Seniority bands used for salaries and for the sourcing helper. */
export const SenioritySchema = z.enum(SENIORITY_LEVELS);
export type Seniority = z.output<typeof SenioritySchema>;

/** A mission of the role: what the person is there to do. */
export const MissionSchema = z.object({
  /** Stable id, unique within the role, e.g. `moderate-spaces`. */
  id: IdSchema,
  /** A short label, e.g. « Modérer les espaces ». */
  label: LocalizedTextSchema,
  /** One or two sentences that say what the mission covers. */
  description: LocalizedTextSchema,
  /** Source articles that name this mission. */
  articles: z.array(ArticleIdSchema).default([]),
});
export type Mission = z.output<typeof MissionSchema>;

/** A competency the role requires: a catalogue skill, a level, a weight class. */
export const RequiredCompetencySchema = z.object({
  /** Id of a catalogue skill of kind `soft` or `know-how`. */
  skill: IdSchema,
  level: LevelSchema,
  weight: WeightClassSchema,
});
export type RequiredCompetency = z.output<typeof RequiredCompetencySchema>;

/** A tool the role uses, and the level of mastery it needs. */
export const RequiredToolSchema = z.object({
  /** Id of a catalogue skill of kind `tool`. */
  skill: IdSchema,
  level: LevelSchema,
});
export type RequiredTool = z.output<typeof RequiredToolSchema>;

/** A measure of success for the role. */
export const KpiSchema = z.object({
  id: IdSchema,
  label: LocalizedTextSchema,
});
export type Kpi = z.output<typeof KpiSchema>;

/** Article 004: a clear objective, a perimeter, a line not to cross, who decides, escalation. */
export const PerimeterSchema = z.object({
  /** Examples of an objective this role can be hired for. */
  objectiveExamples: z.array(LocalizedTextSchema).min(1),
  inScope: z.array(LocalizedTextSchema).min(1),
  outOfScope: z.array(LocalizedTextSchema).min(1),
  /** Lines not to cross, whatever the pressure. */
  redLines: z.array(LocalizedTextSchema).min(1),
  /** Who decides (the brand, through a named function). */
  decides: LocalizedTextSchema,
  /** How and to whom the person escalates. */
  escalation: LocalizedTextSchema,
});
export type Perimeter = z.output<typeof PerimeterSchema>;

/** A salary band with the source and year it comes from. */
export const SalaryBandSchema = z.object({
  min: z.number().int().positive(),
  max: z.number().int().positive(),
  currency: z.enum(['EUR', 'CAD']),
  period: z.enum(['YEAR', 'MONTH']),
  /** Gross or net; French salaries are quoted gross. */
  basis: z.enum(['gross']).default('gross'),
  source: SourceSchema,
  /** What the band means and its limits (Paris vs regions, for instance). */
  note: LocalizedTextSchema,
});
export type SalaryBand = z.output<typeof SalaryBandSchema>;

/** An area an Expert can own; picking one adds its missions, competencies and tools. */
export const SpecialitySchema = z.object({
  /** One of: analysis-reporting, monitoring-reputation, content, technical-upkeep, strategic-marketing. */
  id: IdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  missions: z.array(MissionSchema).default([]),
  competencies: z.array(RequiredCompetencySchema).default([]),
  tools: z.array(RequiredToolSchema).default([]),
  kpis: z.array(KpiSchema).default([]),
});
export type Speciality = z.output<typeof SpecialitySchema>;

/** A role template of the community-management cell (article 001). One YAML file per role. */
export const RoleSchema = z
  .object({
    /** Stable id; also the file name: `manager`, `animator`, `expert`. */
    id: IdSchema,
    /** Display order on the roles page. */
    order: z.number().int().min(0),
    /** The job title, gender-neutral or giving both forms, with the « (F/H) » mark. */
    title: LocalizedTextSchema,
    /** Other accepted titles, gender-neutral forms included. */
    alternativeTitles: LocalizedListSchema,
    /** One line: what the role is for. */
    summary: LocalizedTextSchema,
    /** The role's place in the cell: who leads, who animates, who owns an area. */
    cellRole: LocalizedTextSchema,
    /** Reporting line; the function is transversal. */
    reportingLine: LocalizedTextSchema,
    missions: z.array(MissionSchema).min(3),
    competencies: z.array(RequiredCompetencySchema).min(3),
    tools: z.array(RequiredToolSchema).min(1),
    kpis: z.array(KpiSchema).min(2),
    perimeter: PerimeterSchema,
    contract: z.object({ type: ContractTypeSchema, seniority: SenioritySchema }),
    salary: SalaryBandSchema,
    /**
     * The band for a job in Québec, in CAD, with its own source and year; a template for a Québec
     * place uses it instead of the French band (added by the checks, issue 12).
     */
    salaryQuebec: SalaryBandSchema.optional(),
    /** Expert only: the areas HR can pick from. */
    specialities: z.array(SpecialitySchema).default([]),
  })
  .superRefine((role, ctx) => {
    if (role.salary.min > role.salary.max) {
      ctx.addIssue({ code: 'custom', path: ['salary', 'min'], message: 'min is above max' });
    }
    const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    for (const [field, ids] of [
      ['missions', role.missions.map((m) => m.id)],
      ['competencies', role.competencies.map((c) => c.skill)],
      ['tools', role.tools.map((t) => t.skill)],
    ] as const) {
      const dup = duplicates([...ids]);
      if (dup.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `duplicate ids: ${dup.join(', ')}`,
        });
      }
    }
  });
export type Role = z.output<typeof RoleSchema>;
export type RoleInput = z.input<typeof RoleSchema>;
