import { loadSourcing } from '../../helpers/load-catalog.ts';
import { defaultAssumptions, indexFigures } from '../../../src/domain/sourcing/assumptions.ts';
import {
  combineEmployerCost,
  quebecRatesFromFigures,
} from '../../../src/domain/sourcing/employer-cost.ts';
import type { EmployerCost } from '../../../src/domain/sourcing/employer-cost.ts';
import { withDefaults } from '../../../src/domain/sourcing/input.ts';
import type {
  Assumptions,
  Country,
  SourcingInputDraft,
} from '../../../src/domain/sourcing/input.ts';
import { frenchEmployerCost } from '../../../src/server/payroll/french-employer-cost.ts';

/** The sourcing content, parsed with its schema. */
export const FILES = loadSourcing();
/** Every figure by id. */
export const FIGURES = indexFigures(FILES);
/** The real employer-cost port: URSSAF's engine for France, the research's rates for Québec. */
export const REAL_EMPLOYER_COST: EmployerCost = combineEmployerCost(
  frenchEmployerCost,
  quebecRatesFromFigures(FIGURES),
);
/** A simple port for worked examples: employer cost = 1.3 × gross, whatever the context. */
export const FLAT_EMPLOYER_COST: EmployerCost = (gross) => gross * 1.3;

/** Sourced default assumptions of a country. */
export function sourcedAssumptions(country: Country = 'fr'): Assumptions {
  return defaultAssumptions(FIGURES, country);
}

/** A complete input from a partial one. */
export const input = (draft: SourcingInputDraft = {}) => withDefaults(draft);
