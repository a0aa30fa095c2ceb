import { describe, expect, test } from 'vitest';
import {
  buildQuestionnaire,
  findGaps,
  findStrengths,
  fitToRequirements,
  fitToRoles,
  requirementCredit,
  scoreAnswers,
} from '../../../src/domain/assessment/index.ts';
import type { Requirement } from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, must } from './fixture.ts';

describe('requirementCredit', () => {
  test.each([
    [1, 3, 0],
    [2, 3, 0.5],
    [3, 3, 1],
    [4, 3, 1],
    [0, 2, 0],
    [1, 2, 0],
    [2, 4, 1 / 3],
    [1, 1, 1],
    [0, 1, 0],
  ])('level %i against %i earns %d', (current, required, credit) => {
    expect(requirementCredit(current, required)).toBeCloseTo(credit, 10);
  });
});

const requirement = (skill: string, required: number, weight: number): Requirement => ({
  skill,
  kind: 'competency',
  required,
  weight,
  weightClass: weight > 1 ? 'mandatory' : 'relative',
});

describe('fitToRequirements', () => {
  test('weights are an input: a job can weigh its own requirements (worked example)', () => {
    const levels = new Map([
      ['empathy', 3],
      ['calm', 2],
      ['reporting', 1],
    ]);
    // empathy 3/3 → 1 × 5, calm 2/3 → .5 × 3, reporting 1/2 → 0 × 2: 6.5 / 10 = 65.
    const fit = fitToRequirements(levels, [
      requirement('empathy', 3, 5),
      requirement('calm', 3, 3),
      requirement('reporting', 2, 2),
    ]);
    expect(fit.fit).toBe(65);
    expect(must(fit.requirements[2], 'reporting').cost).toBeCloseTo(20, 10);
    const scaled = fitToRequirements(levels, [
      requirement('empathy', 3, 50),
      requirement('calm', 3, 30),
      requirement('reporting', 2, 20),
    ]);
    expect(scaled.fit).toBe(65);
  });

  test('a requirement nothing measures is listed, not counted as zero', () => {
    const fit = fitToRequirements(new Map([['empathy', 3]]), [
      requirement('empathy', 3, 2),
      requirement('telepathy', 3, 2),
    ]);
    expect(fit).toMatchObject({ fit: 100, unmeasured: ['telepathy'] });
  });
});

describe('fitToRoles', () => {
  const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
  test('level 1 everywhere earns no fit; the required levels earn all of it', () => {
    const nothing = scoreAnswers(FIXTURE_CATALOG, questionnaire, {
      'empathy-1': 3,
      'empathy-2': 3,
      'empathy-3': 3,
      'empathy-4': 3,
      'calm-1': 1,
      'calm-2': 1,
      'calm-3': 1,
      'calm-4': 1,
      reporting: 1,
      strategy: 1,
      scheduler: 1,
      'analytics-tool': 1,
    });
    const animator = must(fitToRoles(FIXTURE_CATALOG, nothing)[0], 'animator');
    expect(animator.fit).toBe(0);
    const strong = scoreAnswers(FIXTURE_CATALOG, questionnaire, {
      'empathy-1': 5,
      'empathy-2': 5,
      'empathy-3': 1,
      'empathy-4': 1,
      empathy: 3,
      'calm-1': 5,
      'calm-2': 1,
      'calm-3': 5,
      'calm-4': 1,
      calm: 3,
      'angry-customer': 'c',
      reporting: 3,
      scheduler: 3,
    });
    const fit = must(fitToRoles(FIXTURE_CATALOG, strong)[0], 'animator');
    expect(fit.fit).toBe(100);
    expect(findGaps(FIXTURE_CATALOG, fit)).toEqual([]);
    expect(findStrengths(fit).map((s) => s.skill)).toEqual(['calm', 'empathy', 'reporting']);
  });

  test('gaps come with the next level’s descriptor, costliest first', () => {
    const scores = scoreAnswers(FIXTURE_CATALOG, questionnaire, {
      'empathy-1': 3,
      'empathy-2': 3,
      'empathy-3': 3,
      'empathy-4': 3,
      reporting: 3,
      scheduler: 0,
    });
    const animator = must(fitToRoles(FIXTURE_CATALOG, scores)[0], 'animator');
    const gaps = findGaps(FIXTURE_CATALOG, animator);
    expect(gaps.map((g) => [g.skill, g.nextLevel])).toEqual([
      ['empathy', 2],
      ['scheduler', 1],
    ]);
    expect(must(gaps[0], 'gap').nextLevelDescriptor.en).toBe('empathy level 2');
  });
});
