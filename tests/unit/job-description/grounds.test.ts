import { describe, expect, test } from 'vitest';
import { EN_GROUND_LEXICON } from '../../../src/domain/job-description/ground-lexicon-en.ts';
import { FR_GROUND_LEXICON } from '../../../src/domain/job-description/ground-lexicon-fr.ts';
import {
  CONCEPTS,
  FRANCE_GROUNDS,
  QUEBEC_GROUNDS,
  groundOf,
} from '../../../src/domain/job-description/grounds.ts';
import { LEGAL_REFERENCES } from '../../../src/domain/job-description/references.ts';

/**
 * The grounds are data; these tests hold them to the articles. The lists below are the
 * enumerations of the articles themselves, in their order (Code du travail L1132-1 as amended by
 * law 2022-401 of 21 March 2022; Charte des droits et libertés de la personne, art. 10, plus
 * art. 18.2 for criminal records).
 */
const L1132_1 = [
  'origine',
  'sexe',
  'mœurs',
  'orientation sexuelle',
  'identité de genre',
  'âge',
  'situation de famille',
  'grossesse',
  'caractéristiques génétiques',
  'particulière vulnérabilité résultant de la situation économique',
  'appartenance ou non-appartenance à une ethnie, une nation ou une prétendue race',
  'opinions politiques',
  'activités syndicales ou mutualistes',
  'exercice d’un mandat électif',
  'convictions religieuses',
  'apparence physique',
  'nom de famille',
  'lieu de résidence',
  'domiciliation bancaire',
  'état de santé',
  'perte d’autonomie',
  'handicap',
  'capacité à s’exprimer dans une langue autre que le français',
  'qualité de lanceur d’alerte, de facilitateur ou de personne en lien avec un lanceur d’alerte',
];

const CHARTE_10 = [
  'race',
  'couleur',
  'sexe',
  'identité ou expression de genre',
  'grossesse',
  'orientation sexuelle',
  'état civil',
  'âge, sauf dans la mesure prévue par la loi',
  'religion',
  'convictions politiques',
  'langue',
  'origine ethnique ou nationale',
  'condition sociale',
  'handicap ou utilisation d’un moyen pour pallier ce handicap',
];

describe('grounds as data', () => {
  test('France: every ground of L1132-1 as in force in 2026, in the article’s order', () => {
    expect(FRANCE_GROUNDS.map((ground) => ground.label.fr)).toEqual(L1132_1);
  });

  test('Québec: every ground of art. 10, then art. 18.2', () => {
    expect(QUEBEC_GROUNDS.slice(0, CHARTE_10.length).map((ground) => ground.label.fr)).toEqual(
      CHARTE_10,
    );
    expect(QUEBEC_GROUNDS.at(-1)?.references).toEqual(['qc-charter-18-2']);
  });

  test('each ground cites existing references and has an English name', () => {
    for (const ground of [...FRANCE_GROUNDS, ...QUEBEC_GROUNDS]) {
      expect(ground.references.length).toBeGreaterThan(0);
      for (const reference of ground.references) expect(LEGAL_REFERENCES[reference]).toBeDefined();
      expect(ground.label.en.length).toBeGreaterThan(2);
    }
  });

  test('sex, family situation and pregnancy cite L1142-1 in France', () => {
    for (const concept of ['sex', 'family', 'pregnancy'] as const) {
      expect(groundOf(concept, 'FR')?.ground.references).toContain('fr-l1142-1');
    }
  });

  test('every idea the checks know is recognised in French and English and is a ground somewhere', () => {
    for (const concept of CONCEPTS) {
      expect(
        FR_GROUND_LEXICON.some((entry) => entry.concept === concept),
        `fr ${concept}`,
      ).toBe(true);
      expect(groundOf(concept, 'FR') ?? groundOf(concept, 'QC'), concept).toBeDefined();
    }
    const english = new Set(
      EN_GROUND_LEXICON.flatMap((entry) => [entry.concept, ...(entry.also ?? [])]),
    );
    expect(CONCEPTS.filter((concept) => !english.has(concept))).toEqual(['mores']);
  });

  test('each law cites only itself: a criminal record is a ground in Québec, not in France', () => {
    expect(groundOf('criminal-record', 'QC')).toBeDefined();
    expect(groundOf('criminal-record', 'FR')).toBeUndefined();
    expect(groundOf('residence', 'QC')).toBeUndefined();
    expect(groundOf('health', 'QC')?.reported).toBe('disability');
  });
});
