import { describe, expect, test } from 'vitest';
import type { PayrollSituation } from '../../../src/domain/sourcing/employer-cost.ts';
import {
  frenchEmployerCost,
  frenchMinimumWage,
  HEADCOUNT_BANDS,
  headcountBand,
} from '../../../src/server/payroll/french-employer-cost.ts';

/** A full-time French contract; fields overridden per test. */
function situation(overrides: Partial<PayrollSituation>): PayrollSituation {
  return {
    country: 'fr',
    grossAnnual: 30_000,
    weeklyHours: 35,
    fullTime: true,
    executive: false,
    headcount: 10,
    transportLevyPercent: 0,
    apprentice: false,
    ...overrides,
  };
}

const cost = (gross: number, context: { executive: boolean; headcount: number }) =>
  frenchEmployerCost(situation({ grossAnnual: gross, ...context })).total;

/**
 * The research's table (domain-facts §2.1), computed with modele-social 10.0.1 and rules dated
 * 1 March 2026. The installed 11.1.0 gives 0.0–1.8 % less (lower for low salaries, where the
 * RGDU reduction weighs most), so the tolerance is 2 %.
 */
const RESEARCH_TABLE: [gross: number, executive: boolean, headcount: number, cost: number][] = [
  [24_000, false, 10, 26_982],
  [26_000, false, 10, 30_763],
  [28_000, false, 10, 34_410],
  [30_000, false, 10, 37_952],
  [32_000, false, 10, 41_404],
  [35_000, false, 10, 46_439],
  [35_000, true, 10, 46_976],
  [38_000, true, 10, 51_917],
  [42_000, true, 10, 58_335],
  [45_000, true, 10, 63_043],
  [50_000, true, 10, 70_795],
  [55_000, true, 10, 78_236],
  [65_000, true, 10, 92_688],
  [30_000, false, 60, 38_313],
  [38_000, true, 60, 52_453],
  [50_000, true, 60, 71_519],
];

describe('frenchEmployerCost (URSSAF modele-social)', () => {
  test.each(RESEARCH_TABLE)(
    '%i € gross, cadre %s, %i staff costs about %i € a year',
    (gross, executive, headcount, expected) => {
      const total = cost(gross, { executive, headcount });
      expect(Math.abs(total - expected) / expected).toBeLessThan(0.02);
    },
  );

  test('a flat 42 % overstates the cost below about 45 k€ (the RGDU reduction)', () => {
    const total = cost(30_000, { executive: false, headcount: 10 });
    expect(total / 30_000).toBeLessThan(1.3);
    expect(total).toBeLessThan(30_000 * 1.42 - 4000);
  });

  test('more staff never lowers the cost (FNAL rate, among others, rises at 50)', () => {
    const small = cost(38_000, { executive: true, headcount: 10 });
    const large = cost(38_000, { executive: true, headcount: 60 });
    expect(large).toBeGreaterThan(small);
  });

  test('answers from its cache the second time', () => {
    const context = { executive: false, headcount: 12 };
    const first = cost(31_234, context);
    const started = performance.now();
    expect(cost(31_234, context)).toBe(first);
    expect(performance.now() - started).toBeLessThan(5);
  });

  test('part time uses the engine’s own working-time rules, not full time × share', () => {
    const full = frenchEmployerCost(situation({ grossAnnual: 34_000 })).total;
    const part = frenchEmployerCost(
      situation({ grossAnnual: (34_000 * 20) / 35, weeklyHours: 20, fullTime: false }),
    ).total;
    // Within 10 % of the pro rata, but not equal to it: the reduction and ceilings follow the hours.
    expect(Math.abs(part / ((full * 20) / 35) - 1)).toBeLessThan(0.1);
    expect(Math.abs(part - (full * 20) / 35)).toBeGreaterThan(1);
  });

  test('the transport levy follows the rate of the workplace, from 11 staff', () => {
    const levied = frenchEmployerCost(situation({ headcount: 30, transportLevyPercent: 3.2 }));
    expect(levied.families.transport).toBeCloseTo(30_000 * 0.032, -1);
    const small = frenchEmployerCost(situation({ headcount: 8, transportLevyPercent: 3.2 }));
    expect(small.families.transport).toBe(0);
  });

  test('an apprentice carries the first-year hiring aid of 5 000 € under 250 staff', () => {
    const smic = frenchMinimumWage();
    const result = frenchEmployerCost(
      situation({ grossAnnual: 0.53 * smic.monthly * 12, apprentice: true, headcount: 20 }),
    );
    expect(result.firstYearAid).toBe(5000);
    expect(result.total).toBeGreaterThan(result.gross);
  });

  test('the breakdown adds up: gross + families − reductions = total', () => {
    const result = frenchEmployerCost(
      situation({ grossAnnual: 36_000, headcount: 25, transportLevyPercent: 2 }),
    );
    const families = Object.values(result.families).reduce((sum, value) => sum + value, 0);
    expect(result.gross + families - result.reductions).toBeCloseTo(result.total, 0);
  });

  test('headcounts inside one band cost the same, so memoising by band is exact', () => {
    for (const headcount of [3, 9, 15, 42, 120, 180, 900, 2500]) {
      for (const overrides of [
        {},
        { grossAnnual: 50_000, executive: true },
        { grossAnnual: 18_000, weeklyHours: 24, fullTime: false },
      ]) {
        const band = HEADCOUNT_BANDS.filter((value) => value <= headcount).at(-1) ?? 1;
        expect(headcountBand(headcount)).toBe(band);
        const engine = (staff: number) =>
          frenchEmployerCost(
            situation({ ...overrides, headcount: staff, transportLevyPercent: 1.5 }),
          ).total;
        expect(engine(headcount)).toBe(engine(band));
      }
    }
  });

  test('the SMIC comes from the engine: 2026 rules, above 11 € an hour', () => {
    const smic = frenchMinimumWage();
    expect(smic.hourly).toBeGreaterThan(11);
    expect(smic.monthly).toBeCloseTo(smic.hourly * 151.67, -1);
  });
});
