import { describe, expect, test } from 'vitest';
import { costOption } from '../../../src/domain/sourcing/costs.ts';
import {
  checkFeasibility,
  hardestSeverity,
  SEVERITY,
} from '../../../src/domain/sourcing/feasibility.ts';
import type { OptionId, SourcingInputDraft } from '../../../src/domain/sourcing/input.ts';
import { FLAT_EMPLOYER_COST, input, sourcedAssumptions } from './helpers.ts';

/** The blockers of one option for an input (sourced figures of the country, cost = 1.3 × gross). */
function issuesIn(id: OptionId, draft: SourcingInputDraft) {
  const values = input({ workloadMode: 'hours', monthlyBudget: 100_000, ...draft });
  const assumptions = sourcedAssumptions(values.country);
  const cost = costOption(id, {
    input: values,
    assumptions,
    hoursPerWeek: values.hoursPerWeek,
    employerCost: FLAT_EMPLOYER_COST,
    minimumWage: { hourly: values.country === 'qc' ? 16.1 : 12 },
  });
  return checkFeasibility(cost, values, assumptions, values.hoursPerWeek);
}

/** Issue types of one option for an input. */
const issuesOf = (id: OptionId, draft: SourcingInputDraft) =>
  issuesIn(id, draft).map((issue) => issue.type);

describe('checkFeasibility', () => {
  test.each([
    ['in-house', 'office', false],
    // Two hires on a rota cover evenings and weekends; crises need outside experts (article 001).
    ['in-house', 'extended', false],
    ['in-house', 'crisis', true],
    ['part-time', 'extended', false],
    ['upskill', 'extended', true],
    ['apprentice', 'extended', true],
    ['freelance', 'extended', false],
    ['freelance', 'crisis', true],
    ['agency', 'crisis', false],
    ['hybrid', 'crisis', false],
  ] as const)('%s with %s coverage: coverage issue %s', (id, coverage, expected) => {
    expect(issuesOf(id, { coverage, hoursPerWeek: 25 }).includes('coverage')).toBe(expected);
  });

  test('a mix needs a half-time in-house lead once 20 % goes outside (35 × 0.5 ÷ 0.8 = 21.9 h)', () => {
    expect(issuesOf('hybrid', { hoursPerWeek: 21 })).toEqual(['too-little-work']);
    expect(issuesOf('hybrid', { hoursPerWeek: 22 })).toEqual([]);
  });

  test('a trained employee gives at most half a full-time week (17.5 h in France)', () => {
    expect(issuesOf('upskill', { hoursPerWeek: 17.5 })).toEqual([]);
    expect(issuesOf('upskill', { hoursPerWeek: 18 })).toEqual(['hours']);
  });

  test('one freelancer cannot work more than a full-time week', () => {
    expect(issuesOf('freelance', { hoursPerWeek: 35 })).toEqual([]);
    expect(issuesOf('freelance', { hoursPerWeek: 40 })).toEqual(['hours']);
  });

  test('the work-study contract is French: unavailable in Québec, and that rules it out', () => {
    const issues = issuesIn('apprentice', { country: 'qc', hoursPerWeek: 20 });
    expect(issues.map((issue) => issue.type)).toEqual(['unavailable']);
    expect(hardestSeverity(issues)).toBe('excluded');
  });

  test('blockers have a severity: ruled out, structural, or money and time', () => {
    expect(SEVERITY['no-trainee']).toBe('excluded');
    expect(SEVERITY.coverage).toBe('structural');
    expect(SEVERITY.hours).toBe('structural');
    expect(SEVERITY.budget).toBe('adjustable');
    expect(SEVERITY.start).toBe('adjustable');
  });

  test('an apprentice is at work 75 % of a full week (3 weeks in 4) and needs real work to learn', () => {
    expect(issuesOf('apprentice', { hoursPerWeek: 26 })).toEqual([]);
    expect(issuesOf('apprentice', { hoursPerWeek: 27 })).toEqual(['hours']);
    expect(issuesOf('apprentice', { hoursPerWeek: 13 })).toEqual(['too-little-work']);
  });

  test('a hire needs enough work: half a full-time week, or half the shortest part-time contract', () => {
    // France: full time 35 h, so a full-time hire needs 17.5 h; part time at least 24 h, so 12 h.
    expect(issuesOf('in-house', { hoursPerWeek: 17 })).toEqual(['too-little-work']);
    expect(issuesOf('in-house', { hoursPerWeek: 17.5 })).toEqual([]);
    expect(issuesOf('part-time', { hoursPerWeek: 11.5 })).toEqual(['too-little-work']);
    expect(issuesOf('part-time', { hoursPerWeek: 12 })).toEqual([]);
  });

  test('Québec sets no shortest part-time contract: a few hours a week can be a part-time job', () => {
    expect(issuesOf('part-time', { country: 'qc', hoursPerWeek: 3 })).toEqual([]);
  });

  test('an apprenticeship contract lasts at least six months (L6222-7-1)', () => {
    expect(issuesOf('apprentice', { hoursPerWeek: 20, horizonMonths: 5 })).toEqual([
      'contract-length',
    ]);
    expect(issuesOf('apprentice', { hoursPerWeek: 20, horizonMonths: 6 })).toEqual([]);
    expect(SEVERITY['contract-length']).toBe('structural');
  });

  test('upskilling needs someone who can be trained', () => {
    expect(issuesOf('upskill', { hoursPerWeek: 8, canTrain: false })).toEqual(['no-trainee']);
  });

  test('the budget is compared with the average monthly cost, one-off costs included', () => {
    // Freelance 10 h/week: 43.3 h ÷ 7 × 336 € = 2 080 € a month, no one-off cost.
    expect(issuesOf('freelance', { hoursPerWeek: 10, monthlyBudget: 2080 })).toEqual([]);
    expect(issuesOf('freelance', { hoursPerWeek: 10, monthlyBudget: 2000 })).toEqual(['budget']);
    // Agency: 2 000 € minimum retainer + 1 500 € set-up over 3 months = 2 500 € a month.
    expect(issuesOf('agency', { hoursPerWeek: 3, monthlyBudget: 2400, horizonMonths: 3 })).toEqual([
      'budget',
    ]);
    expect(issuesOf('agency', { hoursPerWeek: 3, monthlyBudget: 2400, horizonMonths: 12 })).toEqual(
      [],
    );
  });

  test('a hire takes about nine weeks (Apec): too slow when the work must start sooner', () => {
    expect(issuesOf('in-house', { hoursPerWeek: 20, startWithinWeeks: 8 })).toEqual(['start']);
    expect(issuesOf('in-house', { hoursPerWeek: 20, startWithinWeeks: 9 })).toEqual([]);
    expect(issuesOf('freelance', { hoursPerWeek: 20, startWithinWeeks: 1 })).toEqual([]);
  });
});
