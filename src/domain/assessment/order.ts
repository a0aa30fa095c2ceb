import { itemsOfType } from './questionnaire.ts';
import type { CheckItem, Questionnaire, ScenarioItem, StatementItem } from './questionnaire.ts';
import { shuffleWithSeed } from './shuffle.ts';

/** The option ids of a scenario, in their content order. */
export const OPTION_IDS = ['a', 'b', 'c', 'd'] as const;
export type OptionId = (typeof OPTION_IDS)[number];

/** A 32-bit seed mixed with a text, so each scenario gets its own stable option order. */
function mixSeed(seed: number, text: string): number {
  let hash = seed >>> 0 || 1;
  for (let index = 0; index < text.length; index += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The order in which one person sees the statements and response checks: shuffled with their
 * seed, so two people see different orders and a reload shows the same one. The straight-lining
 * check reads the answers in this order.
 */
export function agreementOrder(
  questionnaire: Pick<Questionnaire, 'items'>,
  seed: number,
): (StatementItem | CheckItem)[] {
  return shuffleWithSeed<StatementItem | CheckItem>(
    [...itemsOfType(questionnaire, 'statement'), ...itemsOfType(questionnaire, 'check')],
    seed,
  );
}

/** The order of the scenarios for one person. */
export function scenarioOrder(
  questionnaire: Pick<Questionnaire, 'items'>,
  seed: number,
): ScenarioItem[] {
  return shuffleWithSeed(itemsOfType(questionnaire, 'scenario'), mixSeed(seed, 'scenarios'));
}

/**
 * The order of one scenario's options for one person: the best option's position carries no
 * information, and the same person sees the same order after a reload.
 */
export function optionOrder(scenarioId: string, seed: number): OptionId[] {
  return shuffleWithSeed(OPTION_IDS, mixSeed(seed, scenarioId));
}
