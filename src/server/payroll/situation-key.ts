import type { PayrollSituation } from '../../domain/sourcing/employer-cost.ts';

/**
 * The headcounts at which the engine's rules change (FNAL and PEEC at 50, transport levy and
 * training at 11, the work-study aid at 250, …): every headcount between two of them gives the
 * same costs, so situations are memoised by band (tests/unit/sourcing/french-employer-cost.test.ts
 * checks it against the engine).
 */
export const HEADCOUNT_BANDS = [1, 5, 10, 11, 20, 50, 150, 250, 2000] as const;

/** The first headcount of the band a headcount falls in. */
export function headcountBand(headcount: number): number {
  const staff = Math.max(1, Math.round(headcount));
  let found: number = HEADCOUNT_BANDS[0];
  for (const band of HEADCOUNT_BANDS) if (band <= staff) found = band;
  return found;
}

/**
 * The memo key of a situation: every field the engine reads, rounded as contracts are written.
 * A template string rather than an array joined: it is built hundreds of times per answer.
 */
export function situationKey(situation: PayrollSituation): string {
  return `${Math.round(situation.grossAnnual)}|${
    situation.fullTime ? 'ft' : Math.round(situation.weeklyHours * 2) / 2
  }|${situation.executive ? 1 : 0}|${headcountBand(situation.headcount)}|${
    Math.round(situation.transportLevyPercent * 100) / 100
  }|${situation.apprentice ? 'a' : 'c'}`;
}
