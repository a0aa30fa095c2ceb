import { describe, expect, test } from 'vitest';
import {
  answersFromForm,
  buildQuestionnaire,
  contextFromForm,
  ContextFormSchema,
  createSaveRequestSchema,
  createStepSchema,
  createSubmissionSchema,
  SaveFormSchema,
} from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const complete = Object.fromEntries(
  questionnaire.items.map((item) => [
    item.id,
    item.type === 'scenario' ? 'a' : item.type === 'practice' || item.type === 'tool' ? 2 : 3,
  ]),
);
const body = { version: questionnaire.version, locale: 'en', answers: complete };
const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'));

describe('createSubmissionSchema', () => {
  const schema = createSubmissionSchema(questionnaire);
  test('accepts a complete answer set and defaults the context', () => {
    expect(schema.parse(body).context).toEqual({});
  });

  test('names each missing or malformed answer by its item', () => {
    const missing = Object.fromEntries(
      Object.entries(complete).filter(([id]) => id !== 'empathy-1'),
    );
    expect(paths(schema.safeParse({ ...body, answers: missing }))).toEqual(['answers.empathy-1']);
    expect(paths(schema.safeParse({ ...body, answers: { ...complete, empathy: 5 } }))).toEqual([
      'answers.empathy',
    ]);
    expect(
      paths(schema.safeParse({ ...body, answers: { ...complete, 'angry-customer': 'e' } })),
    ).toEqual(['answers.angry-customer']);
    expect(paths(schema.safeParse({ ...body, version: 'q2-old' }))).toEqual(['version']);
  });

  test('saving needs explicit consent; a name and the norms choice are optional', () => {
    const save = createSaveRequestSchema(questionnaire);
    expect(paths(save.safeParse(body))).toEqual(['consent']);
    expect(save.parse({ ...body, consent: true })).toMatchObject({ norms: false });
    expect(paths(save.safeParse({ ...body, consent: true, name: 'x'.repeat(81) }))).toEqual([
      'name',
    ]);
  });
});

describe('forms derived from the API schemas', () => {
  test('a step field holds strings and gives the API’s answer', () => {
    const items = questionnaire.items.filter((item) =>
      ['empathy-1', 'angry-customer', 'strategy'].includes(item.id),
    );
    const step = createStepSchema(items);
    expect(step.parse({ 'empathy-1': '4', 'angry-customer': 'b', strategy: '0' })).toEqual({
      'empathy-1': 4,
      'angry-customer': 'b',
      strategy: 0,
    });
    expect(step.safeParse({ 'empathy-1': '0', 'angry-customer': 'b', strategy: '0' }).success).toBe(
      false,
    );
    expect(answersFromForm(items, { 'empathy-1': '5', strategy: '' })).toEqual({ 'empathy-1': 5 });
  });

  test('the context form turns its strings into the API’s context', () => {
    expect(
      ContextFormSchema.parse({ yearsOfExperience: ' 4 ', sector: '', targetRole: 'animator' }),
    ).toEqual({
      yearsOfExperience: 4,
      sector: undefined,
      targetRole: 'animator',
    });
    expect(
      ContextFormSchema.safeParse({ yearsOfExperience: '61', sector: '', targetRole: '' }).success,
    ).toBe(false);
    expect(contextFromForm({ yearsOfExperience: '', sector: 'tourism', targetRole: '' })).toEqual({
      sector: 'tourism',
    });
  });

  test('the save form refuses an unticked consent box', () => {
    expect(
      SaveFormSchema.safeParse({ consent: false, keepName: false, norms: false }).success,
    ).toBe(false);
    expect(SaveFormSchema.parse({ consent: true, keepName: true, norms: true })).toEqual({
      consent: true,
      keepName: true,
      norms: true,
    });
  });
});
