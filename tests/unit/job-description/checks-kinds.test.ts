import { describe, expect, test } from 'vitest';
import type { JobDescription } from '../../../src/domain/job-description/draft.ts';
import { lintJobDescription } from '../../../src/domain/job-description/rules.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

/**
 * Kinds of failure the blind corpora (holdout-4 to holdout-6) showed, each as a kind rather than a
 * phrase: several wordings of the same idea, and the same words where they are not a criterion.
 */

const QUEBEC = { city: 'Montréal', region: 'QC', country: 'CA', remote: 'on-site' } as const;

const groundsOf = (jd: JobDescription, field: string) =>
  lintJobDescription(jd, catalog)
    .filter((finding) => finding.rule === 'discriminatory-term' && finding.field === field)
    .map((finding) => `${finding.ground}:${finding.severity}`)
    .sort();

const inObjective = (objective: string) =>
  groundsOf({ ...cleanJobDescription(), objective }, 'objective');
const inApply = (instructions: string, quebec = false) =>
  groundsOf(
    {
      ...cleanJobDescription(),
      ...(quebec ? { location: QUEBEC } : {}),
      howToApply: { instructions, email: 'rh@example.org' },
    },
    'howToApply.instructions',
  );

describe('an applicant told not to give a detail is good practice, not a criterion', () => {
  test.each([
    'Inutile de joindre une photo ou d’indiquer votre âge.',
    'N’indiquez pas votre date de naissance.',
    'Vous n’avez pas à préciser votre nationalité.',
    'Envoyez votre CV sans photo ni date de naissance.',
    'N’envoyez ni photo, ni date de naissance, ni information sur votre vie familiale.',
    'Omettez votre âge et votre situation de famille : seul votre parcours compte.',
    'Pas besoin de photo, de date de naissance ni de numéro de sécurité sociale.',
  ])('« %s » gives no finding', (text) => {
    expect(inApply(text)).toEqual([]);
  });

  test.each([
    ['Pas de candidature sans photo.', 'appearance:error'],
    ['Les candidatures sans photo ne seront pas étudiées.', 'appearance:error'],
    ['Merci d’indiquer votre âge.', 'age:error'],
    ['Inutile de postuler si vous avez plus de 45 ans.', 'age:error'],
  ])('« %s » still asks for it (%s)', (text, expected) => {
    expect(inApply(text)).toContain(expected);
  });

  test('in English too', () => {
    const english = (objective: string) =>
      groundsOf(
        {
          ...cleanJobDescription({ locale: 'en' }),
          location: {
            ...cleanJobDescription().location,
            city: 'London',
            postalCode: undefined,
            country: 'GB',
          },
          objective,
        },
        'objective',
      );
    expect(english('Please do not include a photo or your date of birth.')).toEqual([]);
    expect(english('Please leave out your date of birth, photo and marital status.')).toEqual([]);
    expect(english('We don’t need a photo, your date of birth or your marital status.')).toEqual(
      [],
    );
    expect(english('Applications without a photo will not be considered.')).toEqual([
      'appearance:warning',
    ]);
  });
});

describe('a ground named by a practice, a document, an act or a status', () => {
  test.each([
    ['Vous ne faites pas le ramadan.', 'religion:error'],
    ['Passeport de l’Union européenne indispensable.', 'nationality:error'],
    ['Un passé de militantisme syndical serait rédhibitoire.', 'union:error'],
    ['Les personnes engagées dans un parti ne seront pas retenues.', 'political:error'],
    ['Les titulaires d’un mandat local ne seront pas retenus.', 'elected-office:error'],
    [
      'Les personnes qui ont signalé un ancien employeur aux autorités sont priées de s’abstenir.',
      'whistleblower:error',
    ],
    ['Vous n’avez jamais alerté la presse sur un ancien employeur.', 'whistleblower:error'],
    ['Vous êtes propriétaire de votre logement.', 'social-condition:error'],
    [
      'Vous n’êtes pas inscrit au fichier des incidents de remboursement.',
      'social-condition:error',
    ],
    [
      'Les personnes qui parlent créole au quotidien ne correspondent pas au poste.',
      'language:error',
    ],
    ['Nous ne pourrons pas retenir les personnes en fauteuil.', 'disability:error'],
    [
      'Notre association tient à son indépendance : une carte dans un parti n’est pas compatible avec ce poste.',
      'political:error',
    ],
    [
      'Nous cherchons une personne qui n’aura pas à s’arrêter pour un heureux événement.',
      'pregnancy:error',
    ],
    [
      'On préfère une personne qui ne prévoit pas d’attendre un bébé cette année.',
      'pregnancy:error',
    ],
    [
      'Nous souhaitons un personnel dont la vie de couple reflète le modèle d’un homme et d’une femme.',
      'orientation:error',
    ],
    ['Une hygiène de vie irréprochable est attendue, sans sorties nocturnes.', 'mores:error'],
    ['Une personne qui n’a pas encore soufflé ses trente-cinq bougies.', 'age:error'],
    ['Votre âge entre dans notre décision : moins de 30 ans de préférence.', 'age:error'],
  ])('« %s » → %s', (text, expected) => {
    expect(inObjective(text)).toContain(expected);
  });

  test.each([
    'Vous animerez la communauté de notre marque de produits halal pendant le ramadan.',
    'Vous accompagnerez les aidants familiaux de notre réseau.',
    'Vous suivrez les signalements de la communauté auprès de la modération.',
    'Permis B valide exigé pour les tournées.',
    'Passeport valide requis pour les déplacements à l’étranger.',
    'Les demandes de congé pour fêtes religieuses sont traitées comme toutes les autres demandes.',
    'Nous recrutons une personne en fauteuil ou valide, peu importe.',
    'Le candidat fera preuve d’une loyauté sans faille.',
    'Ni votre âge, ni votre nom, ni vos croyances n’entrent dans notre décision.',
    'Pour nos tournées d’aide à domicile, vous planifierez les visites.',
  ])('« %s » is about someone or something else, or says the door is open', (text) => {
    expect(inObjective(text).filter((label) => !label.startsWith('sex:'))).toEqual([]);
  });
});

