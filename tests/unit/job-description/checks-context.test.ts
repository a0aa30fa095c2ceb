import { describe, expect, test } from 'vitest';
import type { JobDescription } from '../../../src/domain/job-description/draft.ts';
import { lintJobDescription } from '../../../src/domain/job-description/rules.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

const QUEBEC = { city: 'Montréal', country: 'CA', remote: 'hybrid', remoteDaysPerWeek: 2 } as const;
const groundsIn = (jd: JobDescription, field: string) =>
  lintJobDescription(jd, catalog)
    .filter((finding) => finding.rule === 'discriminatory-term' && finding.field === field)
    .map((finding) => finding.ground);

describe('who a sentence is about', () => {
  test('the same words about the company are not a criterion; about the person they are', () => {
    const jd = cleanJobDescription();
    const company = {
      ...jd,
      company: { ...jd.company, presentation: 'Jeune entreprise de 12 personnes.' },
    };
    expect(groundsIn(company, 'company.presentation')).toEqual([]);
    const person = { ...jd, objective: 'Nous recherchons une personne jeune et motivée.' };
    expect(groundsIn(person, 'objective')).toEqual(['age']);
  });

  test('an audience’s age band is not the candidate’s', () => {
    const jd = cleanJobDescription();
    const audience = { ...jd, objective: 'Animer notre communauté de joueurs de 18 à 25 ans.' };
    expect(groundsIn(audience, 'objective')).toEqual([]);
    const candidate = { ...jd, objective: 'Vous avez entre 18 et 25 ans.' };
    expect(groundsIn(candidate, 'objective')).toEqual(['age']);
  });

  test('the English lexicon does not read French text', () => {
    const jd = { ...cleanJobDescription(), objective: 'Rémunération attractive, mutuelle et RTT.' };
    expect(groundsIn(jd, 'objective')).toEqual([]);
  });

  test('every printed field is checked, the town and the required language included', () => {
    const jd = cleanJobDescription();
    const city = { ...jd, location: { ...jd.location, city: 'Paris intra-muros uniquement' } };
    expect(groundsIn(city, 'location.city')).toEqual(['residence']);
    const language = {
      ...jd,
      languageRequirement: {
        required: true,
        language: 'anglais langue maternelle',
        reason: 'Clients à Londres.',
      },
    };
    expect(groundsIn(language, 'languageRequirement.language')).toEqual(['language']);
  });
});

describe('the law of the job’s place', () => {
  test('a finding in France cites French law only; in Québec, the Québec Charter only', () => {
    const text = 'Vous avez moins de 30 ans.';
    const france = lintJobDescription({ ...cleanJobDescription(), objective: text }, catalog).find(
      (finding) => finding.ground === 'age',
    );
    expect(france?.references.every((id) => id.startsWith('fr-'))).toBe(true);
    const quebec = lintJobDescription(
      {
        ...cleanJobDescription(),
        objective: text,
        location: QUEBEC,
        salary: { min: 50000, max: 60000, currency: 'CAD', period: 'YEAR' },
      },
      catalog,
    );
    const finding = quebec.find((item) => item.ground === 'age');
    expect(finding?.references.every((id) => id.startsWith('qc-'))).toBe(true);
    expect(quebec.some((item) => item.references.includes('eu-2023-970'))).toBe(false);
  });

  test('an ad written in English but declared French breaks L5331-4, per field', () => {
    const jd = {
      ...cleanJobDescription(),
      objective: 'You will grow our community and answer every message within a day.',
    };
    const finding = lintJobDescription(jd, catalog).find(
      (item) => item.rule === 'posting-language',
    );
    expect(finding).toMatchObject({
      field: 'objective',
      severity: 'error',
      references: ['fr-l5331-4'],
    });
  });

  test('elsewhere, the product says once that it has no rules and cites no law', () => {
    const jd = {
      ...cleanJobDescription({ locale: 'en' }),
      objective: 'Applicants must be under 30.',
    };
    const findings = lintJobDescription(
      { ...jd, location: { ...jd.location, city: 'London', postalCode: undefined, country: 'GB' } },
      catalog,
    );
    expect(findings.filter((item) => item.rule === 'jurisdiction')).toHaveLength(1);
    const age = findings.find((item) => item.ground === 'age');
    expect(age).toMatchObject({ severity: 'warning', references: [] });
  });

  test('an age condition set by law is information citing the exception', () => {
    const jd = {
      ...cleanJobDescription(),
      objective:
        'Contrat d’apprentissage : avoir de 16 à 29 ans révolus, conformément à l’article L6222-1.',
    };
    const finding = lintJobDescription(jd, catalog).find((item) => item.ground === 'age');
    expect(finding).toMatchObject({ severity: 'info', references: ['fr-l6222-1', 'fr-l5321-2'] });
  });

  test('a finding’s span is the words at fault', () => {
    const objective = 'Faire vivre la communauté. Profil : 25/35 ans, curieux.';
    const finding = lintJobDescription({ ...cleanJobDescription(), objective }, catalog).find(
      (item) => item.ground === 'age',
    );
    expect(objective.slice(finding?.start, finding?.end)).toBe('25/35 ans');
    expect(finding?.context?.text).toBe('25/35 ans');
  });
});
