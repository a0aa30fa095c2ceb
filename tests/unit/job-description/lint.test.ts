import { describe, expect, test } from 'vitest';
import type { JobDescription } from '../../../src/domain/job-description/draft.ts';
import { RULE_IDS, type RuleId } from '../../../src/domain/job-description/findings.ts';
import { lintJobDescription, RULES } from '../../../src/domain/job-description/rules.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

const ids = (jd: JobDescription) => lintJobDescription(jd, catalog).map((finding) => finding.id);
const rulesOf = (jd: JobDescription) =>
  new Set(lintJobDescription(jd, catalog).map((finding) => finding.rule));

/** For each rule, a change to the clean posting that triggers it. */
const TRIGGERS: Record<RuleId, (jd: JobDescription) => JobDescription> = {
  'title-gender': (jd) => ({ ...jd, title: 'Animateur de communauté H/F' }),
  'title-mark': (jd) => ({ ...jd, title: 'Gestionnaire de communauté' }),
  'discriminatory-term': (jd) => ({
    ...jd,
    objective: `${jd.objective} Profil jeune et dynamique.`,
  }),
  'application-fee': (jd) => ({
    ...jd,
    howToApply: { instructions: 'Frais de dossier : 20 €.' },
  }),
  'posting-language': (jd) => ({ ...jd, locale: 'en' }),
  'other-language-reason': (jd) => ({
    ...jd,
    location: { ...jd.location, city: 'Montréal', region: 'QC', country: 'CA' },
    languageRequirement: { required: true, language: 'anglais', reason: '' },
  }),
  'salary-range': (jd) => ({ ...jd, salary: { currency: 'EUR', period: 'YEAR' } }),
  'pay-minimum': (jd) => ({
    ...jd,
    salary: { min: 15000, max: 18000, currency: 'EUR', period: 'YEAR' },
  }),
  'pay-range-width': (jd) => ({
    ...jd,
    salary: { min: 30000, max: 60000, currency: 'EUR', period: 'YEAR' },
  }),
  'pay-currency': (jd) => ({ ...jd, salary: { ...jd.salary, currency: 'USD' } }),
  'gender-wording': (jd) => ({
    ...jd,
    objective: `${jd.objective} Nous cherchons une animatrice souriante.`,
  }),
  jurisdiction: (jd) => ({
    ...jd,
    location: { ...jd.location, city: 'Bruxelles', postalCode: '1000', country: 'BE' },
  }),
  readability: (jd) => ({
    ...jd,
    objective:
      'Nous voulons que chaque personne qui pose une question dans notre espace d’entraide reçoive une réponse utile, aimable et vérifiée dans la journée, que la question porte sur un produit, une commande, une livraison, un retour ou un conseil de pose, et que la réponse soit publique.',
  }),
  jargon: (jd) => ({ ...jd, objective: `${jd.objective} Vous êtes un vrai ninja des réseaux.` }),
  'gender-coded': (jd) => ({
    ...jd,
    objective: `${jd.objective} Profil compétitif, ambitieux, dominant, combatif, audacieux, conquérant et intrépide : un leader.`,
  }),
  'objective-missing': (jd) => ({ ...jd, objective: '' }),
  'perimeter-missing': (jd) => ({ ...jd, perimeter: { ...jd.perimeter, redLines: [] } }),
  'section-empty': (jd) => ({
    ...jd,
    missions: jd.missions.map((mission) => ({ ...mission, enabled: false })),
  }),
  'section-too-long': (jd) => ({ ...jd, objective: 'Faire grandir la communauté. '.repeat(30) }),
  'contract-duration': (jd) => ({ ...jd, contract: { ...jd.contract, type: 'cdd' } }),
};

describe('lintJobDescription', () => {
  test('finds nothing in a complete, careful posting', () => {
    expect(lintJobDescription(cleanJobDescription(), catalog)).toEqual([]);
  });

  test('has one rule per id', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
  });

  test.each(RULE_IDS)('%s: triggers on a faulty posting only', (rule) => {
    const clean = cleanJobDescription();
    expect(rulesOf(clean).has(rule)).toBe(false);
    const faulty = TRIGGERS[rule](clean);
    const findings = lintJobDescription(faulty, catalog).filter((f) => f.rule === rule);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.message.fr.length).toBeGreaterThan(10);
      expect(finding.message.en.length).toBeGreaterThan(10);
      expect(finding.fix.fr.length).toBeGreaterThan(10);
      expect(finding.fix.en.length).toBeGreaterThan(10);
    }
  });

  test('returns errors before warnings and information, with unique ids', () => {
    const jd = {
      ...cleanJobDescription(),
      objective: '',
      salary: { currency: 'EUR', period: 'YEAR' },
      company: { name: 'X' },
    } satisfies JobDescription;
    const findings = lintJobDescription(jd, catalog);
    const order = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort());
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });
});

