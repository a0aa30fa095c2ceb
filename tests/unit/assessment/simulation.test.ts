import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../helpers/load-catalog.ts';
import { runSimulation, TARGETS } from '../../simulation/run.ts';
import { CARELESS_PATTERNS } from '../../simulation/respondents.ts';

/**
 * Issue 13, point 7: simulated respondents scored by the real domain code, with a fixed seed.
 * `npm run simulate:assessment` prints the same figures with more respondents.
 */
describe('the self-assessment on simulated respondents', () => {
  const report = runSimulation(loadCatalog(), { seed: 4242, honest: 400, perPattern: 120 });

  test('honest scores follow true levels (mean correlation ≥ 0.80)', () => {
    expect(report.meanCorrelation).toBeGreaterThanOrEqual(TARGETS.meanCorrelation);
  });

  test.each(CARELESS_PATTERNS.map((p) => [p]))(
    '%s answers are flagged ≥ 90 % of the time',
    (pattern) => {
      expect(report.flagged[pattern]).toBeGreaterThanOrEqual(TARGETS.carelessFlagged);
    },
  );

  test('attentive honest people are rarely flagged (≤ 5 %)', () => {
    expect(report.honestFlagged).toBeLessThanOrEqual(TARGETS.honestFlagged);
  });

  test('random and longest-option answers get a low fit, with no scenario advantage', () => {
    expect(report.meanFit['random']).toBeLessThanOrEqual(TARGETS.contentFreeFit);
    expect(report.meanFit['longest-option']).toBeLessThanOrEqual(TARGETS.contentFreeFit);
    const advantage =
      (report.scenarioCredit['longest-option'] ?? 1) - (report.scenarioCredit['random'] ?? 0);
    expect(advantage).toBeLessThanOrEqual(TARGETS.scenarioAdvantage);
  });

  test('an honest mid-level profile lands on levels 2–3, rarely 4', () => {
    expect(report.midLevel.levels2to3).toBeGreaterThanOrEqual(0.8);
    expect(report.midLevel.level4).toBeLessThanOrEqual(0.1);
  });
}, 60_000);
