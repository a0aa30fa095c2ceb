import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  evaluateAssessment,
  findGaps,
  findStrengths,
  fitToRoles,
  levelFromScore,
  scoreAnswers,
} from '../../../src/domain/assessment/index.ts';
import type { Scores } from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, must, WORKED_ANSWERS } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const worked = scoreAnswers(FIXTURE_CATALOG, questionnaire, WORKED_ANSWERS);
const fitOf = (scores: Scores, role: string) =>
  must(
    fitToRoles(FIXTURE_CATALOG, scores).find((fit) => fit.role === role),
    role,
  );

describe('levelFromScore', () => {
  test.each([
    [0, 1],
    [39, 1],
    [40, 2],
    [59, 2],
    [60, 3],
    [79, 3],
    [80, 4],
    [100, 4],
  ])('score %i is level %i', (score, level) => {
    expect(levelFromScore(score)).toBe(level);
  });
});

describe('fitToRoles', () => {
  test('computes the worked example by hand', () => {
    // Animator. empathy 77 → level 3 of 3 required, mandatory (weight 2): 2 × 1     = 2
    //           calm 47 → level 2 of 3, mandatory (2):                    2 × 2/3   = 4/3
    //           reporting 100 → level 4 of 2, relative (1):               1 × 1     = 1
    //           scheduler tool level 2 of 3 (1):                          1 × 2/3   = 2/3
    //           total weight 6; earned 5; fit = 100 × 5/6 = 83.3 → 83
    const animator = fitOf(worked, 'animator');
    expect(animator.fit).toBe(83);
    expect(animator.unmeasured).toEqual([]);
    // Manager. empathy level 3 of 4, mandatory (2): 2 × 3/4 = 1.5; reporting 4 of 3 (1): 1;
    //          analytics-tool 4 of 2 (1): 1; strategy is measured by no item: left out.
    //          total weight 4; earned 3.5; fit = 87.5 → 88
    const manager = fitOf(worked, 'manager');
    expect(manager.fit).toBe(88);
    expect(manager.unmeasured).toEqual(['strategy']);
  });

  test('costs: each requirement’s lost fit points add up to 100 − fit', () => {
    const animator = fitOf(worked, 'animator');
    const costs = Object.fromEntries(animator.requirements.map((r) => [r.skill, r.cost]));
    expect(costs['calm']).toBeCloseTo(11.11, 2); // 100 × 2 × (1/3) / 6
    expect(costs['scheduler']).toBeCloseTo(5.56, 2); // 100 × 1 × (1/3) / 6
    expect(costs['empathy']).toBe(0);
    expect(100 - ((costs['calm'] ?? 0) + (costs['scheduler'] ?? 0))).toBeCloseTo(83.33, 2);
  });

  test('a mandatory shortfall costs twice a relative one', () => {
    const base: Scores = {
      skills: [
        { skill: 'empathy', score: 100, statements: 3, scenarios: 0 },
        { skill: 'calm', score: 100, statements: 3, scenarios: 0 },
        { skill: 'reporting', score: 100, statements: 0, scenarios: 1 },
      ],
      tools: [{ tool: 'scheduler', category: 'scheduling', level: 4, score: 100 }],
      toolCategories: [],
    };
    const lower = (skill: string, score: number): Scores => ({
      ...base,
      skills: base.skills.map((s) => (s.skill === skill ? { ...s, score } : s)),
    });
    // calm (mandatory, required 3) at level 1, reporting (relative, required 2) at level 1
    const mandatoryCost = 100 - fitOf(lower('calm', 39), 'animator').fit; // 2 × 2/3 / 6 = 22
    const relativeCost = 100 - fitOf(lower('reporting', 0), 'animator').fit; // 1 × 1/2 / 6 = 8
    expect(mandatoryCost).toBe(22);
    expect(relativeCost).toBe(8);
    expect(fitOf(base, 'animator').fit).toBe(100);
  });

  test('a tool never used earns nothing for that requirement', () => {
    const scores = { ...worked, tools: worked.tools.map((t) => ({ ...t, level: 0, score: 0 })) };
    // animator: 2 + 4/3 + 1 + 0 = 13/3 of 6 → 72
    expect(fitOf(scores, 'animator').fit).toBe(72);
  });
});

describe('findGaps and findStrengths', () => {
  test('lists the costliest gaps first, each with the next level’s descriptor', () => {
    const gaps = findGaps(FIXTURE_CATALOG, fitOf(worked, 'animator'));
    expect(gaps.map((g) => [g.skill, g.current, g.nextLevel, g.nextLevelDescriptor.en])).toEqual([
      ['calm', 2, 3, 'calm level 3'],
      ['scheduler', 2, 3, 'scheduler level 3'],
    ]);
  });

  test('a tool never used points at its first level, and costs more than a mandatory half-step', () => {
    const scores = { ...worked, tools: worked.tools.map((t) => ({ ...t, level: 0, score: 0 })) };
    // manager, total weight 4: analytics-tool 0 of 2 loses 1 × 1 → 25 points;
    // empathy level 3 of 4 (mandatory) loses 2 × 1/4 → 12.5 points
    const gaps = findGaps(FIXTURE_CATALOG, fitOf(scores, 'manager'));
    expect(gaps.map((gap) => [gap.skill, gap.cost, gap.nextLevelDescriptor.fr])).toEqual([
      ['analytics-tool', 25, 'analytics-tool level 1'],
      ['empathy', 12.5, 'empathy level 4'],
    ]);
  });

  test('strengths are the met requirements, mandatory first', () => {
    const strengths = findStrengths(fitOf(worked, 'animator'));
    expect(strengths.map((s) => s.skill)).toEqual(['empathy', 'reporting']);
  });
});

describe('evaluateAssessment', () => {
  test('puts the target role first and marks it', () => {
    const result = evaluateAssessment(FIXTURE_CATALOG, questionnaire, {
      version: questionnaire.version,
      answers: WORKED_ANSWERS,
      context: { targetRole: 'manager' },
    });
    expect(result.roles.map((r) => [r.role, r.fit, r.target])).toEqual([
      ['manager', 88, true],
      ['animator', 83, false],
    ]);
    expect(result.outdated).toBe(false);
  });

  test('still scores answers kept for an older questionnaire, and says so', () => {
    const result = evaluateAssessment(FIXTURE_CATALOG, questionnaire, {
      version: 'q1-0000beef',
      answers: { 'empathy-1': 5 },
      context: {},
    });
    expect(result.outdated).toBe(true);
    expect(result.skills).toEqual([{ skill: 'empathy', score: 100, statements: 1, scenarios: 0 }]);
  });
});
