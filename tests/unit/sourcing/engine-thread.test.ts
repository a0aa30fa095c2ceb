import { describe, expect, test } from 'vitest';
import type { PayrollSituation } from '../../../src/domain/sourcing/employer-cost.ts';
import {
  computeFrenchCosts,
  engineMinimumWage,
  memoisedFrenchCost,
} from '../../../src/server/payroll/engine-thread.ts';
import {
  frenchEmployerCost,
  frenchMinimumWage,
} from '../../../src/server/payroll/french-employer-cost.ts';

const situation = (overrides: Partial<PayrollSituation>): PayrollSituation => ({
  country: 'fr',
  grossAnnual: 32_000,
  weeklyHours: 35,
  fullTime: true,
  executive: false,
  headcount: 25,
  transportLevyPercent: 1.75,
  apprentice: false,
  ...overrides,
});

describe('URSSAF’s engine in its worker thread', () => {
  test('gives the same costs and SMIC as the engine on this thread, and memoises them', async () => {
    const situations = [
      situation({}),
      situation({ fullTime: false, weeklyHours: 24, grossAnnual: 32_000 * (24 / 35) }),
      situation({ apprentice: true, grossAnnual: 12_000, headcount: 300 }),
    ];
    expect(memoisedFrenchCost(situations[0] ?? situation({}))).toBeUndefined();
    await computeFrenchCosts(situations);
    for (const item of situations)
      expect(memoisedFrenchCost(item)).toEqual(frenchEmployerCost(item));
    expect(await engineMinimumWage()).toEqual(frenchMinimumWage());
  }, 60_000);
});
