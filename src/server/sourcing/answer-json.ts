import type { SourcingFile } from '../../domain/content/sourcing.ts';
import { decideSourcing } from '../../domain/sourcing/decide.ts';
import { combineEmployerCost } from '../../domain/sourcing/employer-cost.ts';
import type { EmployerCost, QuebecRates } from '../../domain/sourcing/employer-cost.ts';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import { presentSourcing } from '../../domain/sourcing/present.ts';
import { createTranslator } from '../../domain/text/index.ts';
import { DICTIONARIES } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';

/** What a sourcing answer is decided on besides the inputs: the sourced figures and Québec's rates. */
export interface SourcingContent {
  files: SourcingFile[];
  quebec: QuebecRates;
}

/** URSSAF's engine as the decision uses it (`src/server/payroll/french-employer-cost.ts`). */
export interface FrenchPayroll {
  frenchEmployerCost: EmployerCost;
  frenchMinimumWage: () => { hourly: number };
}

/** The SMIC's hourly rate, read from the engine once per thread. */
let minimumHourly: number | undefined;

/**
 * The whole work of a new answer: the decision (costs from the engine, ranking, the plan when
 * nothing fits, the sensitivity search) presented in one locale, as the UTF-8 JSON the API sends.
 * Synchronous and CPU-bound (a few milliseconds once the engine's costs are memoised, seconds for
 * the engine's first situations): the server runs it in its answer thread
 * (`answer-thread.ts`). The bytes have an `ArrayBuffer` of their own, so they can be transferred.
 */
export function answerJson(
  input: SourcingInput,
  locale: Locale,
  year: number,
  content: SourcingContent,
  payroll: FrenchPayroll,
): Uint8Array {
  minimumHourly ??= payroll.frenchMinimumWage().hourly;
  const answer = decideSourcing(input, content.files, {
    employerCost: combineEmployerCost(payroll.frenchEmployerCost, content.quebec),
    frenchMinimumWage: { hourly: minimumHourly, year },
  });
  const view = presentSourcing(answer, createTranslator(locale, DICTIONARIES[locale]), locale, {
    currentYear: year,
  });
  return new TextEncoder().encode(JSON.stringify(view));
}
