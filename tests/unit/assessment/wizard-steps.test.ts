import { describe, expect, test } from 'vitest';
import { buildQuestionnaire } from '../../../src/domain/assessment/index.ts';
import { planSteps } from '../../../src/islands/assessment/wizard-steps.ts';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import { FIXTURE_CATALOG } from './fixture.ts';

describe('planSteps', () => {
  test('asks statements, then scenarios, practice, tools and the optional context', () => {
    const steps = planSteps(buildQuestionnaire(FIXTURE_CATALOG), 1);
    expect(steps.map((step) => step.kind)).toEqual([
      'statements',
      'scenarios',
      'practice',
      'tools',
      'context',
    ]);
  });

  test('cuts the real statements and checks into even pages of at most 25, each once', () => {
    const questionnaire = buildQuestionnaire(loadCatalog());
    const steps = planSteps(questionnaire, 99);
    const pages = steps.flatMap((step) => (step.kind === 'statements' ? [step.items] : []));
    const sizes = pages.map((page) => page.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(25);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(pages.length);
    const ids = pages.flat().map((item) => item.id);
    const statements = questionnaire.items.filter(
      (item) => item.type === 'statement' || item.type === 'check',
    );
    expect([...ids].sort()).toEqual(statements.map((item) => item.id).sort());
  });

  test('keeps the order for a seed (reload) and changes it with the seed (new session)', () => {
    const questionnaire = buildQuestionnaire(loadCatalog());
    const order = (seed: number) =>
      planSteps(questionnaire, seed).flatMap((step) =>
        step.kind === 'statements' ? step.items.map((item) => item.id) : [],
      );
    expect(order(5)).toEqual(order(5));
    expect(order(6)).not.toEqual(order(5));
  });
});
