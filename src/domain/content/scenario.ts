import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.ts';

/** One possible reaction to a situation, worth 0 (harmful) to 3 (best) points. */
export const ScenarioOptionSchema = z.object({
  /** Stable id within the scenario: `a`, `b`, `c`, `d`. */
  id: z.enum(['a', 'b', 'c', 'd']),
  text: LocalizedTextSchema,
  /** 0–3, credited to every skill the scenario measures. */
  points: z.number().int().min(0).max(3),
  /** Why this reaction earns its points: shown to the person after the test. */
  rationale: LocalizedTextSchema,
});
export type ScenarioOption = z.output<typeof ScenarioOptionSchema>;

/** A situational-judgement scenario: a situation, four reactions, the skills it measures. */
export const ScenarioSchema = z
  .object({
    /** Stable id; also the file name. */
    id: IdSchema,
    /** Short title, e.g. « Client en colère en public ». */
    title: LocalizedTextSchema,
    /** The situation, told in two to four sentences. */
    situation: LocalizedTextSchema,
    /** Ids of the catalogue skills this scenario measures (at least one). */
    skills: z.array(IdSchema).min(1),
    /**
     * Exactly four options, ids a–d, exactly one worth 3 points. Options are about equally long
     * (a content test holds each within 25 % of the scenario's median), so length gives no cue.
     */
    options: z.array(ScenarioOptionSchema).length(4),
    /** Why the best option is best, in a few sentences. */
    explanation: LocalizedTextSchema,
  })
  .superRefine((scenario, ctx) => {
    const ids = scenario.options
      .map((option) => option.id)
      .sort()
      .join('');
    if (ids !== 'abcd') {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'options must have ids a, b, c and d',
      });
    }
    if (scenario.options.filter((option) => option.points === 3).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'exactly one option must be worth 3 points',
      });
    }
  });
export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
