import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  MIN_SECONDS_PER_ITEM,
  qualityFlags,
} from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, WORKED_ANSWERS } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const statementIds = ['calm-1', 'calm-2', 'calm-3', 'empathy-1', 'empathy-2', 'empathy-3'];
const allStatements = (value: number) => Object.fromEntries(statementIds.map((id) => [id, value]));

describe('qualityFlags', () => {
  test('raises nothing for careful, coherent answers', () => {
    expect(qualityFlags(questionnaire, WORKED_ANSWERS, 600)).toEqual([]);
  });

  test('notices every statement answered the same way', () => {
    const flags = qualityFlags(questionnaire, { ...WORKED_ANSWERS, ...allStatements(4) }, 600);
    expect(flags).toContainEqual({ type: 'identical-answers', value: 4 });
  });

  test('notices answers given faster than 3 seconds an item', () => {
    const items = questionnaire.items.length; // 11 answered items → 33 s minimum
    expect(MIN_SECONDS_PER_ITEM * items).toBe(33);
    expect(qualityFlags(questionnaire, WORKED_ANSWERS, 32)).toEqual([
      { type: 'too-fast', seconds: 32, minimum: 33 },
    ]);
    expect(qualityFlags(questionnaire, WORKED_ANSWERS, 33)).toEqual([]);
    expect(qualityFlags(questionnaire, WORKED_ANSWERS)).toEqual([]);
  });

  test('notices contradictory reverse-keyed pairs in two skills or more', () => {
    // calm-1 plain 5 and calm-2 reverse 5 (→ 1): 4 apart. empathy-1 5, empathy-3 reverse 4 (→ 2): 3.
    const contradictory = {
      ...WORKED_ANSWERS,
      'calm-1': 5,
      'calm-2': 5,
      'empathy-1': 5,
      'empathy-3': 4,
    };
    expect(qualityFlags(questionnaire, contradictory, 600)).toEqual([
      { type: 'contradictory-pairs', skills: ['calm', 'empathy'] },
    ]);
    // one skill only is not enough to caution
    expect(qualityFlags(questionnaire, { ...contradictory, 'empathy-3': 3 }, 600)).toEqual([]);
  });

  test('all-identical answers on a scale with reverse keys are also contradictory', () => {
    const flags = qualityFlags(questionnaire, { ...WORKED_ANSWERS, ...allStatements(5) }, 600);
    expect(flags.map((flag) => flag.type)).toEqual(['identical-answers', 'contradictory-pairs']);
  });
});
