import { describe, expect, test } from 'vitest';
import { toApiAnswer } from '../../../src/domain/sourcing/api-answer.ts';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { createTranslator } from '../../../src/domain/text/index.ts';
import { sourcing as en } from '../../../src/i18n/en/sourcing.ts';
import { sourcing as fr } from '../../../src/i18n/fr/sourcing.ts';
import { FILES, REAL_EMPLOYER_COST, input } from './helpers.ts';

const SITUATIONS = [
  input(),
  input({ coverage: 'crisis', startWithinWeeks: 2, monthlyBudget: 500, canTrain: false }),
  input({
    country: 'qc',
    workloadMode: 'hours',
    hoursPerWeek: 30,
    assumptions: { agencyHourlyRate: 90 },
  }),
];

describe('toApiAnswer wording', () => {
  test.each([
    ['fr', fr],
    ['en', en],
  ] as const)(
    '%s: every reason and threshold is a full sentence with no placeholder left',
    (locale, messages) => {
      for (const situation of SITUATIONS) {
        const answer = toApiAnswer(
          decideSourcing(situation, FILES, REAL_EMPLOYER_COST),
          createTranslator(locale, messages),
          locale,
        );
        const texts = [
          answer.headline,
          ...answer.options.flatMap((option) => option.reasons.map((reason) => reason.text)),
          ...answer.sensitivity.map((item) => item.text),
        ];
        for (const text of texts) {
          expect(text).not.toMatch(/[{}]|sourcing\./);
          expect(text.length).toBeGreaterThan(10);
        }
      }
    },
  );

  test('the recommended option lists its strengths, the others why not', () => {
    const answer = toApiAnswer(
      decideSourcing(SITUATIONS[0] ?? input(), FILES, REAL_EMPLOYER_COST),
      createTranslator('fr', fr),
      'fr',
    );
    const [best, ...others] = answer.options;
    expect(best?.reasons.every((reason) => reason.type === 'strength')).toBe(true);
    expect(best?.reasons.length).toBeLessThanOrEqual(3);
    for (const option of others) {
      expect(option.reasons.some((reason) => reason.type === 'strength')).toBe(false);
      if (!option.feasible) expect(option.reasons[0]?.type).toBe('blocker');
    }
  });

  test('edited assumptions are flagged and keep their sourced default and source', () => {
    const answer = toApiAnswer(
      decideSourcing(SITUATIONS[2] ?? input(), FILES, REAL_EMPLOYER_COST),
      createTranslator('en', en),
      'en',
    );
    const rate = answer.assumptions.find((item) => item.key === 'agencyHourlyRate');
    expect(rate).toMatchObject({ value: 90, defaultValue: 100, edited: true, currency: 'CAD' });
    expect(rate?.source.year).toBeGreaterThan(2000);
    expect(answer.assumptions.filter((item) => item.edited)).toHaveLength(1);
    expect(answer.currency).toBe('CAD');
  });
});
