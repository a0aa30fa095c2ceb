import { describe, expect, test } from 'vitest';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import type { SourcingAnswer } from '../../../src/domain/sourcing/decide.ts';
import { applyChanges } from '../../../src/domain/sourcing/plan.ts';
import type { PlanChange } from '../../../src/domain/sourcing/plan.ts';
import {
  COST_FREE_INPUTS,
  recommendationFor,
  searchCandidates,
  searchGrid,
  SENSITIVITY_RANGES,
  withInputValue,
} from '../../../src/domain/sourcing/sensitivity.ts';
import { atHorizon } from '../../../src/domain/sourcing/costs.ts';
import { costOptions, evaluateSourcing } from '../../../src/domain/sourcing/evaluate.ts';
import type { SourcingInput } from '../../../src/domain/sourcing/input.ts';
import { FILES, REAL_PAYROLL, contextFor, input } from './helpers.ts';
import { PROFILES } from './profiles.ts';

/** A start-up with 12 h a week for six months: a freelancer now, a hire once the work grows. */
const STARTUP = input({
  headcount: 15,
  monthlyBudget: 4000,
  workloadMode: 'hours',
  hoursPerWeek: 12,
  canTrain: false,
  horizonMonths: 6,
});

const answers: [string, SourcingInput, SourcingAnswer][] = [
  ['start-up', STARTUP, decideSourcing(STARTUP, FILES, REAL_PAYROLL)],
  ...PROFILES.slice(0, 12).map((profile): [string, SourcingInput, SourcingAnswer] => {
    const values = input(profile.draft);
    return [profile.name, values, decideSourcing(values, FILES, REAL_PAYROLL)];
  }),
];

describe('findThresholds', () => {
  test('the start-up gets a freelancer today, and a hire once the hours grow', () => {
    const answer = answers[0]?.[2];
    expect(answer?.recommendation).toBe('freelance');
    const hours = answer?.sensitivity.find(
      (item) => item.input === 'hoursPerWeek' && item.direction === 'above',
    );
    expect(hours?.from).toBe('freelance');
    expect(hours?.threshold).toBeGreaterThan(12);
  });

  test.each(answers.map(([name, values, answer]) => [name, values, answer] as const))(
    '%s: each threshold flips the answer, one step closer does not, and it lies in range',
    (_name, values, answer) => {
      const context = contextFor(values);
      for (const threshold of answer.sensitivity) {
        const at = (value: number) =>
          recommendationFor(withInputValue(values, threshold.input, value), context);
        expect(at(threshold.threshold), threshold.input).toBe(threshold.to);
        expect(threshold.to).not.toBe(threshold.from);
        const closer =
          threshold.threshold +
          (threshold.direction === 'above' ? -threshold.step : threshold.step);
        const between =
          threshold.direction === 'above' ? closer > threshold.current : closer < threshold.current;
        expect(at(between ? closer : threshold.current), `${threshold.input} one step closer`).toBe(
          threshold.from,
        );
        const range = SENSITIVITY_RANGES[threshold.input];
        expect(threshold.threshold).toBeGreaterThanOrEqual(range.min);
        expect(threshold.threshold).toBeLessThanOrEqual(range.max(threshold.current));
      }
    },
  );

  test('keeps at most five thresholds', () => {
    for (const [, , answer] of answers) expect(answer.sensitivity.length).toBeLessThanOrEqual(5);
  });
});

