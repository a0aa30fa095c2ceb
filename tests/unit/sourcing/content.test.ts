import { describe, expect, test } from 'vitest';
import { ASSUMPTION_FIGURES } from '../../../src/domain/sourcing/assumptions.ts';
import { ASSUMPTION_KEYS, COUNTRIES } from '../../../src/domain/sourcing/input.ts';
import { sourcing as en } from '../../../src/i18n/en/sourcing.ts';
import { sourcing as fr } from '../../../src/i18n/fr/sourcing.ts';
import { FIGURES, FILES } from './helpers.ts';

describe('content/sourcing', () => {
  const figures = FILES.flatMap((file) => file.figures);

  test.each(figures.map((figure) => [figure.id, figure] as const))(
    '%s names its source in English without French wording (the English page shows it)',
    (_id, figure) => {
      const french =
        /\b(?:Hypothèse|Estimation|cité|repris|convertie?|fourchette|bande|aucune?|chiffre|Code du travail|Loi sur|normes du travail|paramètres|taux|d'après|jours|semaines|salarié|décret|fiche|forfaits?|moyenne|jusqu'à|inchangée|supplémentaire|gains|cotisation|régime|emploi repère|Repère|Honoraires|retenu|Convention usuelle|comparatif|interne|les contrats|par euro|cité par|les PME|revenus|rémunération| et )\b/i;
      expect(figure.source.name.en).not.toMatch(french);
      expect(figure.source.name.en).not.toMatch(/\d,\d(?!\d{2})|\d \d{3}\b| ;/);
    },
  );

  test('figure ids are unique across files', () => {
    const ids = figures.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(figures.map((figure) => [figure.id, figure] as const))(
    '%s states its currency when its unit is money',
    (_id, figure) => {
      const money = /^(EUR|CAD)\b/.exec(figure.unit)?.[1];
      expect(figure.currency).toBe(money);
      if (figure.id.startsWith('qc-') && money) expect(money).toBe('CAD');
      if (figure.id.startsWith('fr-') && money) expect(money).toBe('EUR');
    },
  );

  test.each(ASSUMPTION_KEYS.flatMap((key) => COUNTRIES.map((country) => [key, country] as const)))(
    'assumption %s has a sourced default for %s',
    (key, country) => {
      const figure = FIGURES.get(ASSUMPTION_FIGURES[key][country]);
      expect(figure, ASSUMPTION_FIGURES[key][country]).toBeDefined();
      expect(figure?.source.year).toBeGreaterThanOrEqual(2000);
      expect(figure?.value).toBeGreaterThanOrEqual(0);
    },
  );

  test('every unit is worded in both locales', () => {
    for (const unit of new Set(figures.map((figure) => figure.unit))) {
      expect(Object.keys(fr), unit).toContain(`sourcing.unit.${unit}`);
      expect(Object.keys(en), unit).toContain(`sourcing.unit.${unit}`);
    }
  });

  test('Québec salaries are the ISQ levels 1 to 3, verified', () => {
    expect(
      ['qc-salary-junior', 'qc-salary-confirmed', 'qc-salary-senior'].map(
        (id) => FIGURES.get(id)?.value,
      ),
    ).toEqual([54916, 73565, 94649]);
    expect(FIGURES.get('qc-salary-junior')?.reliability).toBe('verified');
  });
});
