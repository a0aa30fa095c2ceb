import { loadSourcing } from '../../helpers/load-catalog.ts';
import { defaultAssumptions, indexFigures } from '../../../src/domain/sourcing/assumptions.ts';
import type { PayrollRules } from '../../../src/domain/sourcing/decide.ts';
import { evaluationContext } from '../../../src/domain/sourcing/decide.ts';
import {
  combineEmployerCost,
  emptyFamilies,
  quebecRatesFromFigures,
} from '../../../src/domain/sourcing/employer-cost.ts';
import type { EmployerCost } from '../../../src/domain/sourcing/employer-cost.ts';
import type { EvaluationContext } from '../../../src/domain/sourcing/evaluate.ts';
import { withDefaults } from '../../../src/domain/sourcing/input.ts';
import type {
  Assumptions,
  Country,
  SourcingInput,
  SourcingInputDraft,
} from '../../../src/domain/sourcing/input.ts';
import {
  frenchEmployerCost,
  frenchMinimumWage,
} from '../../../src/server/payroll/french-employer-cost.ts';

/** The sourcing content, parsed with its schema. */
export const FILES = loadSourcing();
/** Every figure by id. */
export const FIGURES = indexFigures(FILES);
/** The real employer-cost port: URSSAF's engine for France, the research's rates for Québec. */
export const REAL_EMPLOYER_COST: EmployerCost = combineEmployerCost(
  frenchEmployerCost,
  quebecRatesFromFigures(FIGURES),
);
/** The real payroll rules: URSSAF's engine and its SMIC. */
export const REAL_PAYROLL: PayrollRules = {
  employerCost: REAL_EMPLOYER_COST,
  frenchMinimumWage: { hourly: frenchMinimumWage().hourly, year: 2026 },
};
/** A simple port for worked examples: employer cost = 1.3 × gross, whatever the situation. */
export const FLAT_EMPLOYER_COST: EmployerCost = (situation) => ({
  total: situation.grossAnnual * 1.3,
  gross: situation.grossAnnual,
  families: emptyFamilies(),
  reductions: 0,
  firstYearAid: 0,
});
/** Payroll rules with the flat port and a SMIC of 12 € an hour. */
export const FLAT_PAYROLL: PayrollRules = {
  employerCost: FLAT_EMPLOYER_COST,
  frenchMinimumWage: { hourly: 12, year: 2026 },
};

/** Sourced default assumptions of a country. */
export function sourcedAssumptions(country: Country = 'fr'): Assumptions {
  return defaultAssumptions(FIGURES, country);
}

/** A complete input from a partial one. */
export const input = (draft: SourcingInputDraft = {}) => withDefaults(draft);

/** The evaluation context of complete inputs with the real payroll rules. */
export function contextFor(values: SourcingInput): EvaluationContext {
  return evaluationContext(values, FILES, REAL_PAYROLL).context;
}

/** The evaluation context of a draft with the real payroll rules. */
export function realContext(draft: SourcingInputDraft = {}): EvaluationContext {
  return evaluationContext(input(draft), FILES, REAL_PAYROLL).context;
}
