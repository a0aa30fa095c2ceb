import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { JobDescription } from '../../../src/domain/job-description/draft.ts';
import { lintJobDescription } from '../../../src/domain/job-description/rules.ts';
import { FRENCH_GENDERED_NOUNS } from '../../../src/domain/job-description/title-check.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

/** Applies every one-click fix of the title rules and checks the rule is then satisfied. */
function fixLeavesNoFinding(jd: JobDescription): void {
  for (const finding of lintJobDescription(jd, catalog)) {
    if (finding.field !== 'title' || finding.suggestion === undefined) continue;
    const fixed = { ...jd, title: finding.suggestion };
    const again = lintJobDescription(fixed, catalog).filter((other) => other.rule === finding.rule);
    expect(again, `${jd.title} → ${finding.suggestion} (${finding.rule})`).toEqual([]);
  }
}

describe('title rules and their fixes agree', () => {
  test.each([
    'Animateur de communauté',
    'Animatrice de communauté (H/F)',
    'Community manageuse',
    'Chargée de communication digitale F/H',
    'Rédacteur web et réseaux sociaux',
    'Directrice de la communication',
    'Vendeuse réseaux sociaux (H/F)',
    'Gestionnaire de communauté',
    'Responsable réseaux sociaux',
  ])('« %s »', (title) => {
    fixLeavesNoFinding({ ...cleanJobDescription(), title });
  });

  test('for any title built from the known nouns, marks and words', () => {
    const nouns = FRENCH_GENDERED_NOUNS.flatMap((noun) => [noun.masculine, noun.feminine]);
    const title = fc
      .tuple(
        fc.constantFrom(...nouns),
        fc.constantFrom('de communauté', 'web', 'des réseaux sociaux', ''),
        fc.constantFrom('', ' H/F', ' (F/H)', ' (H/F/X)', ' F/M'),
      )
      .map(([noun, rest, mark]) =>
        `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${rest}${mark}`.trim(),
      );
    fc.assert(
      fc.property(title, (value) => {
        fixLeavesNoFinding({ ...cleanJobDescription(), title: value });
      }),
      { numRuns: 60 },
    );
  });

  test('a title finding points at the noun in the title', () => {
    const jd = { ...cleanJobDescription(), title: 'Community manageuse (F/H)' };
    const finding = lintJobDescription(jd, catalog).find((item) => item.rule === 'title-gender');
    expect(finding && jd.title.slice(finding.start, finding.end)).toBe('manageuse');
  });
});
