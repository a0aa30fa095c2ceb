import { describe, expect, test } from 'vitest';
import {
  agreementOrder,
  buildQuestionnaire,
  countWords,
  optionOrder,
} from '../../../src/domain/assessment/index.ts';
import { FIXTURE_CATALOG, must } from './fixture.ts';

describe('buildQuestionnaire', () => {
  const base = buildQuestionnaire(FIXTURE_CATALOG);

  test('its version changes when an item’s wording, key or points change', () => {
    const [first, ...others] = FIXTURE_CATALOG.scenarios;
    const scenario = must(first, 'scenario');
    const reworded = buildQuestionnaire({
      ...FIXTURE_CATALOG,
      scenarios: [
        { ...scenario, situation: { ...scenario.situation, en: 'another situation' } },
        ...others,
      ],
    });
    const repointed = buildQuestionnaire({
      ...FIXTURE_CATALOG,
      scenarios: [
        {
          ...scenario,
          options: scenario.options.map((o) => ({ ...o, points: o.points === 1 ? 2 : o.points })),
        },
        ...others,
      ],
    });
    expect(reworded.version).not.toBe(base.version);
    expect(repointed.version).not.toBe(base.version);
    expect(buildQuestionnaire(FIXTURE_CATALOG).version).toBe(base.version);
  });

  test('counts each item’s reading length per locale', () => {
    expect(countWords('Quand je lis un message, je me demande ce que ressent l’auteur.')).toBe(13);
    const statement = must(
      base.items.find((item) => item.id === 'empathy-1'),
      'empathy-1',
    );
    // The fixture's statement text is « empathy-1 text »: three words.
    expect(statement.words).toEqual({ fr: 3, en: 3 });
  });

  test('refuses two items with one id', () => {
    const clash = {
      ...FIXTURE_CATALOG,
      checks: [
        ...FIXTURE_CATALOG.checks,
        { id: 'empathy-1', purpose: 'impression' as const, text: { fr: 'x', en: 'x' } },
      ],
    };
    expect(() => buildQuestionnaire(clash)).toThrow(/empathy-1/);
  });
});

describe('per-person order', () => {
  const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
  test('the same seed gives the same order (a reload), another seed another order', () => {
    const ids = (seed: number) => agreementOrder(questionnaire, seed).map((item) => item.id);
    expect(ids(7)).toEqual(ids(7));
    expect(new Set([1, 2, 3, 4, 5].map((seed) => ids(seed).join()))).not.toHaveProperty('size', 1);
    expect(optionOrder('angry-customer', 7)).toEqual(optionOrder('angry-customer', 7));
  });

  test('the best option lands in every position about as often, across people', () => {
    const positions = [0, 0, 0, 0];
    for (let seed = 1; seed <= 4000; seed += 1) {
      const index = optionOrder('angry-customer', seed).indexOf('c');
      positions[index] = (positions[index] ?? 0) + 1;
    }
    for (const count of positions) expect(count).toBeGreaterThan(850);
  });
});