describe('the faster search stays exact', () => {
  test.each(answers.map(([name, values]) => [name, values] as const))(
    '%s: the inputs searched without recomputing costs change no option’s cost',
    (_name, values) => {
      const context = contextFor(values);
      const base = costOptions(values, context);
      for (const key of COST_FREE_INPUTS) {
        const range = SENSITIVITY_RANGES[key];
        for (const value of [range.min, range.max(values[key]), (range.min + values[key]) / 2]) {
          expect(costOptions(withInputValue(values, key, value), context), key).toEqual(base);
        }
      }
    },
  );

  test.each(answers.map(([name, values]) => [name, values] as const))(
    '%s: the costs over another horizon are the costs computed for that horizon',
    (_name, values) => {
      const context = contextFor(values);
      const base = costOptions(values, context);
      for (const horizonMonths of [1, 6, 11, 12, 13, 24, 60]) {
        const changed = withInputValue(values, 'horizonMonths', horizonMonths);
        expect(
          base.map((cost) => atHorizon(cost, horizonMonths)),
          `${horizonMonths} months`,
        ).toEqual(costOptions(changed, context));
      }
    },
  );

  test.each(answers.map(([name, values, answer]) => [name, values, answer] as const))(
    '%s: no budget between the current one and the budget threshold changes the answer',
    (_name, values, answer) => {
      const context = contextFor(values);
      for (const threshold of answer.sensitivity.filter((item) => item.input === 'monthlyBudget')) {
        const sign = threshold.direction === 'above' ? 1 : -1;
        const first =
          threshold.direction === 'above'
            ? Math.floor(threshold.current) + 1
            : Math.ceil(threshold.current) - 1;
        for (let budget = first; budget !== threshold.threshold; budget += sign) {
          expect(
            recommendationFor(withInputValue(values, 'monthlyBudget', budget), context),
            `budget ${budget}`,
          ).toBe(threshold.from);
        }
      }
    },
  );

  test('searchCandidates takes the nearest candidate that changes the answer, within range', () => {
    const at = (value: number) =>
      value >= 1500 ? 'agency' : value >= 1200 ? 'hybrid' : 'freelance';
    const candidates = [1199, 1200, 1201, 1499, 1500, 1501, 90, 30_000];
    expect(searchCandidates(1000, 'above', 100, 20_000, candidates, 'freelance', at)).toBe(1200);
    expect(searchCandidates(1300, 'above', 100, 20_000, candidates, 'hybrid', at)).toBe(1500);
    expect(searchCandidates(1300, 'below', 100, 20_000, candidates, 'hybrid', at)).toBe(1199);
    expect(searchCandidates(1000, 'above', 100, 1400, candidates, 'freelance', at)).toBe(1200);
    expect(
      searchCandidates(1000, 'below', 100, 20_000, candidates, 'freelance', at),
    ).toBeUndefined();
  });
});

describe('searchGrid', () => {
  test('finds the first grid value past the current one where the answer flips', () => {
    const at = (value: number) => (value >= 1234 ? 'agency' : 'freelance');
    expect(searchGrid(1000, 'above', 100, 20_000, 1, 'freelance', at)).toBe(1234);
    expect(searchGrid(1500, 'below', 100, 20_000, 1, 'agency', at)).toBe(1233);
    expect(searchGrid(1000, 'above', 100, 1200, 1, 'freelance', at)).toBeUndefined();
  });

  test('works from a value off the grid (estimated hours)', () => {
    const at = (value: number) => (value >= 20 ? 'in-house' : 'freelance');
    expect(searchGrid(7.83, 'above', 2, 80, 0.5, 'freelance', at)).toBe(20);
    expect(searchGrid(7.83, 'below', 2, 80, 0.5, 'freelance', at)).toBeUndefined();
  });
});

describe('the plan when nothing fits', () => {
  const closest = PROFILES.map((profile) => {
    const values = input(profile.draft);
    return [profile.name, values, decideSourcing(values, FILES, REAL_PAYROLL)] as const;
  }).filter(([, , answer]) => answer.status === 'closest');

  test('some profiles need a plan', () => {
    expect(closest.length).toBeGreaterThan(0);
  });

  test.each(closest.map(([name, values, answer]) => [name, values, answer] as const))(
    '%s: the changes make the option fit, and each is the smallest (one step less does not)',
    (_name, values, answer) => {
      const plan = answer.plan;
      if (!plan) throw new Error('a closest answer has a plan');
      const context = contextFor(values);
      const fits = (changes: readonly PlanChange[]) =>
        evaluateSourcing(applyChanges(values, changes), context, {
          withReasons: false,
        }).options.find((option) => option.id === plan.option)?.feasible;
      expect(plan.route.changes.length).toBeGreaterThan(0);
      expect(fits(plan.route.changes)).toBe(true);
      plan.route.changes.forEach((change, index) => {
        const smaller: PlanChange | undefined =
          change.type === 'budget'
            ? { ...change, to: change.to - 1 }
            : change.type === 'start'
              ? { ...change, to: change.to - 1 }
              : change.type === 'hours'
                ? { ...change, to: change.to + 0.5 }
                : undefined;
        if (!smaller) return;
        const changes = plan.route.changes.map((item, i) => (i === index ? smaller : item));
        expect(fits(changes), change.type).toBe(false);
      });
      if (plan.hoursRoute) expect(fits(plan.hoursRoute.changes)).toBe(true);
      if (plan.atOnce) {
        const atOnce = evaluateSourcing(
          { ...values, workloadMode: 'hours', hoursPerWeek: plan.atOnce.hours },
          context,
          { withReasons: false },
        );
        expect(atOnce.status).toBe('recommended');
      }
    },
  );
});
