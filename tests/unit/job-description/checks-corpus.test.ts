import { describe, expect, test } from 'vitest';
import { evaluateCorpus, loadCorpus, UNSEEN_DIR } from '../../eval/corpus.ts';

/**
 * The accuracy targets of issue 12, measured on the labelled corpus (`npm run eval:checks`
 * prints the same figures with every miss and false alarm).
 */
describe('job-ad checks on the labelled corpus', () => {
  const evaluation = evaluateCorpus();

  test('the corpus has at least 250 fragments from France, Québec and English ads, clean ones included', () => {
    const corpus = loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    expect(new Set(corpus.map((entry) => entry.id)).size).toBe(corpus.length);
    for (const j of ['FR', 'QC', 'OTHER', 'CA'])
      expect(corpus.some((entry) => entry.j === j)).toBe(true);
    expect(corpus.filter((entry) => entry.locale === 'en').length).toBeGreaterThan(50);
    expect(corpus.filter((entry) => entry.expect.length === 0).length).toBeGreaterThan(100);
  });

  test('the unseen set is kept apart: valid, from France, Québec and English ads, none in the tuned corpus', () => {
    const unseen = loadCorpus(UNSEEN_DIR);
    expect(unseen.length).toBeGreaterThanOrEqual(60);
    for (const j of ['FR', 'QC', 'OTHER']) expect(unseen.some((entry) => entry.j === j)).toBe(true);
    expect(unseen.some((entry) => entry.locale === 'en')).toBe(true);
    const tuned = new Set(loadCorpus().map((entry) => entry.text));
    expect(unseen.filter((entry) => tuned.has(entry.text)).map((entry) => entry.id)).toEqual([]);
  });

  test('overall precision ≥ 0.95 and recall ≥ 0.90', () => {
    expect(evaluation.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(0.9);
  });

  test('no clean fragment gets an error', () => {
    expect(evaluation.cleanWithError.map((result) => result.entry.id)).toEqual([]);
  });

  test('every place resolves to the jurisdiction a lawyer would apply', () => {
    expect(evaluation.jurisdictionMisses.map((result) => result.entry.id)).toEqual([]);
  });

  test('every finding the corpus counts points at words inside its field', () => {
    for (const result of evaluation.results) {
      for (const finding of result.found.values()) {
        if (finding.field === 'locale') continue;
        expect(finding.start, `${result.entry.id} ${finding.id}`).toBeTypeOf('number');
        expect(finding.end ?? 0).toBeGreaterThan(finding.start ?? 0);
      }
    }
  });
});
