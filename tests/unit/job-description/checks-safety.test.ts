import { describe, expect, test } from 'vitest';
import type { JobDescription } from '../../../src/domain/job-description/draft.ts';
import { lintJobDescription } from '../../../src/domain/job-description/rules.ts';
import { tokenize } from '../../../src/domain/job-description/text-tokens.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

/**
 * Bad input stays safe: huge fields, odd Unicode and adversarial patterns. Time is judged by its
 * growth, not by a fixed budget: checking a field four times longer must cost about four times
 * as much (a linear algorithm), far from the sixteen times a quadratic one would need.
 */

const KB = 1024;

/** Repeats `unit` up to `size` characters. */
const fill = (unit: string, size: number) =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Inputs built to hurt: one endless word, endless inclusive marks, ground words without a full stop… */
const ADVERSARIAL: Record<string, (size: number) => string> = {
  'one long word': (size) => fill('a', size),
  'inclusive marks': (size) => fill('é·e·', size),
  'ground words, no full stop': (size) => fill('jeune femme de 25 à 35 ans sans enfants ', size),
  'numbers, slashes and brackets': (size) => fill('25/35-(e)(', size),
  apostrophes: (size) => fill("d'l'", size),
  'emoji and combining marks': (size) => fill('👩🏽‍💻e\u0301\u200d ', size),
  'real sentences': (size) =>
    fill(
      'Vous animerez notre communauté et répondrez aux messages. You will answer every message. ',
      size,
    ),
};

/** The posting with `text` in the long free-text fields. */
function postingWith(text: string): JobDescription {
  const jd = cleanJobDescription();
  return {
    ...jd,
    objective: text,
    company: { ...jd.company, presentation: text },
  };
}

/** Best of two timings of a check of `jd` (the machine is shared: the best run is the least noisy). */
function time(jd: JobDescription): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 2; run += 1) {
    const start = performance.now();
    lintJobDescription(jd, catalog);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('checks on huge and hostile input', () => {
  test.each(Object.entries(ADVERSARIAL))(
    '%s: 64 KB fields are checked in linear time',
    (_name, make) => {
      const smallPosting = postingWith(make(16 * KB));
      lintJobDescription(smallPosting, catalog); // warm up the compiler on the same shapes
      const small = time(smallPosting);
      const large = time(postingWith(make(64 * KB)));
      // Linear: about 4; quadratic: about 16. Allow for noise and a fixed part.
      expect(large / Math.max(small, 1)).toBeLessThan(9);
    },
  );

  test('spans stay inside the text whatever the Unicode', () => {
    const text = `${fill('👩🏽‍💻e\u0301\u200d ', 2 * KB)} Nous cherchons une femme de moins de 30 ans.`;
    for (const token of tokenize(text)) {
      expect(token.start).toBeGreaterThanOrEqual(0);
      expect(token.end).toBeLessThanOrEqual(text.length);
    }
    const findings = lintJobDescription(postingWith(text), catalog).filter(
      (finding) => finding.start !== undefined,
    );
    expect(findings.some((finding) => finding.ground === 'age')).toBe(true);
    for (const finding of findings) {
      expect(text.slice(finding.start, finding.end).length).toBeGreaterThan(0);
    }
  });
});
