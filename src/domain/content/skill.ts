import { z } from 'zod';
import { ArticleIdSchema, IdSchema, LocalizedListSchema, LocalizedTextSchema } from './common.ts';

/** What kind of competency a catalogue entry is (article 001: savoir-être/agir vs savoir-faire). */
export const SkillKindSchema = z.enum(['soft', 'know-how', 'tool']);
export type SkillKind = z.output<typeof SkillKindSchema>;

/** Families group the catalogue for reading; labels live in the `skills` interface dictionary. */
export const SkillFamilySchema = z.enum([
  // soft skills (savoir-être, savoir-agir en situation)
  'relationship',
  'communication',
  'judgement',
  'self-management',
  'leadership',
  'insight',
  // know-how (savoir-faire)
  'strategy',
  'content',
  'analytics',
  'monitoring',
  'technical',
  'marketing',
  // tools
  'tools',
]);
export type SkillFamily = z.output<typeof SkillFamilySchema>;

/** Tool categories, for tool entries only. */
export const ToolCategorySchema = z.enum([
  'social-networks',
  'scheduling',
  'listening',
  'analytics',
  'design',
  'community-platforms',
  'reporting',
]);
export type ToolCategory = z.output<typeof ToolCategorySchema>;

/** A self-assessment statement answered on a 5-point agreement scale. */
export const StatementSchema = z.object({
  /** Stable id, unique in the catalogue, e.g. `empathy-1`; stored answers are keyed by it. */
  id: IdSchema,
  /** True when agreeing means *less* of the skill; its answer is reversed (1↔5) before scoring. */
  reverse: z.boolean().default(false),
  /** The statement, first person, in both locales. */
  text: LocalizedTextSchema,
});
export type Statement = z.output<typeof StatementSchema>;

/** One catalogue entry: a soft skill, a know-how, or a tool. One YAML file per skill. */
export const SkillSchema = z
  .object({
    /** Stable id; also the file name. */
    id: IdSchema,
    kind: SkillKindSchema,
    family: SkillFamilySchema,
    /** For tools only: what the tool is used for. */
    category: ToolCategorySchema.optional(),
    /** Short name, e.g. « Empathie » / "Empathy". */
    label: LocalizedTextSchema,
    /**
     * Other words for the same quality, as the source articles or employers name it (« Instinct »
     * for reactivity); shown on the skills page so a reader of an article finds the entry.
     */
    aliases: LocalizedListSchema.default({ fr: [], en: [] }),
    /** One or two sentences: what the skill is and why a community manager needs it. */
    description: LocalizedTextSchema,
    /** What a person at level 1, 2, 3 and 4 actually does, in that order. */
    levels: z.array(LocalizedTextSchema).length(4),
    /**
     * Soft skills: at least three statements, at least one of them reverse-keyed (agreeing with
     * both directions is how acquiescence shows). Know-how and tools are rated on `levels`.
     */
    statements: z.array(StatementSchema).default([]),
    /** Tools: examples of products in use today, e.g. "Meta Business Suite, LinkedIn". */
    examples: z.array(z.string().min(1)).default([]),
    /** Tools: names from the articles that no longer exist, told as history. */
    history: LocalizedTextSchema.optional(),
    /** Which source articles name this quality or skill. */
    articles: z.array(ArticleIdSchema).default([]),
  })
  .superRefine((skill, ctx) => {
    if (skill.kind === 'tool' && !skill.category) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'a tool needs a category' });
    }
    if (skill.kind !== 'tool' && skill.category) {
      ctx.addIssue({ code: 'custom', path: ['category'], message: 'only tools have a category' });
    }
    if (skill.kind === 'tool' && skill.family !== 'tools') {
      ctx.addIssue({
        code: 'custom',
        path: ['family'],
        message: 'a tool belongs to the "tools" family',
      });
    }
    if (skill.kind === 'soft') {
      if (skill.statements.length < 3) {
        ctx.addIssue({
          code: 'custom',
          path: ['statements'],
          message: 'a soft skill needs at least three self-assessment statements',
        });
      }
      if (!skill.statements.some((statement) => statement.reverse)) {
        ctx.addIssue({
          code: 'custom',
          path: ['statements'],
          message: 'a soft skill needs at least one reverse-keyed statement',
        });
      }
    }
  });
export type Skill = z.output<typeof SkillSchema>;
export type SkillInput = z.input<typeof SkillSchema>;
