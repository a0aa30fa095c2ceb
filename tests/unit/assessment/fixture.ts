import type { AssessmentCatalog } from '../../../src/domain/assessment/index.ts';
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
    })),
    explanation: text(`${id} explanation`),
  } satisfies z.input<typeof ScenarioSchema>) satisfies Scenario;

/**
 * A small catalogue with hand-checkable numbers: two soft skills of three statements (one
 * reverse-keyed in empathy, one in calm), a know-how measured only by a scenario, three tools, two
 * roles. The worked examples in the tests are computed by hand against it.
 */
export const FIXTURE_CATALOG = {
  skills: [
    soft('empathy', [
      ['empathy-1', false],
      ['empathy-2', false],
      ['empathy-3', true],
    ]),
    soft('calm', [
      ['calm-1', false],
      ['calm-2', true],
      ['calm-3', false],
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

/** The answers of the worked example (see the scoring and fit tests for the arithmetic). */
export const WORKED_ANSWERS = {
  'empathy-1': 5,
  'empathy-2': 4,
  'empathy-3': 2,
  'calm-1': 3,
  'calm-2': 4,
  'calm-3': 2,
  'angry-customer': 'b',
  'weekly-report': 'a',
  scheduler: 2,
  'listening-tool': 0,
  'analytics-tool': 4,
} as const;

/** The value, or a failed test naming what was missing (instead of a non-null assertion). */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}
