import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import {
  answersFromForm,
  buildQuestionnaire,
  contextFromForm,
  ContextFormSchema,
  createSaveRequestSchema,
  createStepSchema,
  createSubmissionSchema,
} from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, WORKED_ANSWERS } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const schema = createSubmissionSchema(questionnaire);
const valid = { version: questionnaire.version, locale: 'fr', answers: { ...WORKED_ANSWERS } };

/** The paths of the issues a body raises, as the API reports them. */
function issuePaths(body: unknown, target: z.ZodType = schema): string[] {
  const result = target.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.')).sort();
}

describe('createSubmissionSchema', () => {
  test('accepts a complete answer set and fills the empty context', () => {
    const result = schema.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data?.context).toEqual({});
  });

  test('names each missing answer by its item id', () => {
    const answers: Record<string, unknown> = { ...WORKED_ANSWERS };
    delete answers['empathy-2'];
    delete answers['weekly-report'];
    expect(issuePaths({ ...valid, answers })).toEqual([
      'answers.empathy-2',
      'answers.weekly-report',
    ]);
    const result = schema.safeParse({ ...valid, answers });
    expect(result.error?.issues[0]?.message).toBe('missing answer');
  });

  test.each([
    ['a statement outside 1–5', 'empathy-1', 6],
    ['a statement given as text', 'calm-1', '3'],
    ['a fractional statement', 'calm-2', 2.5],
    ['an unknown scenario option', 'angry-customer', 'e'],
    ['a scenario answered with a number', 'weekly-report', 1],
    ['a tool level above 4', 'scheduler', 5],
    ['a negative tool level', 'analytics-tool', -1],
  ])('rejects %s at answers.<itemId>', (_case, itemId, value) => {
    expect(issuePaths({ ...valid, answers: { ...WORKED_ANSWERS, [itemId]: value } })).toEqual([
      `answers.${itemId}`,
    ]);
  });

  test('rejects answers to items the questionnaire does not have', () => {
    expect(issuePaths({ ...valid, answers: { ...WORKED_ANSWERS, 'made-up': 3 } })).toEqual([
      'answers',
    ]);
  });

  test('rejects answers given to another questionnaire version', () => {
    expect(issuePaths({ ...valid, version: 'q1-00000000' })).toEqual(['version']);
  });

  test('rejects a target role that is not a template', () => {
    expect(issuePaths({ ...valid, context: { targetRole: 'astronaut' } })).toEqual([
      'context.targetRole',
    ]);
  });
});

describe('createSaveRequestSchema', () => {
  const save = createSaveRequestSchema(questionnaire);

  test('needs consent: true', () => {
    expect(issuePaths(valid, save)).toEqual(['consent']);
    expect(issuePaths({ ...valid, consent: false }, save)).toEqual(['consent']);
    expect(issuePaths({ ...valid, consent: true }, save)).toEqual([]);
  });
});

describe('wizard form helpers', () => {
  const statements = questionnaire.items.filter((item) => item.type === 'statement');

  test('a step is valid only when each of its items has an allowed value', () => {
    const step = createStepSchema(statements);
    const values = Object.fromEntries(statements.map((item) => [item.id, '3']));
    expect(step.safeParse(values).success).toBe(true);
    const result = step.safeParse({ ...values, 'calm-2': undefined, 'empathy-1': '9' });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'calm-2',
      'empathy-1',
    ]);
  });

  test('turns radio strings into the answers the submission schema accepts', () => {
    const form = Object.fromEntries(
      Object.entries(WORKED_ANSWERS).map(([id, value]) => [id, String(value)]),
    );
    const answers = answersFromForm(questionnaire.items, form);
    expect(answers).toEqual(WORKED_ANSWERS);
    expect(schema.safeParse({ ...valid, answers }).success).toBe(true);
  });

  test('leaves empty context fields out', () => {
    const form = ContextFormSchema.parse({ yearsOfExperience: ' 4 ', sector: '', targetRole: '' });
    expect(contextFromForm(form)).toEqual({ yearsOfExperience: 4 });
    expect(
      ContextFormSchema.safeParse({ yearsOfExperience: '61', sector: '', targetRole: '' }).success,
    ).toBe(false);
  });
});
