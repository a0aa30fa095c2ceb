import { describe, expect, test } from 'vitest';
import { DISCRIMINATION_LEXICON } from '../../../src/domain/job-description/lexicon.ts';
import { scanDiscriminatoryTerms } from '../../../src/domain/job-description/scan-terms.ts';

const scan = (text: string) =>
  scanDiscriminatoryTerms([{ field: 'objective', text }]).map((finding) =>
    finding.id.replace('discriminatory-term:objective:', ''),
  );

describe('discrimination lexicon', () => {
  test('ids are unique', () => {
    const ids = DISCRIMINATION_LEXICON.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(DISCRIMINATION_LEXICON.map((entry) => [entry.id, entry.example] as const))(
    '%s is found in its example « %s »',
    (id, example) => {
      expect(scan(example)).toContain(id);
    },
  );

  test.each([
    ['jeune', 'Nous cherchons quelqu’un de jeune.', 'fr-young'],
    ['JEUNE ET DYNAMIQUE (capitals)', 'Équipe JEUNE ET DYNAMIQUE', 'fr-young-dynamic'],
    ['jeune diplômée', 'Idéal pour une jeune diplômée', 'fr-young-graduate'],
    ['jeune diplômé·e', 'Ouvert à un·e jeune diplômé·e', 'fr-young-graduate'],
    ['moins de 30 ans', 'Vous avez moins de 30 ans.', 'fr-age-range'],
    ['entre 25 et 35 ans', 'Âgé entre 25 et 35 ans.', 'fr-age-range'],
    ['native speaker', 'English native speaker', 'en-native-speaker'],
    ['de langue maternelle', 'Rédacteur de langue maternelle anglaise', 'fr-native-language'],
    ['homme', 'Poste réservé aux hommes.', 'fr-sex'],
    ['célibataire without accent', 'Celibataire de preference', 'fr-family'],
    ['sans enfant', 'Disponible, sans enfants', 'fr-family'],
    ['bonne présentation', 'Très bonne présentation', 'fr-appearance'],
    ['nationalité française', 'De nationalité française', 'fr-nationality'],
    ['en bonne santé', 'En parfaite santé', 'fr-health'],
    ['pas de handicap', 'Aucun handicap', 'fr-disability'],
    ['pregnancy in English', 'Not pregnant at the time of hiring', 'en-pregnancy'],
  ])('finds %s', (_name, text, id) => {
    expect(scan(text)).toContain(id);
  });

  test('reports one finding for « jeune et dynamique », not a second one for « jeune »', () => {
    expect(scan('Une équipe jeune et dynamique.')).toEqual(['fr-young-dynamic']);
  });

  test.each([
    ['junior and senior describe experience', 'Poste junior, encadré par une senior.'],
    ['« jeunesse » is another word', 'Association Jeunesse et Sports : animation du réseau.'],
    ['a young company', 'Une jeune entreprise de 12 personnes.'],
    ['a young audience', 'Vous parlerez à un public jeune et exigeant.'],
    ['years of experience', 'Plus de 20 ans d’expérience en agence, 3 à 5 ans d’expérience.'],
    ['dynamism alone', 'Une équipe dynamique et bienveillante.'],
    [
      'an openness statement',
      'Poste ouvert à toutes et tous, quels que soient l’âge, l’origine ou le handicap.',
    ],
    [
      'an inclusive sentence in English',
      'We hire regardless of age, sexual orientation or disability.',
    ],
    ['welcoming disability', 'Poste ouvert aux personnes en situation de handicap.'],
    ['fluent English', 'Anglais courant (C1) pour échanger avec la communauté.'],
    ['a single point of contact', 'You will be a single point of contact for the community.'],
    ['response times', 'Répondre en moins de 24 heures, moins de 30 minutes en crise.'],
    ['Marie as a name', 'Rattaché·e à Marie, responsable marketing.'],
  ])('stays quiet on %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });

  test('quotes the words as written, accents and case included', () => {
    const [finding] = scanDiscriminatoryTerms([
      { field: 'objective', text: 'Profil : Jeune Diplômé, motivé.' },
    ]);
    expect(finding?.excerpt).toBe('Jeune Diplômé');
    expect(finding?.severity).toBe('warning');
  });
});
