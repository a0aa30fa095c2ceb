import { describe, expect, test } from 'vitest';
import {
  costOption,
  estimateWeeklyHours,
  hireFte,
  WEEKS_PER_MONTH,
} from '../../../src/domain/sourcing/costs.ts';
import type { CostContext } from '../../../src/domain/sourcing/costs.ts';
import {
  quebecEmployerCost,
  quebecRatesFromFigures,
} from '../../../src/domain/sourcing/employer-cost.ts';
import { FIGURES, FLAT_EMPLOYER_COST, input, sourcedAssumptions } from './helpers.ts';

/** 17.5 h a week (half of a French full-time week), 12 months, sourced French figures, cost = 1.3 × gross. */
function context(draft: Parameters<typeof input>[0] = {}): CostContext {
  const values = input({ workloadMode: 'hours', hoursPerWeek: 17.5, ...draft });
  return {
    input: values,
    assumptions: sourcedAssumptions(values.country),
    hoursPerWeek: values.hoursPerWeek,
    employerCost: FLAT_EMPLOYER_COST,
  };
}

describe('estimateWeeklyHours', () => {
  test('adds platforms (32 h a month each), spaces, posts and conversations', () => {
    const values = input({
      networks: 2,
      communitySpaces: 1,
      postsPerWeek: 4,
      conversationsPerWeek: 15,
    });
    // 2 × 32 ÷ 4.33 + 1 × 2 + 4 × 30 min + 15 × 5 min = 14.77 + 2 + 2 + 1.25
    expect(estimateWeeklyHours(values, sourcedAssumptions())).toBeCloseTo(20.02, 2);
  });

  test('uses the hours typed when the person knows them', () => {
    const values = input({ workloadMode: 'hours', hoursPerWeek: 9, networks: 6 });
    expect(estimateWeeklyHours(values, sourcedAssumptions())).toBe(9);
  });
});

describe('hireFte', () => {
  test.each([
    [5, 0.5],
    [17.5, 0.5],
    [20, 0.6],
    [35, 1],
    [60, 1.8],
  ])('%d h a week needs %d of a 35 h post', (hours, fte) => {
    expect(hireFte(hours, 35)).toBeCloseTo(fte, 10);
  });
});

describe('cost formulas (worked examples, France, 17.5 h/week, 12 months)', () => {
  test('in-house: half-time confirmed salary, recruitment, equipment and onboarding', () => {
    const cost = costOption('in-house', context());
    // 34 000 € × 1.3 × 0.5 ÷ 12 = 1 841.67 € payroll + 60 € tools
    expect(cost.monthlyCost).toBeCloseTo(1901.67, 2);
    // 650 job board + 15 % × 34 000 × 0.5 + 1 500 equipment + ½ month of payroll
    expect(cost.oneOffCost).toBeCloseTo(650 + 2550 + 1500 + 920.83, 1);
    expect(cost.totalCost).toBeCloseTo(5620.83 + 12 * 1901.67, 0);
    expect(cost.startWeeks).toBe(9);
  });

  test('upskill: the trained employee’s hours at their hourly employer cost, plus training', () => {
    const cost = costOption('upskill', context());
    // 27 000 × 1.3 ÷ (35 × 52) = 19.29 €/h × 75.83 h a month = 1 462.50 € + 60 € tools
    expect(cost.monthlyCost).toBeCloseTo(1522.5, 2);
    expect(cost.oneOffCost).toBe(2000);
    expect(cost.totalCost).toBeCloseTo(20_270, 2);
  });

  test('freelance: day rate × days needed, never below the smallest package', () => {
    const cost = costOption('freelance', context());
    // 75.83 h ÷ 7 h = 10.83 days × 336 €
    expect(cost.freelanceDays).toBeCloseTo(10.83, 2);
    expect(cost.monthlyCost).toBeCloseTo(3640, 2);
    expect(cost.oneOffCost).toBe(0);
    const small = costOption('freelance', context({ hoursPerWeek: 2 }));
    expect(small.monthlyCost).toBe(800);
  });

  test('agency: hourly equivalent above the minimum retainer, plus a set-up fee', () => {
    const cost = costOption('agency', context());
    expect(cost.monthlyCost).toBeCloseTo(17.5 * WEEKS_PER_MONTH * 70, 6);
    expect(cost.totalCost).toBeCloseTo(1500 + 12 * 5308.33, 0);
    expect(costOption('agency', context({ hoursPerWeek: 3 })).monthlyCost).toBe(2000);
  });

  test('hybrid: in-house lead for 80 %, outside experts for 20 %, on-call fee beyond office hours', () => {
    const office = costOption('hybrid', context());
    // lead 14 h → half time 1 841.67 + tools 60 + 3.5 h × 4.33 × 70 € = 1 061.67
    expect(office.monthlyCost).toBeCloseTo(2963.33, 2);
    const extended = costOption('hybrid', context({ coverage: 'extended' }));
    expect(extended.monthlyCost - office.monthlyCost).toBeCloseTo(400, 6);
  });
});

describe('quebecEmployerCost', () => {
  const rates = quebecRatesFromFigures(FIGURES);

  test('55 000 $: RRQ, AE, RQAP, FSS and CNT add about 10 %', () => {
    // 6.4 % × 51 500 + 1.848 % × 55 000 + 0.692 % × 55 000 + 1.72 % × 55 000
    expect(quebecEmployerCost(55_000, rates)).toBeCloseTo(60_639, 0);
  });

  test('80 000 $: ceilings cap RRQ and AE, the second RRQ supplement applies', () => {
    // 4 160 + 188 + 553.60 + 1 167.94 + 1 376
    expect(quebecEmployerCost(80_000, rates)).toBeCloseTo(87_445.54, 1);
  });
});
