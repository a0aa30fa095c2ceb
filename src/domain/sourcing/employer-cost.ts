import type { Figure } from '../content/sourcing.ts';
import { requireFigure } from './assumptions.ts';
import type { Country } from './input.ts';

/** What an employer cost depends on besides the gross salary. */
export interface EmployerCostContext {
  /** Executive status (« cadre » in France), which changes some contributions. */
  executive: boolean;
  /** Company headcount, which changes some contribution rates. */
  headcount: number;
  country: Country;
}

/**
 * The port the cost model depends on: annual employer cost (gross + employer contributions) of a
 * full-time gross annual salary. France is computed on the server with URSSAF's own rules
 * (`modele-social`); Québec by `quebecEmployerCost` below.
 */
export type EmployerCost = (grossAnnual: number, context: EmployerCostContext) => number;

/** Québec employer contribution rates (percent) and ceilings (CAD per year). */
export interface QuebecRates {
  rrqRate: number;
  rrqExemption: number;
  rrqCeiling: number;
  rrq2Rate: number;
  rrq2Ceiling: number;
  rqapRate: number;
  rqapCeiling: number;
  aeRate: number;
  aeCeiling: number;
  fssRate: number;
  cntRate: number;
}

/** Reads the Québec rates from the sourcing content. */
export function quebecRatesFromFigures(figures: ReadonlyMap<string, Figure>): QuebecRates {
  const value = (id: string) => requireFigure(figures, id).value;
  return {
    rrqRate: value('qc-rrq-rate'),
    rrqExemption: value('qc-rrq-exemption'),
    rrqCeiling: value('qc-rrq-ceiling'),
    rrq2Rate: value('qc-rrq2-rate'),
    rrq2Ceiling: value('qc-rrq2-ceiling'),
    rqapRate: value('qc-rqap-rate'),
    rqapCeiling: value('qc-rqap-ceiling'),
    aeRate: value('qc-ae-rate'),
    aeCeiling: value('qc-ae-ceiling'),
    fssRate: value('qc-fss-rate'),
    cntRate: value('qc-cnt-rate'),
  };
}

/**
 * Québec annual employer cost: gross + RRQ (between the exemption and the MGA, plus the second
 * supplement above it) + RQAP + AE (each up to its ceiling) + FSS + CNT on the whole salary.
 * CNESST depends on the risk class and is left out.
 */
export function quebecEmployerCost(grossAnnual: number, rates: QuebecRates): number {
  const band = (low: number, high: number) => Math.max(0, Math.min(grossAnnual, high) - low);
  const contributions =
    (rates.rrqRate / 100) * band(rates.rrqExemption, rates.rrqCeiling) +
    (rates.rrq2Rate / 100) * band(rates.rrqCeiling, rates.rrq2Ceiling) +
    (rates.rqapRate / 100) * Math.min(grossAnnual, rates.rqapCeiling) +
    (rates.aeRate / 100) * Math.min(grossAnnual, rates.aeCeiling) +
    ((rates.fssRate + rates.cntRate) / 100) * grossAnnual;
  return grossAnnual + contributions;
}

/** Joins the French adapter and the Québec formula into the one port the model uses. */
export function combineEmployerCost(france: EmployerCost, quebec: QuebecRates): EmployerCost {
  return (grossAnnual, context) =>
    context.country === 'qc'
      ? quebecEmployerCost(grossAnnual, quebec)
      : france(grossAnnual, context);
}
