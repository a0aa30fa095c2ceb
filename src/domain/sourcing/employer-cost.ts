import type { Figure } from '../content/sourcing.ts';
import { requireFigure } from './assumptions.ts';
import type { Country } from './input.ts';

/** One employment contract whose employer cost is asked for. */
export interface PayrollSituation {
  country: Country;
  /** Gross annual pay of this contract (already in proportion to its hours when part-time). */
  grossAnnual: number;
  /** Contract hours per week. */
  weeklyHours: number;
  /** False for a part-time contract: the engine then applies its own part-time rules. */
  fullTime: boolean;
  /** Executive status (« cadre » in France), which changes some contributions. */
  executive: boolean;
  /** Company headcount, which changes some contribution rates. */
  headcount: number;
  /** Transport levy (versement mobilité) rate of the place of work, percent; 0 when unset. */
  transportLevyPercent: number;
  /** A work-study contract (« contrat d'apprentissage »), France only. */
  apprentice: boolean;
}

/** The families of employer contributions, grouped as the official URSSAF simulator shows them. */
export const COST_FAMILIES = [
  'health',
  'accidents',
  'pension',
  'family',
  'unemployment',
  'transport',
  'other',
] as const;
export type CostFamily = (typeof COST_FAMILIES)[number];

/** An annual employer cost with its breakdown. */
export interface PayrollCost {
  /** Gross pay + employer contributions − reductions, per year, before any hiring aid. */
  total: number;
  /** Gross pay per year. */
  gross: number;
  /** Employer contributions per family, before reductions. */
  families: Record<CostFamily, number>;
  /** Reductions of employer contributions (RGDU in France), as a positive amount. */
  reductions: number;
  /** Hiring aid for the first year (the work-study aid in France), as a positive amount. */
  firstYearAid: number;
}

/**
 * The port the cost model depends on: the annual employer cost of one contract. France is
 * computed on the server with URSSAF's own rules (`modele-social`); Québec by
 * `quebecPayrollCost` below.
 */
export type EmployerCost = (situation: PayrollSituation) => PayrollCost;

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

/** A breakdown with every family at zero. */
export function emptyFamilies(): Record<CostFamily, number> {
  return Object.fromEntries(COST_FAMILIES.map((family) => [family, 0])) as Record<
    CostFamily,
    number
  >;
}

/**
 * Québec annual employer cost: gross + RRQ (between the exemption and the MGA, plus the second
 * supplement above it) + RQAP + AE (each up to its ceiling) + FSS + CNT on the whole salary.
 * CNESST depends on the risk class and is left out. Ceilings are annual, so a part-time contract
 * simply has a smaller gross.
 */
export function quebecPayrollCost(grossAnnual: number, rates: QuebecRates): PayrollCost {
  const band = (low: number, high: number) => Math.max(0, Math.min(grossAnnual, high) - low);
  const families = emptyFamilies();
  families.pension =
    (rates.rrqRate / 100) * band(rates.rrqExemption, rates.rrqCeiling) +
    (rates.rrq2Rate / 100) * band(rates.rrqCeiling, rates.rrq2Ceiling);
  families.family = (rates.rqapRate / 100) * Math.min(grossAnnual, rates.rqapCeiling);
  families.unemployment = (rates.aeRate / 100) * Math.min(grossAnnual, rates.aeCeiling);
  families.health = (rates.fssRate / 100) * grossAnnual;
  families.other = (rates.cntRate / 100) * grossAnnual;
  const contributions = COST_FAMILIES.reduce((sum, family) => sum + families[family], 0);
  return {
    total: grossAnnual + contributions,
    gross: grossAnnual,
    families,
    reductions: 0,
    firstYearAid: 0,
  };
}

/** Joins the French adapter and the Québec formula into the one port the model uses. */
export function combineEmployerCost(france: EmployerCost, quebec: QuebecRates): EmployerCost {
  return (situation) =>
    situation.country === 'qc'
      ? quebecPayrollCost(situation.grossAnnual, quebec)
      : france(situation);
}
