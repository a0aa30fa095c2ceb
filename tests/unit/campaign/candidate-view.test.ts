import { describe, expect, test } from 'vitest';
import type { ModelCompetencyView } from '../../../src/domain/campaign/api-answers.ts';
import type { CompetencyLevel } from '../../../src/domain/campaign/present.ts';
import {
  fitRowsFromLevels,
  fitRowsFromShare,
  keptKeys,
  rightKeys,
  shareFieldsFromForm,
  tokenFromHash,
  type ShareFormValues,
} from '../../../src/islands/campaign/candidate/view.ts';

const MODEL = [
  { skill: 'empathy', label: 'Empathie', kind: 'soft', weight: 'mandatory', requiredLevel: 3 },
  { skill: 'curiosity', label: 'Curiosité', kind: 'soft', weight: 'relative', requiredLevel: 2 },
  {
    skill: 'reporting',
    label: 'Reporting',
    kind: 'know-how',
    weight: 'relative',
    requiredLevel: 2,
  },
] satisfies ModelCompetencyView[];

const EMPTY: ShareFormValues = {
  shareConsent: false,
  talentPoolConsent: false,
  displayName: '',
  email: '',
};

describe('tokenFromHash', () => {
  test.each([
    ['#abc_DEF-123', 'abc_DEF-123'],
    ['#token=abc', 'abc'],
    ['', ''],
    ['#', ''],
    ['#%E0%A4%A', ''],
  ])('reads %j as %j', (hash, token) => {
    expect(tokenFromHash(hash)).toBe(token);
  });
});

describe('fitRowsFromLevels', () => {
  test('puts each required level next to the person’s, and counts the levels missing', () => {
    const rows = fitRowsFromLevels(
      MODEL,
      new Map([
        ['empathy', 1],
        ['curiosity', 4],
      ]),
    );
    expect(rows).toEqual([
      { skill: 'empathy', label: 'Empathie', required: 3, level: 1, shortBy: 2 },
      { skill: 'curiosity', label: 'Curiosité', required: 2, level: 4, shortBy: 0 },
      { skill: 'reporting', label: 'Reporting', required: 2, level: null, shortBy: 0 },
    ]);
  });
});

describe('fitRowsFromShare', () => {
  test('keeps the competencies the interview is about and leaves tools out', () => {
    const level = (skill: string, kind: CompetencyLevel['kind']): CompetencyLevel => ({
      skill,
      label: skill,
      kind,
      weight: 'relative',
      required: 2,
      level: 1,
      meets: false,
      shortBy: 1,
    });
    const rows = fitRowsFromShare([level('empathy', 'soft'), level('canva', 'tool')]);
    expect(rows.map((row) => row.skill)).toEqual(['empathy']);
  });
});

describe('shareFieldsFromForm', () => {
  test('an unticked consent is never a share', () => {
    const checked = shareFieldsFromForm({ ...EMPTY, talentPoolConsent: true }, 'fr');
    expect(checked).toEqual({
      ok: false,
      problems: [{ field: 'shareConsent', message: 'consent' }],
    });
  });

  test('a pseudonymous share sends no name and no e-mail', () => {
    const checked = shareFieldsFromForm(
      { ...EMPTY, shareConsent: true, displayName: '   ', email: ' ' },
      'en',
    );
    expect(checked).toEqual({
      ok: true,
      fields: { shareConsent: true, talentPoolConsent: false, locale: 'en' },
    });
  });

  test('keeps the talent-pool consent separate and trims the name and e-mail', () => {
    const checked = shareFieldsFromForm(
      {
        shareConsent: true,
        talentPoolConsent: true,
        displayName: ' Camille ',
        email: ' camille@example.org ',
      },
      'fr',
    );
    expect(checked).toEqual({
      ok: true,
      fields: {
        shareConsent: true,
        talentPoolConsent: true,
        displayName: 'Camille',
        email: 'camille@example.org',
        locale: 'fr',
      },
    });
  });

  test('names every field at fault, in the form’s order', () => {
    const checked = shareFieldsFromForm(
      { ...EMPTY, displayName: 'x'.repeat(121), email: 'camille@' },
      'fr',
    );
    expect(checked.ok ? [] : checked.problems.map((problem) => problem.field)).toEqual([
      'shareConsent',
      'displayName',
      'email',
    ]);
  });
});

describe('keptKeys and rightKeys', () => {
  test('keep the API’s order, drop unknown or repeated keys', () => {
    // An older page meeting a newer API: unknown keys are not shown without a text.
    const kept = ['email', 'levels', 'email', 'photo'] as unknown as Parameters<typeof keptKeys>[0];
    expect(keptKeys(kept)).toEqual(['email', 'levels']);
    const rights = ['erasure', 'access', 'portability'] as unknown as Parameters<
      typeof rightKeys
    >[0];
    expect(rightKeys(rights)).toEqual(['erasure', 'access']);
  });
});
