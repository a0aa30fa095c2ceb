import { describe, expect, test } from 'vitest';
import {
  bandFromScore,
  buildQuestionnaire,
  calibrateLevel,
  scoreAnswers,
  statementValue,
} from '../../../src/domain/assessment/index.ts';
import type { Answers } from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, must } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const skillOf = (answers: Answers, id: string) =>
  must(
    scoreAnswers(FIXTURE_CATALOG, questionnaire, answers).skills.find((s) => s.skill === id),
    id,
  );

describe('statementValue', () => {
  test.each([
    [5, false, 1],
    [4, false, 0.75],
    [3, false, 0.5],
    [1, true, 1],
    [2, true, 0.75],
    [5, true, 0],
  ])('answer %i (reverse %s) counts %d', (answer, reverse, value) => {
    expect(statementValue(answer, reverse)).toBe(value);
  });
});

describe('scoreAnswers', () => {
  test('combines statements, the declared practice level and a scenario (worked example)', () => {
    // empathy: statements 1 + .75 + .75 + 1 (weight 1 each), practice level 3 = .77 (weight 2),
    // scenario "c" = 3 points = 1 (weight .5): 5.54 / 6.5 = .852 → 85, band 4; observed 1 → level 4.
    const empathy = skillOf(
      {
        'empathy-1': 5,
        'empathy-2': 4,
        'empathy-3': 2,
        'empathy-4': 1,
        empathy: 3,
        'angry-customer': 'c',
      },
      'empathy',
    );
    expect(empathy).toMatchObject({ score: 85, level: 4, self: 84, observed: 100 });
    expect(empathy.evidence.map((e) => e.source)).toEqual([
      'statement',
      'statement',
      'statement',
      'statement',
      'scenario',
      'declared',
    ]);
  });

  test('self-report alone stops at level 3, and says why', () => {
    const rigour = skillOf(
      { 'rigour-1': 5, 'rigour-2': 1, 'rigour-3': 5, 'rigour-4': 1, rigour: 4 },
      'rigour',
    );
    expect(rigour.score).toBeGreaterThanOrEqual(85);
    expect(rigour).toMatchObject({ band: 4, level: 3, cap: 'no-scenario' });
  });

  test('level 4 needs scenario choices close to the best one', () => {
    const answers: Answers = {
      'calm-1': 5,
      'calm-2': 1,
      'calm-3': 5,
      'calm-4': 1,
      calm: 4,
      'angry-customer': 'b',
    };
    expect(skillOf(answers, 'calm')).toMatchObject({ level: 3, cap: 'scenarios-below-best' });
    expect(skillOf({ ...answers, 'angry-customer': 'c' }, 'calm').level).toBe(4);
  });

  test('"neither agree nor disagree" everywhere is level 1, not a middle level', () => {
    const empathy = skillOf(
      { 'empathy-1': 3, 'empathy-2': 3, 'empathy-3': 3, 'empathy-4': 3, empathy: 2 },
      'empathy',
    );
    expect(empathy.score).toBeLessThan(55);
    expect(empathy.level).toBe(1);
  });

  test('a know-how measured by its practice level and a scenario', () => {
    // practice level 2 = .62 (weight 2), scenario "a" = 1 (weight .5): 1.74 / 2.5 = .696 → 70.
    expect(skillOf({ reporting: 2, 'weekly-report': 'a' }, 'reporting')).toMatchObject({
      score: 70,
      level: 3,
    });
    expect(skillOf({ strategy: 0 }, 'strategy')).toMatchObject({ score: 0, level: 1 });
  });

  test('tools keep their declared level, categories average them', () => {
    const scores = scoreAnswers(FIXTURE_CATALOG, questionnaire, {
      scheduler: 2,
      'analytics-tool': 4,
    });
    expect(scores.tools).toEqual([
      { tool: 'analytics-tool', category: 'analytics', level: 4, score: 100 },
      { tool: 'scheduler', category: 'scheduling', level: 2, score: 50 },
    ]);
  });
});

describe('calibrateLevel', () => {
  test.each([
    [54, undefined, 1],
    [55, undefined, 2],
    [70, 0.2, 3],
    [85, undefined, 3],
    [85, 0.79, 3],
    [85, 0.8, 4],
  ])('score %i with observed %s gives level %i', (score, observed, level) => {
    expect(calibrateLevel(score, observed).level).toBe(level);
    expect(bandFromScore(score)).toBe(
      Math.min(4, 1 + [55, 70, 85].filter((t) => score >= t).length),
    );
  });
});
