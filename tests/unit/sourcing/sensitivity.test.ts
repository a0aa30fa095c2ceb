import { describe, expect, test } from 'vitest';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { evaluateSourcing } from '../../../src/domain/sourcing/evaluate.ts';
import type { SourcingInput } from '../../../src/domain/sourcing/input.ts';
import { findThresholds } from '../../../src/domain/sourcing/sensitivity.ts';
import type { Threshold } from '../../../src/domain/sourcing/sensitivity.ts';
import { FILES, REAL_EMPLOYER_COST, input, sourcedAssumptions } from './helpers.ts';

function recommend(values: SourcingInput) {
  const result = evaluateSourcing(values, sourcedAssumptions(values.country), REAL_EMPLOYER_COST);
  return result.recommendationFeasible ? result.recommendation : null;
}

function withValue(values: SourcingInput, threshold: Threshold, value: number): SourcingInput {
  return threshold.input === 'hoursPerWeek'
    ? { ...values, workloadMode: 'hours', hoursPerWeek: value }
    : { ...values, [threshold.input]: value };
}

/** A start-up with 12 h a week for six months: a freelancer now, a hire once the work grows. */
const STARTUP = input({
  headcount: 15,
  monthlyBudget: 4000,
  workloadMode: 'hours',
  hoursPerWeek: 12,
  canTrain: false,
  horizonMonths: 6,
});

describe('findThresholds', () => {
  const answer = decideSourcing(STARTUP, FILES, REAL_EMPLOYER_COST);

  test('the start-up gets a freelancer today', () => {
    expect(answer.recommendation).toBe('freelance');
  });

  test('finds the weekly hours above which hiring beats the freelancer', () => {
    const hours = answer.sensitivity.find(
      (item) => item.input === 'hoursPerWeek' && item.direction === 'above',
    );
    expect(hours).toMatchObject({ from: 'freelance', to: 'in-house' });
    expect(hours?.threshold).toBeGreaterThan(12);
    expect(hours?.threshold).toBeLessThan(35);
  });

  test('every threshold really changes the recommendation, and the value just before does not', () => {
    expect(answer.sensitivity.length).toBeGreaterThan(0);
    for (const threshold of answer.sensitivity) {
      expect(recommend(withValue(STARTUP, threshold, threshold.threshold)), threshold.input).toBe(
        threshold.to,
      );
      const step =
        threshold.input === 'hoursPerWeek' ? 0.5 : threshold.input === 'monthlyBudget' ? 10 : 1;
      const before = threshold.threshold + (threshold.direction === 'above' ? -step : step);
      if (Math.abs(before - threshold.current) >= step) {
        // The recommendation may only change at or after the threshold, never before it.
        expect(recommend(withValue(STARTUP, threshold, threshold.current))).toBe(threshold.from);
      }
    }
  });

  test('keeps the nearest changes first, at most five', () => {
    const thresholds = findThresholds(
      STARTUP,
      sourcedAssumptions(),
      REAL_EMPLOYER_COST,
      evaluateSourcing(STARTUP, sourcedAssumptions(), REAL_EMPLOYER_COST),
    );
    expect(thresholds.length).toBeLessThanOrEqual(5);
    expect(thresholds).toEqual(answer.sensitivity);
  });
});