describe('title checks', () => {
  test.each([
    ['Animateur de communauté H/F', 'Animateur / Animatrice de communauté (F/H)'],
    ['Chargée de communication (F/H)', 'Chargé / Chargée de communication (F/H)'],
    ['Rédacteur web', 'Rédacteur / Rédactrice web (F/H)'],
  ])('« %s » is one-form; the suggestion is « %s »', (title, suggestion) => {
    const jd = { ...cleanJobDescription(), title };
    const finding = lintJobDescription(jd, catalog).find((f) => f.rule === 'title-gender');
    expect(finding?.severity).toBe('error');
    expect(finding?.suggestion).toBe(suggestion);
    expect(ids({ ...jd, title: suggestion })).not.toContain('title-gender:title');
  });

  test.each([
    'Animateur / Animatrice de communauté (F/H)',
    'Animateur·rice de communauté (F/H)',
    'Chargé(e) de communication (H/F)',
    'Gestionnaire de communauté (F/H)',
    'Community manager junior (F/H)',
  ])('accepts « %s »', (title) => {
    expect(rulesOf({ ...cleanJobDescription(), title }).has('title-gender')).toBe(false);
    expect(rulesOf({ ...cleanJobDescription(), title }).has('title-mark')).toBe(false);
  });

  test('flags one-sex English words and suggests the neutral word', () => {
    const jd = { ...cleanJobDescription({ locale: 'en' }), title: 'Community spokesman' };
    const finding = lintJobDescription(jd, catalog).find((f) => f.rule === 'title-gender');
    expect(finding?.suggestion).toBe('Community spokesperson');
  });

  test('asks for the « (F/H) » mark in French postings only', () => {
    const title = 'Gestionnaire de communauté';
    expect(rulesOf({ ...cleanJobDescription(), title }).has('title-mark')).toBe(true);
    const english = { ...cleanJobDescription({ locale: 'en' }), title: 'Community manager' };
    expect(rulesOf(english).has('title-mark')).toBe(false);
  });
});

describe('language rules', () => {
  test('a posting in English is fine for a job outside France and Québec', () => {
    const jd = cleanJobDescription({ locale: 'en' });
    expect(
      rulesOf({ ...jd, location: { ...jd.location, country: 'BE' } }).has('posting-language'),
    ).toBe(false);
    expect(
      rulesOf({ ...jd, location: { ...jd.location, country: 'CA', region: 'Québec' } }).has(
        'posting-language',
      ),
    ).toBe(true);
  });

  test('Québec: a stated reason satisfies art. 46; mentioning English without it is a warning', () => {
    const base = cleanJobDescription();
    const quebec = { ...base.location, city: 'Montréal', region: 'QC', country: 'CA' };
    const withReason = {
      ...base,
      location: quebec,
      languageRequirement: {
        required: true,
        language: 'anglais',
        reason: 'Échanges quotidiens avec la communauté anglophone du Canada.',
      },
    };
    expect(rulesOf(withReason).has('other-language-reason')).toBe(false);
    const mention = {
      ...base,
      location: quebec,
      objective: `${base.objective} Anglais courant exigé.`,
    };
    const finding = lintJobDescription(mention, catalog).find(
      (f) => f.rule === 'other-language-reason',
    );
    expect(finding?.severity).toBe('warning');
    expect(finding?.field).toBe('objective');
  });

  test('outside Québec, a required language without a reason is only information', () => {
    const jd = {
      ...cleanJobDescription(),
      languageRequirement: { required: true, language: 'anglais', reason: '' },
    };
    const finding = lintJobDescription(jd, catalog).find((f) => f.rule === 'other-language-reason');
    expect(finding?.severity).toBe('info');
  });
});

describe('structure rules', () => {
  test('salary: one bound is still flagged, both bounds are fine', () => {
    const jd = cleanJobDescription();
    expect(
      rulesOf({ ...jd, salary: { min: 30000, currency: 'EUR', period: 'YEAR' } }).has(
        'salary-range',
      ),
    ).toBe(true);
  });

  test('an internship longer than six months is an error; a CDD with a length is fine', () => {
    const jd = cleanJobDescription();
    const internship = {
      ...jd,
      contract: { ...jd.contract, type: 'internship' as const, durationMonths: 8 },
    };
    expect(
      lintJobDescription(internship, catalog).find((f) => f.rule === 'contract-duration')?.severity,
    ).toBe('error');
    const cdd = { ...jd, contract: { ...jd.contract, type: 'cdd' as const, durationMonths: 12 } };
    expect(rulesOf(cdd).has('contract-duration')).toBe(false);
  });

  test('a missing way to apply and a missing city are flagged; a fully remote job needs no city', () => {
    const jd = cleanJobDescription();
    expect(ids({ ...jd, howToApply: { instructions: '' } })).toContain(
      'section-empty:howToApply.instructions',
    );
    expect(ids({ ...jd, location: { ...jd.location, city: '' } })).toContain(
      'section-empty:location.city',
    );
    expect(
      ids({ ...jd, location: { ...jd.location, city: '', remote: 'full-remote' } }),
    ).not.toContain('section-empty:location.city');
  });

  test('a perimeter without who decides is a warning on that field', () => {
    const jd = cleanJobDescription();
    const finding = lintJobDescription(
      { ...jd, perimeter: { ...jd.perimeter, decides: '' } },
      catalog,
    ).find((f) => f.rule === 'perimeter-missing');
    expect(finding).toMatchObject({ severity: 'warning', field: 'perimeter.decides' });
  });

  test('unticked missions are neither scanned nor counted', () => {
    const jd = cleanJobDescription();
    const missions = jd.missions.map((mission, index) =>
      index === 0
        ? { ...mission, description: 'Équipe jeune et dynamique', enabled: false }
        : mission,
    );
    expect(rulesOf({ ...jd, missions }).has('discriminatory-term')).toBe(false);
  });
});
