import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateSourcing } from '../../../src/domain/sourcing/evaluate.ts';
import { COVERAGE_LEVELS, OBJECTIVES, OPTION_IDS } from '../../../src/domain/sourcing/input.ts';
import type { OptionId, SourcingInput } from '../../../src/domain/sourcing/input.ts';
import { contextFor, input } from './helpers.ts';

/** Random but valid company situations. */
const situation = fc.record({
  country: fc.constantFrom('fr' as const, 'qc' as const),
  // A few headcounts keep URSSAF's engine in its cache; the rates only change at 11, 20, 50 and 250.
  headcount: fc.constantFrom(3, 15, 60, 300),
  monthlyBudget: fc.integer({ min: 0, max: 20_000 }),
  workloadMode: fc.constant('hours' as const),
  hoursPerWeek: fc.double({ min: 1, max: 70, noNaN: true }),
  coverage: fc.constantFrom(...COVERAGE_LEVELS),
  objectives: fc.uniqueArray(fc.constantFrom(...OBJECTIVES), { minLength: 1, maxLength: 5 }),
  closeness: fc.integer({ min: 1, max: 5 }),
  independence: fc.integer({ min: 1, max: 5 }),
  outsideVoice: fc.integer({ min: 1, max: 5 }),
  startWithinWeeks: fc.integer({ min: 1, max: 30 }),
  horizonMonths: fc.integer({ min: 1, max: 48 }),
  canTrain: fc.boolean(),
  seniority: fc.constantFrom('junior' as const, 'confirmed' as const, 'senior' as const),
});

function evaluate(values: SourcingInput) {
  return evaluateSourcing(values, contextFor(values));
}

function option(values: SourcingInput, id: OptionId) {
  const found = evaluate(values).options.find((item) => item.id === id);
  if (!found) throw new Error(id);
  return found;
}

const RUNS = { numRuns: 150 };

// Random hours reach new URSSAF situations (40–90 ms each the first time): a busy machine needs time.
describe('monotonicity of the model', { timeout: 90_000 }, () => {
  test('more budget never makes a feasible option infeasible', () => {
    fc.assert(
      fc.property(situation, fc.integer({ min: 1, max: 10_000 }), (draft, extra) => {
        const before = evaluate(input(draft));
        const after = evaluate(input({ ...draft, monthlyBudget: draft.monthlyBudget + extra }));
        for (const id of OPTION_IDS) {
          const was = before.options.find((item) => item.id === id)?.feasible;
          const now = after.options.find((item) => item.id === id)?.feasible;
          if (was) expect(now, id).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('more coverage hours never raise a freelancer’s score', () => {
    fc.assert(
      fc.property(situation, (draft) => {
        const scores = COVERAGE_LEVELS.map(
          (coverage) => option(input({ ...draft, coverage }), 'freelance').score,
        );
        expect(scores[1]).toBeLessThanOrEqual(scores[0] ?? 0);
        expect(scores[2]).toBeLessThanOrEqual(scores[1] ?? 0);
      }),
      RUNS,
    );
  });

  test('more hours never lower any option’s monthly cost', () => {
    fc.assert(
      fc.property(situation, fc.double({ min: 0.5, max: 30, noNaN: true }), (draft, extra) => {
        const before = evaluate(input(draft));
        const after = evaluate(input({ ...draft, hoursPerWeek: draft.hoursPerWeek + extra }));
        for (const id of OPTION_IDS) {
          const was = before.options.find((item) => item.id === id)?.monthlyCost ?? 0;
          const now = after.options.find((item) => item.id === id)?.monthlyCost ?? 0;
          expect(now, id).toBeGreaterThanOrEqual(was - 1e-6);
        }
      }),
      RUNS,
    );
  });

  test('a later deadline never makes a feasible option infeasible', () => {
    fc.assert(
      fc.property(situation, fc.integer({ min: 1, max: 20 }), (draft, extra) => {
        const before = evaluate(input(draft));
        const after = evaluate(
          input({ ...draft, startWithinWeeks: draft.startWithinWeeks + extra }),
        );
        for (const id of OPTION_IDS) {
          if (before.options.find((item) => item.id === id)?.feasible) {
            expect(after.options.find((item) => item.id === id)?.feasible, id).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  test('valuing an outside voice more never lowers the agency’s score', () => {
    fc.assert(
      fc.property(situation, (draft) => {
        const low = option(input({ ...draft, outsideVoice: 1 }), 'agency').score;
        const high = option(input({ ...draft, outsideVoice: 5 }), 'agency').score;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
      RUNS,
    );
  });

  test('the recommendation is feasible whenever any option is', () => {
    fc.assert(
      fc.property(situation, (draft) => {
        const result = evaluate(input(draft));
        const anyFeasible = result.options.some((item) => item.feasible);
        expect(result.recommendationFeasible).toBe(anyFeasible);
        if (result.status !== 'no-work') expect(result.options[0]?.id).toBe(result.recommendation);
        // An option the person ruled out (nobody to train, not in the country) is never first.
        expect(result.options[0]?.severity).not.toBe('excluded');
      }),
      RUNS,
    );
  });
});
