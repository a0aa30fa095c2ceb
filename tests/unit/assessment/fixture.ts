import type { AssessmentCatalog } from '../../../src/domain/assessment/index.ts';
import { ResponseCheckSchema } from '../../../src/domain/content/response-check.ts';
import { ScenarioSchema } from '../../../src/domain/content/scenario.ts';
import type { Scenario } from '../../../src/domain/content/scenario.ts';
import { SkillSchema } from '../../../src/domain/content/skill.ts';
import type { SkillInput } from '../../../src/domain/content/skill.ts';
import type { z } from 'zod';

const text = (value: string) => ({ fr: value, en: value });
const levels = (name: string) => [1, 2, 3, 4].map((n) => text(`${name} level ${n}`));

const soft = (id: string, statements: [string, boolean][]): SkillInput =>
  ({
    id,
    kind: 'soft',
    family: 'relationship',
    label: text(id),
    description: text(`${id} description`),
    levels: levels(id),
    statements: statements.map(([statementId, reverse]) => ({
      id: statementId,
      reverse,
      text: text(`${statementId} text`),
    })),
  }) satisfies SkillInput;

const tool = (id: string, category: 'scheduling' | 'listening' | 'analytics'): SkillInput =>
  ({
    id,
    kind: 'tool',
    family: 'tools',
    category,
    label: text(id),
    description: text(`${id} description`),
    levels: levels(id),
  }) satisfies SkillInput;

const scenario = (id: string, skills: string[], points: [number, number, number, number]) =>
  ScenarioSchema.parse({
    id,
    title: text(id),
    situation: text(`${id} situation`),
    skills,
    options: (['a', 'b', 'c', 'd'] as const).map((optionId, index) => ({
      id: optionId,
      text: text(`${id} option ${optionId}`),
      points: points[index] ?? 0,
      rationale: text(`${id} why ${optionId}`),
    })),
    explanation: text(`${id} explanation`),
  } satisfies z.input<typeof ScenarioSchema>) satisfies Scenario;

/**
 * A small catalogue with hand-checkable numbers: three soft skills of four statements (two
 * reverse-keyed each), two know-how entries, three tools, two scenarios, two attention and two
 * impression items, two roles. The worked examples in the tests are computed by hand against it.
 */
export const FIXTURE_CATALOG = {
  skills: [
    soft('empathy', [
      ['empathy-1', false],
      ['empathy-2', false],
      ['empathy-3', true],
      ['empathy-4', true],
    ]),
    soft('calm', [
      ['calm-1', false],
      ['calm-2', true],
      ['calm-3', false],
      ['calm-4', true],
    ]),
    soft('rigour', [
      ['rigour-1', false],
      ['rigour-2', true],
      ['rigour-3', false],
      ['rigour-4', true],
    ]),
    {
      id: 'reporting',
      kind: 'know-how',
      family: 'analytics',
      label: text('reporting'),
      description: text('reporting description'),
      levels: levels('reporting'),
    } satisfies SkillInput,
    {
      id: 'strategy',
      kind: 'know-how',
      family: 'strategy',
      label: text('strategy'),
      description: text('strategy description'),
      levels: levels('strategy'),
    } satisfies SkillInput,
    tool('scheduler', 'scheduling'),
    tool('listening-tool', 'listening'),
    tool('analytics-tool', 'analytics'),
  ].map((skill) => SkillSchema.parse(skill)),
  scenarios: [
    scenario('angry-customer', ['empathy', 'calm'], [0, 2, 3, 1]),
    scenario('weekly-report', ['reporting'], [3, 1, 0, 2]),
  ],
  checks: [
    ResponseCheckSchema.parse({
      id: 'attention-two',
      purpose: 'attention',
      expected: 2,
      text: text('choose 2'),
    }),
    ResponseCheckSchema.parse({
      id: 'attention-five',
      purpose: 'attention',
      expected: 5,
      text: text('choose 5'),
    }),
    ResponseCheckSchema.parse({
      id: 'impression-one',
      purpose: 'impression',
      text: text('never irritated'),
    }),
    ResponseCheckSchema.parse({
      id: 'impression-two',
      purpose: 'impression',
      text: text('never late'),
    }),
  ],
  roles: [
    {
      id: 'animator',
      title: text('Animator'),
      competencies: [
        { skill: 'empathy', level: 3, weight: 'mandatory' },
        { skill: 'calm', level: 3, weight: 'mandatory' },
        { skill: 'reporting', level: 2, weight: 'relative' },
      ],
      tools: [{ skill: 'scheduler', level: 3 }],
    },
    {
      id: 'manager',
      title: text('Manager'),
      competencies: [
        { skill: 'empathy', level: 4, weight: 'mandatory' },
        { skill: 'reporting', level: 3, weight: 'relative' },
        { skill: 'strategy', level: 3, weight: 'relative' },
      ],
      tools: [{ skill: 'analytics-tool', level: 2 }],
    },
  ],
} satisfies AssessmentCatalog;

/** The value, or a failed test naming what was missing (instead of a non-null assertion). */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}
