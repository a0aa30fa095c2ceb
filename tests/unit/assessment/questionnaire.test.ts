import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  publishQuestionnaire,
  shuffleWithSeed,
} from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, must } from './fixture.ts';

describe('buildQuestionnaire', () => {
  const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);

  test('asks statements by skill, then scenarios, then tools by category', () => {
    expect(questionnaire.items.map((item) => `${item.type}:${item.id}`)).toEqual([
      'statement:calm-1',
      'statement:calm-2',
      'statement:calm-3',
      'statement:empathy-1',
      'statement:empathy-2',
      'statement:empathy-3',
      'scenario:angry-customer',
      'scenario:weekly-report',
      'tool:analytics-tool',
      'tool:listening-tool',
      'tool:scheduler',
    ]);
    expect(questionnaire.roleIds).toEqual(['animator', 'manager']);
  });

  test('keeps its version while the items stay the same, and changes it when they change', () => {
    expect(buildQuestionnaire(FIXTURE_CATALOG).version).toBe(questionnaire.version);
    expect(questionnaire.version).toMatch(/^q1-[0-9a-f]{8}$/);
    const fewer = { ...FIXTURE_CATALOG, scenarios: FIXTURE_CATALOG.scenarios.slice(0, 1) };
    expect(buildQuestionnaire(fewer).version).not.toBe(questionnaire.version);
  });

  test('refuses two items with the same id, since answers are keyed by id', () => {
    const clash = {
      ...FIXTURE_CATALOG,
      scenarios: [{ ...must(FIXTURE_CATALOG.scenarios[0], 'scenario'), id: 'scheduler' }],
    };
    expect(() => buildQuestionnaire(clash)).toThrow(/scheduler/);
  });
});

describe('publishQuestionnaire', () => {
  test('gives each item its wording and answer format, without the scoring keys', () => {
    const published = publishQuestionnaire(
      FIXTURE_CATALOG,
      buildQuestionnaire(FIXTURE_CATALOG),
      'en',
    );
    const statement = published.items.find((item) => item.id === 'empathy-3');
    expect(statement).toEqual({
      type: 'statement',
      id: 'empathy-3',
      skill: 'empathy',
      text: 'empathy-3 text',
      format: { kind: 'agreement', values: [1, 2, 3, 4, 5] },
    });
    const tool = published.items.find((item) => item.id === 'scheduler');
    expect(tool).toMatchObject({ type: 'tool', format: { values: [0, 1, 2, 3, 4] } });
    expect(JSON.stringify(published)).not.toMatch(/"reverse"|"points"/);
  });
});

describe('shuffleWithSeed', () => {
  const ids = Array.from({ length: 20 }, (_, i) => `item-${i}`);

  test('gives the same order for the same seed (stable on reload)', () => {
    expect(shuffleWithSeed(ids, 42)).toEqual(shuffleWithSeed(ids, 42));
  });

  test('keeps every item once and changes the order with the seed', () => {
    const shuffled = shuffleWithSeed(ids, 7);
    expect([...shuffled].sort()).toEqual([...ids].sort());
    expect(shuffleWithSeed(ids, 8)).not.toEqual(shuffled);
    expect(shuffled).not.toEqual(ids);
  });
});
