import { describe, expect, test } from 'vitest';
import { presentSourcing } from '../../../src/domain/sourcing/present.ts';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import { createTranslator } from '../../../src/domain/text/index.ts';
import { sourcing as en } from '../../../src/i18n/en/sourcing.ts';
import { sourcing as fr } from '../../../src/i18n/fr/sourcing.ts';
import { FILES, REAL_PAYROLL, input } from './helpers.ts';

const SITUATIONS = [
  input(),
  input({ coverage: 'crisis', startWithinWeeks: 2, monthlyBudget: 500, canTrain: false }),
  input({
    country: 'qc',
    workloadMode: 'hours',
    hoursPerWeek: 30,
    assumptions: { agencyHourlyRate: 90 },
  }),
  // Too little work for most options, and a need shorter than an apprenticeship contract.
  input({ workloadMode: 'hours', hoursPerWeek: 3, monthlyBudget: 10_000, horizonMonths: 3 }),
];

describe('presentSourcing wording', () => {
  test.each([
    ['fr', fr],
    ['en', en],
  ] as const)(
    '%s: every reason and threshold is a full sentence with no placeholder left',
    (locale, messages) => {
      for (const situation of SITUATIONS) {
        const answer = presentSourcing(
          decideSourcing(situation, FILES, REAL_PAYROLL),
          createTranslator(locale, messages),
          locale,
          { currentYear: 2026 },
        );
        const texts = [
          answer.headline,
          answer.summary,
          ...answer.options.map((option) => option.staffing),
          ...(answer.plan ? [answer.plan.title, ...answer.plan.changes, answer.plan.atOnce] : []),
          ...answer.notices,
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

  test('several people share the cover in the plural; each blocker speaks of its own option', () => {
    const present = (locale: 'fr' | 'en', draft: Parameters<typeof input>[0]) =>
      presentSourcing(
        decideSourcing(input(draft), FILES, REAL_PAYROLL),
        createTranslator(locale, locale === 'fr' ? fr : en),
        locale,
        { currentYear: 2026 },
      );
    const rota = present('fr', { coverage: 'extended', workloadMode: 'hours', hoursPerWeek: 40 });
    const inHouse = rota.options.find((option) => option.id === 'in-house')?.staffing ?? '';
    expect(inHouse).toMatch(
      /^2 personnes .*\s:\selles couvrent aussi les soirs et les week-ends\.$/,
    );
    const single = present('fr', { workloadMode: 'hours', hoursPerWeek: 30 });
    expect(single.options.find((option) => option.id === 'in-house')?.staffing).toMatch(
      /\s:\selle couvre les heures de bureau\.$/,
    );
    const english = present('en', {
      coverage: 'extended',
      workloadMode: 'hours',
      hoursPerWeek: 40,
    });
    expect(english.options.find((option) => option.id === 'in-house')?.staffing).toContain(
      'together they also cover evenings and weekends.',
    );
    const little = present('en', { workloadMode: 'hours', hoursPerWeek: 3, horizonMonths: 3 });
    const blockers = (id: string) =>
      little.options
        .find((option) => option.id === id)
        ?.reasons.filter((reason) => reason.type === 'blocker')
        .map((reason) => reason.text) ?? [];
    expect(blockers('apprentice').join(' ')).toMatch(/to train an apprentice/);
    expect(blockers('apprentice').join(' ')).toMatch(/at least 6 months/);
    expect(blockers('in-house').join(' ')).toMatch(/for a full-time job/);
    expect(blockers('hybrid').join(' ')).toMatch(/in-house lead/);
  });

  test('the recommended option lists its strengths, the others why not', () => {
    const answer = presentSourcing(
      decideSourcing(SITUATIONS[0] ?? input(), FILES, REAL_PAYROLL),
      createTranslator('fr', fr),
      'fr',
      { currentYear: 2026 },
    );
    const [best, ...others] = answer.options;
    expect(answer.status).toBe('recommended');
    expect(best?.reasons.every((reason) => reason.type === 'strength')).toBe(true);
    expect(best?.reasons.length).toBeLessThanOrEqual(3);
    for (const option of others) {
      expect(option.reasons.some((reason) => reason.type === 'strength')).toBe(false);
      if (!option.feasible) expect(option.reasons[0]?.type).toBe('blocker');
    }
  });

  test('edited assumptions are flagged and keep their sourced default and source', () => {
    const answer = presentSourcing(
      decideSourcing(SITUATIONS[2] ?? input(), FILES, REAL_PAYROLL),
      createTranslator('en', en),
      'en',
      { currentYear: 2026 },
    );
    const rate = answer.assumptions.find((item) => item.key === 'agencyHourlyRate');
    expect(rate).toMatchObject({ value: 90, defaultValue: 100, edited: true, currency: 'CAD' });
    expect(rate?.source.year).toBeGreaterThan(2000);
    expect(answer.assumptions.filter((item) => item.edited)).toHaveLength(1);
    expect(answer.currency).toBe('CAD');
  });
});

describe('presentSourcing figures', () => {
  test('figures over five years old are marked dated, with why they are still used', () => {
    const answer = presentSourcing(
      decideSourcing(input(), FILES, REAL_PAYROLL),
      createTranslator('en', en),
      'en',
      { currentYear: 2026 },
    );
    const dated = answer.assumptions.filter((item) => item.dated);
    expect(dated.length).toBeGreaterThan(0);
    for (const item of dated) {
      expect(item.source.year).toBeLessThan(2021);
      expect(item.stillUsedBecause?.length ?? 0).toBeGreaterThan(20);
    }
    expect(
      answer.assumptions.filter((item) => item.source.year >= 2021).every((item) => !item.dated),
    ).toBe(true);
  });

  test('a salary below the SMIC is raised to it, and the person is told', () => {
    const answer = presentSourcing(
      decideSourcing(
        input({ seniority: 'junior', assumptions: { salaryJunior: 15_000 } }),
        FILES,
        REAL_PAYROLL,
      ),
      createTranslator('fr', fr),
      'fr',
      { currentYear: 2026 },
    );
    expect(answer.notices.some((text) => text.includes('salaire minimum'))).toBe(true);
    const hire = answer.options.find((option) => option.id === 'in-house');
    expect(hire?.breakdown?.rows.find((row) => row.family === 'gross')?.amount).toBeGreaterThan(
      20_000,
    );
  });

  test('the employer cost comes with its breakdown by family, as URSSAF shows it', () => {
    const answer = presentSourcing(
      decideSourcing(input({ headcount: 30, transportLevyPercent: 3.2 }), FILES, REAL_PAYROLL),
      createTranslator('en', en),
      'en',
      { currentYear: 2026 },
    );
    const rows = answer.options.find((option) => option.id === 'in-house')?.breakdown?.rows ?? [];
    const amount = (family: string) => rows.find((row) => row.family === family)?.amount ?? 0;
    expect(amount('transport')).toBeGreaterThan(0);
    const sum = rows
      .filter((row) => row.family !== 'total' && row.family !== 'aid')
      .reduce((total, row) => total + row.amount, 0);
    expect(Math.abs(sum - amount('total'))).toBeLessThanOrEqual(rows.length);
  });
});
