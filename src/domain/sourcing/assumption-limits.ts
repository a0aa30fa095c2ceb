import type { z } from 'zod';
import type { AssumptionKey } from './input.ts';

/**
 * Tighter limits for the assumptions that divide or take a share (issue 16: no input may make a
 * cost infinite or NaN). A full-time week of 0 hours or a freelance day of 0 hours would divide by
 * zero; an outside share of 100 % leaves no in-house lead (the hybrid option divides by
 * `1 − share`); a percentage above 100 means nothing; an apprentice paid below the legal share of
 * the SMIC has no employer cost in URSSAF's engine.
 */
export const ASSUMPTION_LIMITS: Partial<Record<AssumptionKey, { min: number; max: number }>> = {
  // A full-time week in France is 35 h and may not exceed 48 h (Code du travail L3121-20).
  fullTimeHours: { min: 20, max: 48 },
  freelanceHoursPerDay: { min: 1, max: 24 },
  hybridOutsideSharePercent: { min: 0, max: 90 },
  upskillMaxSharePercent: { min: 0, max: 100 },
  recruitmentFeePercent: { min: 0, max: 100 },
  // An apprentice's pay is a share of the SMIC set by law (27 % at the lowest, Code du travail
  // D6222-26); below it URSSAF's engine has no salary to compute contributions on.
  apprenticePaySharePercent: { min: 27, max: 100 },
  apprenticeSchoolSharePercent: { min: 0, max: 90 },
  partTimeMinHours: { min: 1, max: 80 },
};

/** Adds an issue, at the assumption's path, for each override outside its tighter limits. */
export function checkAssumptionLimits(
  overrides: Partial<Record<AssumptionKey, number | undefined>>,
  context: z.core.$RefinementCtx,
): void {
  for (const [key, limits] of Object.entries(ASSUMPTION_LIMITS)) {
    const value = overrides[key as AssumptionKey];
    if (value === undefined || !limits) continue;
    if (value < limits.min || value > limits.max) {
      context.addIssue({
        code: 'custom',
        path: [key],
        message: `enter a number from ${limits.min} to ${limits.max}`,
      });
    }
  }
}
