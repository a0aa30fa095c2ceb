import type { SourcingFile } from '../content/sourcing.ts';
import {
  assumptionValues,
  indexFigures,
  requireFigure,
  resolveAssumptions,
} from './assumptions.ts';
import type { ResolvedAssumption } from './assumptions.ts';
import { minimumAnnualPay } from './costs.ts';
import type { MinimumWage } from './costs.ts';
import type { EmployerCost } from './employer-cost.ts';
import { attachReasons, evaluateSourcing } from './evaluate.ts';
import type { Evaluation, EvaluationContext } from './evaluate.ts';
import type { AssumptionKey, SourcingInput } from './input.ts';
import { planWhenNothingFits } from './plan.ts';
import type { Plan } from './plan.ts';
import { findThresholds } from './sensitivity.ts';
import type { Threshold } from './sensitivity.ts';

/** The payroll rules the helper needs from outside the domain. */
export interface PayrollRules {
  employerCost: EmployerCost;
  /** The French SMIC, from URSSAF's engine, with the year of its rules. */
  frenchMinimumWage: MinimumWage & { year: number };
}

/** A salary below the minimum wage: the minimum wage is used instead, and the person is told. */
export interface MinimumWageWarning {
  type: 'below-minimum-wage';
  key: AssumptionKey;
  /** The salary typed or sourced, per year. */
  value: number;
  /** The minimum wage for a full-time year, used instead. */
  minimum: number;
  hourly: number;
  year: number;
}

/** The whole answer of the helper: ranking, reasons, plan, sensitivity and the assumptions used. */
export interface SourcingAnswer extends Evaluation {
  /** The inputs with defaults applied, so a caller can see what was assumed. */
  input: SourcingInput;
  currency: 'EUR' | 'CAD';
  /** When nothing fits: the closest workable plan, its exact changes and what fits at once. */
  plan?: Plan;
  sensitivity: Threshold[];
  assumptions: ResolvedAssumption[];
  minimumWage: MinimumWage & { year: number };
  warnings: MinimumWageWarning[];
}

const SALARY_KEYS = ['salaryJunior', 'salaryConfirmed', 'salarySenior', 'traineeSalary'] as const;

/** The evaluation context of some inputs: assumptions, payroll port and minimum wage. */
export function evaluationContext(
  input: SourcingInput,
  files: readonly SourcingFile[],
  payroll: PayrollRules,
): {
  context: EvaluationContext;
  resolved: ResolvedAssumption[];
  minimumWage: MinimumWage & { year: number };
} {
  const figures = indexFigures(files);
  const resolved = resolveAssumptions(figures, input);
  const quebec = requireFigure(figures, 'qc-minimum-wage');
  const minimumWage =
    input.country === 'qc'
      ? { hourly: quebec.value, year: quebec.source.year }
      : payroll.frenchMinimumWage;
  return {
    context: {
      assumptions: assumptionValues(resolved),
      employerCost: payroll.employerCost,
      minimumWage,
    },
    resolved,
    minimumWage,
  };
}

/** Inputs + sourced figures + payroll rules → the full answer. Pure and deterministic. */
export function decideSourcing(
  input: SourcingInput,
  files: readonly SourcingFile[],
  payroll: PayrollRules,
): SourcingAnswer {
  const { context, resolved, minimumWage } = evaluationContext(input, files, payroll);
  const evaluation = evaluateSourcing(input, context);
  const plan = planWhenNothingFits(input, context, evaluation);
  const minimum = minimumAnnualPay(context);
  const warnings: MinimumWageWarning[] = SALARY_KEYS.filter(
    (key) => context.assumptions[key] < minimum - 0.5,
  ).map((key) => ({
    type: 'below-minimum-wage',
    key,
    value: context.assumptions[key],
    minimum: Math.round(minimum),
    hourly: minimumWage.hourly,
    year: minimumWage.year,
  }));
  const options = plan
    ? [
        ...evaluation.options.filter((option) => option.id === plan.option),
        ...evaluation.options.filter((option) => option.id !== plan.option),
      ]
    : evaluation.options;
  const best = options[0];
  if (plan && best) attachReasons(options, best, evaluation.weights);
  return {
    ...evaluation,
    options,
    recommendation: plan ? plan.option : evaluation.recommendation,
    input,
    currency: input.country === 'qc' ? 'CAD' : 'EUR',
    ...(plan ? { plan } : {}),
    sensitivity: findThresholds(input, context, evaluation),
    assumptions: resolved,
    minimumWage,
    warnings,
  };
}
