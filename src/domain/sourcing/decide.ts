import type { SourcingFile } from '../content/sourcing.ts';
import { assumptionValues, indexFigures, resolveAssumptions } from './assumptions.ts';
import type { ResolvedAssumption } from './assumptions.ts';
import type { EmployerCost } from './employer-cost.ts';
import { evaluateSourcing } from './evaluate.ts';
import type { Evaluation } from './evaluate.ts';
import type { SourcingInput } from './input.ts';
import { findThresholds } from './sensitivity.ts';
import type { Threshold } from './sensitivity.ts';

/** The whole answer of the helper: ranking, reasons, sensitivity and the assumptions used. */
export interface SourcingAnswer extends Evaluation {
  /** The inputs with defaults applied, so a caller can see what was assumed. */
  input: SourcingInput;
  currency: 'EUR' | 'CAD';
  sensitivity: Threshold[];
  assumptions: ResolvedAssumption[];
}

/** Inputs + sourced figures + employer-cost port → the full answer. Pure and deterministic. */
export function decideSourcing(
  input: SourcingInput,
  files: readonly SourcingFile[],
  employerCost: EmployerCost,
): SourcingAnswer {
  const resolved = resolveAssumptions(indexFigures(files), input);
  const values = assumptionValues(resolved);
  const evaluation = evaluateSourcing(input, values, employerCost);
  return {
    ...evaluation,
    input,
    currency: input.country === 'qc' ? 'CAD' : 'EUR',
    sensitivity: findThresholds(input, values, employerCost, evaluation),
    assumptions: resolved,
  };
}
