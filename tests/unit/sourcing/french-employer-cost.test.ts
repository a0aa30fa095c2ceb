import { describe, expect, test } from 'vitest';
import { frenchEmployerCost } from '../../../src/server/payroll/french-employer-cost.ts';

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
      const cost = frenchEmployerCost(gross, { executive, headcount, country: 'fr' });
      expect(Math.abs(cost - expected) / expected).toBeLessThan(0.02);
    },
  );

  test('a flat 42 % overstates the cost below about 45 k€ (the RGDU reduction)', () => {
    const cost = frenchEmployerCost(30_000, { executive: false, headcount: 10, country: 'fr' });
    expect(cost / 30_000).toBeLessThan(1.3);
    expect(cost).toBeLessThan(30_000 * 1.42 - 4000);
  });

  test('more staff never lowers the cost (FNAL rate, among others, rises at 50)', () => {
    const small = frenchEmployerCost(38_000, { executive: true, headcount: 10, country: 'fr' });
    const large = frenchEmployerCost(38_000, { executive: true, headcount: 60, country: 'fr' });
    expect(large).toBeGreaterThan(small);
  });

  test('answers from its cache the second time', () => {
    const context = { executive: false, headcount: 12, country: 'fr' as const };
    const first = frenchEmployerCost(31_234, context);
    const started = performance.now();
    expect(frenchEmployerCost(31_234, context)).toBe(first);
    expect(performance.now() - started).toBeLessThan(5);
  });
});
