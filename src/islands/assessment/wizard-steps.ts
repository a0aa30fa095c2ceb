import { agreementOrder, itemsOfType, scenarioOrder } from '../../domain/assessment/index.ts';
import type { Questionnaire, QuestionnaireItem } from '../../domain/assessment/index.ts';

/** At most this many statements on one page, so a step stays readable on a phone. */
const STATEMENTS_PER_STEP = 25;

/** One screen of the wizard. */
export type WizardStep =
  | { kind: 'statements'; items: QuestionnaireItem[]; part: number; parts: number }
  | { kind: 'scenarios'; items: QuestionnaireItem[] }
  | { kind: 'practice'; items: QuestionnaireItem[] }
  | { kind: 'tools'; items: QuestionnaireItem[] }
  | { kind: 'context' };

/**
 * The wizard's steps: the statements and response checks in the person's own order (the domain's
 * `agreementOrder`, which the straight-lining check reads too) cut into even pages, the scenarios
 * in the person's own order, the practice ratings, the tools and the optional context.
 */
export function planSteps(questionnaire: Questionnaire, seed: number): WizardStep[] {
  const statements = agreementOrder(questionnaire, seed);
  const parts = Math.max(1, Math.ceil(statements.length / STATEMENTS_PER_STEP));
  const size = Math.ceil(statements.length / parts);
  const steps: WizardStep[] = [];
  for (let part = 0; part < parts; part += 1) {
    steps.push({
      kind: 'statements',
      items: statements.slice(part * size, (part + 1) * size),
      part: part + 1,
      parts,
    });
  }
  const scenarios = scenarioOrder(questionnaire, seed);
  if (scenarios.length > 0) steps.push({ kind: 'scenarios', items: scenarios });
  const practice = itemsOfType(questionnaire, 'practice');
  if (practice.length > 0) steps.push({ kind: 'practice', items: practice });
  const tools = itemsOfType(questionnaire, 'tool');
  if (tools.length > 0) steps.push({ kind: 'tools', items: tools });
  steps.push({ kind: 'context' });
  return steps;
}
