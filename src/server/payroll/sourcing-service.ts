import type { SourcingFile } from '../../domain/content/sourcing.ts';
import { toApiAnswer } from '../../domain/sourcing/api-answer.ts';
import type { ApiSourcingAnswer } from '../../domain/sourcing/api-answer.ts';
import { indexFigures } from '../../domain/sourcing/assumptions.ts';
import { decideSourcing } from '../../domain/sourcing/decide.ts';
import { createTranslator } from '../../domain/text/index.ts';
import {
  combineEmployerCost,
  quebecRatesFromFigures,
} from '../../domain/sourcing/employer-cost.ts';
import type { EmployerCost } from '../../domain/sourcing/employer-cost.ts';
import type { SourcingInput } from '../../domain/sourcing/input.ts';
import { DICTIONARIES } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/index.ts';
import { loadSourcingFiles } from '../catalog.ts';
import { frenchEmployerCost } from './french-employer-cost.ts';

interface SourcingContent {
  files: SourcingFile[];
  employerCost: EmployerCost;
}

let content: Promise<SourcingContent> | undefined;

async function readContent(): Promise<SourcingContent> {
  const files = await loadSourcingFiles();
  const quebec = quebecRatesFromFigures(indexFigures(files));
  return { files, employerCost: combineEmployerCost(frenchEmployerCost, quebec) };
}

/** The sourcing figures and the employer-cost port, read once per process. */
export function loadSourcingContent(): Promise<SourcingContent> {
  content ??= readContent().catch((error: unknown) => {
    content = undefined;
    throw error;
  });
  return content;
}

/** Runs the decision helper on validated inputs and words the answer in one locale. */
export async function answerSourcing(
  input: SourcingInput,
  locale: Locale,
): Promise<ApiSourcingAnswer> {
  const { files, employerCost } = await loadSourcingContent();
  const answer = decideSourcing(input, files, employerCost);
  return toApiAnswer(answer, createTranslator(locale, DICTIONARIES[locale]), locale);
}
