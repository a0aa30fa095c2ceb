/**
 * The level rule, written once: how a skill's evidence becomes a level 1–4. The method page, the
 * results' "why this score" and the simulation all describe or use this file.
 *
 * - Evidence is on one 0–1 scale: a statement answer 1–5 counts (answer − 1) / 4 after reversing
 *   reverse-keyed statements; a scenario counts the chosen option's points / 3; a declared
 *   practice level (the level descriptor the person picks) counts as the middle of that level's
 *   band (`DECLARED_LEVEL_VALUE`).
 * - The skill's score is 100 × the weighted mean of its evidence: a statement weighs 1, a
 *   declared level 2, a scenario `SCENARIO_WEIGHT` (a half: one choice observes several skills at
 *   once, so it says less about each than a statement does; the simulation measures it).
 * - Bands: below 55 → level 1, 55–69 → 2, 70–84 → 3, 85 and above → 4. The middle of the
 *   agreement scale ("neither agree nor disagree", 50) sits in level 1: a level needs evidence
 *   for it, not the absence of evidence against it.
 * - Level 4 also needs observed behaviour: at least one scenario for the skill, with choices
 *   worth on average `LEVEL_4_MIN_OBSERVED` of the best. Self-report alone stops at level 3.
 */

/** Lowest score of levels 2, 3 and 4; below the first, level 1. */
export const LEVEL_THRESHOLDS = [55, 70, 85] as const;

/** Level 4 needs scenario choices worth at least this share of the best, on average. */
export const LEVEL_4_MIN_OBSERVED = 0.8;

/** The highest level self-report alone (statements, declared levels) can give. */
export const SELF_REPORT_MAX_LEVEL = 3;

/**
 * Weight of one scenario for each skill it measures, against one statement. A scenario observes
 * judgement in action, but one choice mixes several skills; it decides level 4 (below), and the
 * quality checks compare it with self-report.
 */
export const SCENARIO_WEIGHT = 0.5;

/** Weight of a declared practice level (a behaviourally anchored rating) against one statement. */
export const DECLARED_WEIGHT = 2;

/** Value (0–1) of a declared level 0–4: 0 for "never done", else the middle of the level's band. */
export const DECLARED_LEVEL_VALUE = [0, 0.3, 0.62, 0.77, 0.92] as const;

/** The band of a score alone, 1–4, before the observed-behaviour condition. */
export function bandFromScore(score: number): number {
  return 1 + LEVEL_THRESHOLDS.filter((threshold) => score >= threshold).length;
}

/** Why a level is lower than its score's band, if it is. */
export type LevelCap = 'no-scenario' | 'scenarios-below-best';

/** A calibrated level and, when the rule held it back, why. */
export interface CalibratedLevel {
  level: number;
  /** The band the score alone reaches. */
  band: number;
  cap?: LevelCap | undefined;
}

/**
 * The level of a skill from its score (0–100) and its observed evidence (the mean share of the
 * best scenario choice, or undefined when no scenario measures it).
 */
export function calibrateLevel(score: number, observed: number | undefined): CalibratedLevel {
  const band = bandFromScore(score);
  if (band < 4) return { level: band, band };
  if (observed === undefined) return { level: SELF_REPORT_MAX_LEVEL, band, cap: 'no-scenario' };
  if (observed < LEVEL_4_MIN_OBSERVED) {
    return { level: SELF_REPORT_MAX_LEVEL, band, cap: 'scenarios-below-best' };
  }
  return { level: 4, band };
}