describe('indirect age signals', () => {
  test.each([
    'Vous sortez d’école.',
    'Vous apporterez la fraîcheur de votre génération.',
    'Idéalement diplômé·e depuis moins de deux ans.',
  ])('« %s » is a warning', (text) => {
    expect(inObjective(text)).toContain('age:warning');
  });
});

describe('a check the law itself sets is no criterion', () => {
  test('a right-to-work check as the law requires it', () => {
    expect(
      inObjective(
        'Pour les personnes non ressortissantes de l’UE, nous vérifierons le titre de séjour, comme la loi nous y oblige.',
      ),
    ).toEqual([]);
  });

  test('the law never sets a sex', () => {
    expect(inObjective('Conformément à la loi, nous ne recrutons que des femmes.')).toContain(
      'sex:error',
    );
  });
});

describe('in Québec, an equal-access programme may invite a voluntary self-identification', () => {
  test('no ground finding for it, while a record check the applicant must prove stays one', () => {
    expect(
      inApply(
        'Nous appliquons un programme d’accès à l’égalité : si vous le souhaitez, indiquez que vous êtes une personne autochtone ou handicapée.',
        true,
      ),
    ).toEqual([]);
    expect(
      inApply(
        'Joignez une attestation de police montrant qu’aucune condamnation ne figure à votre dossier.',
        true,
      ),
    ).toContain('criminal-record:error');
  });
});

describe('a Québec ad that says why another language is needed', () => {
  const otherLanguage = (objective: string) =>
    lintJobDescription({ ...cleanJobDescription(), location: QUEBEC, objective }, catalog).filter(
      (finding) => finding.rule === 'other-language-reason',
    );

  test('gives no « without a reason » warning when the sentence gives one', () => {
    expect(
      otherLanguage(
        'L’anglais est requis : vous répondrez chaque jour aux membres qui écrivent uniquement en anglais.',
      ),
    ).toEqual([]);
    expect(otherLanguage('L’anglais est requis pour répondre aux clients de Toronto.')).toEqual([]);
  });

  test('still warns when it gives none', () => {
    expect(otherLanguage('L’anglais est requis pour ce poste.')).toHaveLength(1);
  });
});

describe('job titles in one gendered form', () => {
  test.each([
    ['Hôtesse de caisse', 'Hôte / Hôtesse de caisse (F/H)'],
    ['Caissière de fin de semaine', 'Caissier / Caissière de fin de semaine (F/H)'],
    ['Éducateur de rue', 'Éducateur / Éducatrice de rue (F/H)'],
    ['Préposée à l’entretien ménager', 'Préposé / Préposée à l’entretien ménager (F/H)'],
  ])('« %s » is flagged and the fix gives both forms', (title, suggestion) => {
    const finding = lintJobDescription({ ...cleanJobDescription(), title }, catalog).find(
      (item) => item.rule === 'title-gender',
    );
    expect(finding?.suggestion).toBe(suggestion);
  });
});

test('an English title naming one sex gets its neutral word', () => {
  const jd = {
    ...cleanJobDescription({ locale: 'en' }),
    title: 'Handyman – Apartment Maintenance',
  };
  const finding = lintJobDescription(jd, catalog).find((item) => item.rule === 'title-gender');
  expect(finding?.suggestion).toBe('Maintenance technician – Apartment Maintenance');
});
