import { describe, expect, test } from 'vitest';
import {
  contractHours,
  costOption,
  coverageForPeople,
  estimateWeeklyHours,
  WEEKS_PER_MONTH,
} from '../../../src/domain/sourcing/costs.ts';
import type { CostContext } from '../../../src/domain/sourcing/costs.ts';
import {
  quebecPayrollCost,
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
    minimumWage: { hourly: 12 },
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

describe('contractHours', () => {
  test.each([
    [7.83, 8],
    [8, 8],
    [20.01, 20.5],
  ])('%d h of work is written as a %d h contract', (hours, contract) => {
    expect(contractHours(hours)).toBe(contract);
  });
});

describe('coverageForPeople', () => {
  test('one person covers office hours, two evenings and weekends; crises need outside experts', () => {
    expect([1, 2, 3, 4].map(coverageForPeople)).toEqual([
      'office',
      'extended',
      'extended',
      'extended',
    ]);
  });
});

describe('cost formulas (worked examples, France, 17.5 h/week, 12 months, cost = 1.3 × gross)', () => {
  test('in-house: one full-time confirmed hire, recruitment, equipment and onboarding', () => {
    const cost = costOption('in-house', context());
    // 34 000 € × 1.3 ÷ 12 = 3 683.33 € payroll + 60 € tools
    expect(cost.monthlyCost).toBeCloseTo(3743.33, 2);
    // 650 job board + 15 % × 34 000 + 1 500 equipment + ½ month of payroll
    expect(cost.oneOffCost).toBeCloseTo(650 + 5100 + 1500 + 1841.67, 1);
    expect(cost.startWeeks).toBe(9);
    expect(cost.staffing.people).toBe(1);
    expect(cost.coverage).toBe('office');
  });

  test('in-house: evenings and weekends take two people on a rota, and so cover them', () => {
    const cost = costOption('in-house', context({ coverage: 'extended' }));
    expect(cost.staffing.people).toBe(2);
    expect(cost.coverage).toBe('extended');
    expect(cost.monthlyCost).toBeCloseTo(2 * 3683.33 + 60, 1);
  });

  test('part-time: at least the legal 24 h contract in France, pay in proportion', () => {
    const cost = costOption('part-time', context());
    // 34 000 × 24 ÷ 35 = 23 314.29 € gross × 1.3 ÷ 12 = 2 525.71 € + 60 € tools
    expect(cost.staffing.hoursPerPerson).toBe(24);
    expect(cost.monthlyCost).toBeCloseTo(2585.71, 2);
    const thirty = costOption('part-time', context({ hoursPerWeek: 30 }));
    expect(thirty.monthlyCost).toBeCloseTo((34_000 * 30 * 1.3) / 35 / 12 + 60, 2);
  });

  test('part-time in Québec: no legal minimum, the contract follows the hours', () => {
    const cost = costOption('part-time', context({ country: 'qc', hoursPerWeek: 10 }));
    expect(cost.staffing.hoursPerPerson).toBe(10);
  });

  test('upskill: the colleague’s hours at their hourly employer cost, plus training', () => {
    const cost = costOption('upskill', context());
    // 27 000 × 1.3 ÷ (35 × 52) = 19.29 €/h × 75.83 h a month = 1 462.50 € + 60 € tools
    expect(cost.monthlyCost).toBeCloseTo(1522.5, 2);
    expect(cost.oneOffCost).toBe(2000);
    expect(cost.totalCost).toBeCloseTo(20_270, 2);
  });

  test('apprentice: 53 % of the SMIC, the tutor’s hours and outside coaching', () => {
    const cost = costOption('apprentice', context());
    // 53 % × 12 € × 35 × 52 = 11 575.20 € × 1.3 ÷ 12 = 1 253.98 €
    // tutor 2 h × 4.33 × 24.29 €/h = 210.44 €; coaching 4 h × 336 € ÷ 7 = 192 €; tools 60 €
    expect(cost.monthlyCost).toBeCloseTo(1253.98 + 210.44 + 192 + 60, 1);
    expect(cost.staffing.hoursPerPerson).toBeCloseTo(26.25, 2);
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
    // lead 14 h → a 24 h contract 2 525.71 + tools 60 + 3.5 h × 4.33 × 70 € = 1 061.67
    expect(office.monthlyCost).toBeCloseTo(3647.38, 1);
    const extended = costOption('hybrid', context({ coverage: 'extended' }));
    expect(extended.monthlyCost - office.monthlyCost).toBeCloseTo(400, 6);
  });
});

describe('quebecPayrollCost (2026 rates)', () => {
  const rates = quebecRatesFromFigures(FIGURES);

  test('55 000 $: RRQ, AE, RQAP, FSS and CNT add about 10 %', () => {
    // 6.3 % × 51 500 + 1.82 % × 55 000 + 0.602 % × 55 000 + 1.72 % × 55 000
    expect(quebecPayrollCost(55_000, rates).total).toBeCloseTo(60_522.6, 1);
  });

  test('80 000 $: ceilings cap RRQ and AE, the second RRQ supplement applies', () => {
    // 4 479.30 + 216 + 481.60 + 1 253.98 + 1 376
    expect(quebecPayrollCost(80_000, rates).total).toBeCloseTo(87_806.88, 1);
  });
});
