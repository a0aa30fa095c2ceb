import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  scoreAnswers,
  statementValue,
} from '../../../src/domain/assessment/index.ts';
import type { Answers } from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, must, WORKED_ANSWERS } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const scoreOf = (answers: Answers, skill: string) =>
  scoreAnswers(FIXTURE_CATALOG, questionnaire, answers).skills.find((s) => s.skill === skill)
    ?.score;

describe('statementValue', () => {
  test.each([
    [1, false, 0],
    [3, false, 0.5],
    [5, false, 1],
    [1, true, 1],
    [2, true, 0.75],
    [5, true, 0],
  ])('answer %i (reverse: %s) counts %d', (answer, reverse, value) => {
    expect(statementValue(answer, reverse)).toBe(value);
  });
});

describe('scoreAnswers', () => {
  test('reverse-scores reverse-keyed statements', () => {
    const agreeAll = { 'empathy-1': 5, 'empathy-2': 5, 'empathy-3': 5 };
    // 1 + 1 + 0 (the reverse one, 5 → 1) over three statements
    expect(scoreOf(agreeAll, 'empathy')).toBe(67);
    const consistent = { 'empathy-1': 5, 'empathy-2': 5, 'empathy-3': 1 };
    expect(scoreOf(consistent, 'empathy')).toBe(100);
  });

  test('credits a scenario option’s points to every skill the scenario measures', () => {
    const best = scoreAnswers(FIXTURE_CATALOG, questionnaire, { 'angry-customer': 'c' });
    expect(best.skills).toEqual([
      { skill: 'calm', score: 100, statements: 0, scenarios: 1 },
      { skill: 'empathy', score: 100, statements: 0, scenarios: 1 },
    ]);
    expect(scoreOf({ 'angry-customer': 'b' }, 'calm')).toBe(67);
    expect(scoreOf({ 'angry-customer': 'd' }, 'calm')).toBe(33);
    expect(scoreOf({ 'angry-customer': 'a' }, 'empathy')).toBe(0);
  });

  test('a scenario weighs as much as two statements', () => {
    // statements 1 + 1 + 1 (weight 3), scenario option a = 0 points (weight 2): 3 / 5
    const answers = { 'calm-1': 5, 'calm-2': 1, 'calm-3': 5, 'angry-customer': 'a' } as const;
    expect(scoreOf(answers, 'calm')).toBe(60);
  });

  test('scores tools 25 points per level, 0 for never used, and averages categories', () => {
    const scores = scoreAnswers(FIXTURE_CATALOG, questionnaire, {
      scheduler: 3,
      'listening-tool': 0,
      'analytics-tool': 1,
    });
    expect(scores.tools.map((t) => [t.tool, t.level, t.score])).toEqual([
      ['analytics-tool', 1, 25],
      ['listening-tool', 0, 0],
      ['scheduler', 3, 75],
    ]);
    expect(scores.toolCategories).toEqual([
      { category: 'analytics', score: 25, tools: 1 },
      { category: 'listening', score: 0, tools: 1 },
      { category: 'scheduling', score: 75, tools: 1 },
    ]);
  });

  test('computes the worked example by hand', () => {
    const scores = scoreAnswers(FIXTURE_CATALOG, questionnaire, WORKED_ANSWERS);
    // empathy: 5 → 1, 4 → 0.75, 2 reversed → 4 → 0.75; scenario b = 2/3 × weight 2
    //          (2.5 + 4/3) / 5 = 0.7667 → 77
    // calm:    3 → 0.5, 4 reversed → 2 → 0.25, 2 → 0.25; same scenario
    //          (1 + 4/3) / 5 = 0.4667 → 47
    // reporting: scenario weekly-report a = 3 points → 100
    expect(scores.skills.map((s) => [s.skill, s.score])).toEqual([
      ['calm', 47],
      ['empathy', 77],
      ['reporting', 100],
    ]);
    expect(scores.toolCategories.map((c) => [c.category, c.score])).toEqual([
      ['analytics', 100],
      ['listening', 0],
      ['scheduling', 50],
    ]);
  });

  test('averages the tools of one category', () => {
    const catalog = {
      ...FIXTURE_CATALOG,
      skills: FIXTURE_CATALOG.skills.map((skill) =>
        skill.id === 'listening-tool' ? { ...skill, category: 'scheduling' as const } : skill,
      ),
    };
    const scores = scoreAnswers(catalog, buildQuestionnaire(catalog), {
      scheduler: 4,
      'listening-tool': 1,
    });
    expect(scores.toolCategories).toEqual([{ category: 'scheduling', score: 63, tools: 2 }]);
  });
});

describe('monotonicity', () => {
  const statementItems = questionnaire.items.filter((item) => item.type === 'statement');
  const answerSet = fc.record(
    Object.fromEntries(statementItems.map((item) => [item.id, fc.integer({ min: 1, max: 5 })])),
  );

  test('agreeing more with a plain statement never lowers its skill’s score (and a reverse one never raises it)', () => {
    fc.assert(
      fc.property(
        answerSet,
        fc.constantFrom(...statementItems),
        fc.constantFrom('a', 'b', 'c', 'd'),
        (answers, item, option) => {
          const base: Answers = { ...answers, 'angry-customer': option };
          const current = base[item.id] as number;
          if (current === 5) return;
          const before = scoreOf(base, item.skill) ?? 0;
          const after = scoreOf({ ...base, [item.id]: current + 1 }, item.skill) ?? 0;
          if (item.reverse) expect(after).toBeLessThanOrEqual(before);
          else expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  test('choosing a scenario option worth more never lowers the skills it measures', () => {
    const scenario = must(FIXTURE_CATALOG.scenarios[0], 'scenario');
    fc.assert(
      fc.property(answerSet, (answers) => {
        const byPoints = [...scenario.options].sort((a, b) => a.points - b.points);
        for (let i = 1; i < byPoints.length; i += 1) {
          for (const skill of scenario.skills) {
            const lower =
              scoreOf({ ...answers, [scenario.id]: must(byPoints[i - 1], 'option').id }, skill) ??
              0;
            const higher =
              scoreOf({ ...answers, [scenario.id]: must(byPoints[i], 'option').id }, skill) ?? 0;
            expect(higher).toBeGreaterThanOrEqual(lower);
          }
        }
      }),
    );
  });

  test('a higher tool level never lowers the tool or its category', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 4 }),
        (level, other) => {
          const at = (value: number) =>
            scoreAnswers(FIXTURE_CATALOG, questionnaire, {
              scheduler: value,
              'analytics-tool': other,
            });
          const schedulerScore = (value: number) =>
            must(
              at(value).tools.find((t) => t.tool === 'scheduler'),
              'scheduler',
            ).score;
          expect(schedulerScore(level + 1)).toBeGreaterThan(schedulerScore(level));
        },
      ),
    );
  });
});
