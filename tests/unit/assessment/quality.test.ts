import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  confidenceOf,
  qualityFlags,
  readingFloorSeconds,
  scoreAnswers,
} from '../../../src/domain/assessment/index.ts';
import type { Answers, QualityFlag } from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);

/** A careful, honest answer set: consistent within each skill, checks answered as asked. */
const HONEST: Answers = {
  'empathy-1': 4,
  'empathy-2': 5,
  'empathy-3': 2,
  'empathy-4': 2,
  'calm-1': 3,
  'calm-2': 3,
  'calm-3': 4,
  'calm-4': 2,
  'rigour-1': 2,
  'rigour-2': 4,
  'rigour-3': 3,
  'rigour-4': 3,
  'attention-two': 2,
  'attention-five': 5,
  'impression-one': 2,
  'impression-two': 3,
  'angry-customer': 'b',
  'weekly-report': 'd',
  empathy: 3,
  calm: 2,
  rigour: 2,
  reporting: 2,
  strategy: 1,
  scheduler: 2,
  'listening-tool': 0,
  'analytics-tool': 1,
};

const flagsOf = (answers: Answers, elapsedSeconds = 600): QualityFlag[] =>
  qualityFlags(questionnaire, scoreAnswers(FIXTURE_CATALOG, questionnaire, answers), {
    answers,
    locale: 'en',
    elapsedSeconds,
  });
const typesOf = (answers: Answers, elapsedSeconds?: number) =>
  flagsOf(answers, elapsedSeconds).map((flag) => flag.type);
const agreementIds = questionnaire.items
  .filter((item) => item.type === 'statement' || item.type === 'check')
  .map((item) => item.id);
const withAgreement = (value: (id: string) => number): Answers => ({
  ...HONEST,
  ...Object.fromEntries(agreementIds.map((id) => [id, value(id)])),
});

describe('qualityFlags', () => {
  test('a careful honest answer set raises no caution: confidence stays high', () => {
    expect(flagsOf(HONEST)).toEqual([]);
    expect(confidenceOf(flagsOf(HONEST))).toBe('high');
  });

  test('speed is judged against the items’ reading length, not a flat time', () => {
    const floor = questionnaire.items.reduce(
      (sum, item) => sum + readingFloorSeconds(item, 'en'),
      0,
    );
    expect(typesOf(HONEST, Math.floor(floor) - 1)).toContain('too-fast');
    expect(typesOf(HONEST, Math.ceil(floor) + 1)).not.toContain('too-fast');
    const scenario = questionnaire.items.find((item) => item.type === 'scenario');
    const statement = questionnaire.items.find((item) => item.type === 'statement');
    expect(scenario && statement && scenario.words.en > statement.words.en).toBe(true);
  });

  test('the same answer everywhere (even with one exception) is straight-lining', () => {
    expect(typesOf(withAgreement(() => 4))).toContain('straight-lining');
    const almost = withAgreement((id) => (id === 'calm-3' ? 5 : 4));
    expect(typesOf(almost)).toContain('straight-lining');
    expect(confidenceOf(flagsOf(almost))).toBe('low');
  });

  test('agreeing with a statement and its opposite is acquiescence and inconsistency', () => {
    const types = typesOf(
      withAgreement((id) => (id.startsWith('attention') ? (id.endsWith('two') ? 2 : 5) : 5)),
    );
    expect(types).toEqual(expect.arrayContaining(['acquiescence', 'inconsistent']));
  });

  test('disagreeing with everything is flagged in the other direction', () => {
    const flags = flagsOf(withAgreement(() => 1));
    expect(flags).toContainEqual(
      expect.objectContaining({ type: 'acquiescence', direction: 'disagree' }),
    );
  });

  test('a missed attention item is named with the count', () => {
    expect(flagsOf({ ...HONEST, 'attention-two': 4 })).toContainEqual({
      type: 'attention',
      failed: 1,
      total: 2,
    });
  });

  test('fully endorsing statements no one can honestly endorse is impression management', () => {
    expect(typesOf({ ...HONEST, 'impression-one': 5, 'impression-two': 5 })).toContain(
      'impression',
    );
    expect(typesOf({ ...HONEST, 'impression-one': 5 })).not.toContain('impression');
  });

  test('claims far above the scenario choices are pointed out', () => {
    const claims: Answers = {
      ...HONEST,
      'empathy-1': 5,
      'empathy-2': 5,
      'empathy-3': 1,
      'empathy-4': 1,
      empathy: 4,
      'calm-1': 5,
      'calm-2': 1,
      'calm-3': 5,
      'calm-4': 1,
      calm: 4,
      reporting: 4,
      'angry-customer': 'a',
      'weekly-report': 'c',
    };
    expect(flagsOf(claims)).toContainEqual(
      expect.objectContaining({
        type: 'claims-above-choices',
        skills: ['calm', 'empathy', 'reporting'],
      }),
    );
  });

  test('confidence falls with the weight of the cautions', () => {
    expect(confidenceOf([{ type: 'impression', endorsed: 2, total: 4 }])).toBe('medium');
    expect(
      confidenceOf([
        { type: 'impression', endorsed: 2, total: 4 },
        { type: 'acquiescence', direction: 'agree', index: 4 },
      ]),
    ).toBe('low');
    expect(confidenceOf([{ type: 'too-fast', seconds: 10, minimum: 300 }])).toBe('low');
  });
});
