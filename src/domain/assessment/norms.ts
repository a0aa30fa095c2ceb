import { z } from 'zod';
import type { SkillScore } from './scoring.ts';

/** What the norms read of a result: each skill's score. */
export interface ScoredSkills {
  skills: readonly Pick<SkillScore, 'skill' | 'score'>[];
}

/** Percentiles are shown only when at least this many results back them. */
export const NORMS_MINIMUM = 30;

/**
 * The saved results that may serve as a comparison, for one questionnaire version only: the
 * sorted scores of each skill. Results of other versions are never mixed in.
 */
export const NormsSampleSchema = z.object({
  version: z.string(),
  /** Number of results in the sample. */
  count: z.number().int().min(0),
  /** Each skill's scores across the sample, ascending. */
  skills: z.record(z.string(), z.array(z.number())),
});
export type NormsSample = z.output<typeof NormsSampleSchema>;

/** Builds the comparison sample from the scores of results given to one version. */
export function buildNormsSample(version: string, results: readonly ScoredSkills[]): NormsSample {
  const skills: Record<string, number[]> = {};
  for (const result of results) {
    for (const skill of result.skills) (skills[skill.skill] ??= []).push(skill.score);
  }
  for (const scores of Object.values(skills)) scores.sort((a, b) => a - b);
  return { version, count: results.length, skills };
}

/** Index at which `value` keeps `sorted` ascending (after any equal values). */
function insertionIndex(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The sample with one more result, as `buildNormsSample` would give with it among the results:
 * a new save that counts in the comparison is added without reading the store again.
 */
export function addToNormsSample(sample: NormsSample, result: ScoredSkills): NormsSample {
  const skills = { ...sample.skills };
  for (const { skill, score } of result.skills) {
    const scores = [...(skills[skill] ?? [])];
    scores.splice(insertionIndex(scores, score), 0, score);
    skills[skill] = scores;
  }
  return { version: sample.version, count: sample.count + 1, skills };
}

/**
 * The sample without one result it holds, as `buildNormsSample` would give without it: a deleted
 * result leaves the comparison at once.
 */
export function removeFromNormsSample(sample: NormsSample, result: ScoredSkills): NormsSample {
  const skills = { ...sample.skills };
  for (const { skill, score } of result.skills) {
    const scores = [...(skills[skill] ?? [])];
    const index = scores.indexOf(score);
    if (index >= 0) scores.splice(index, 1);
    skills[skill] = scores;
  }
  // A skill no result of the sample has any more is absent, as in a sample built anew.
  const kept = Object.entries(skills).filter(([, scores]) => scores.length > 0);
  return {
    version: sample.version,
    count: Math.max(0, sample.count - 1),
    skills: Object.fromEntries(kept),
  };
}

/** Share (0–100) of the sample below a score, ties counted half: the mid-rank percentile. */
export function percentileOf(score: number, sorted: readonly number[]): number {
  if (sorted.length === 0) return 50;
  const below = sorted.filter((value) => value < score).length;
  const equal = sorted.filter((value) => value === score).length;
  return Math.round((100 * (below + equal / 2)) / sorted.length);
}

/** The comparison a result can show. */
export type NormsResult =
  | { status: 'ready'; count: number; percentiles: Record<string, number> }
  | { status: 'too-few'; count: number; minimum: number }
  | { status: 'unavailable' };

/**
 * Each skill's percentile among the sample, when the sample is of the result's own version and
 * holds at least `NORMS_MINIMUM` results; otherwise says why there is none.
 */
export function compareToNorms(
  scores: ScoredSkills,
  version: string,
  sample: NormsSample | undefined,
): NormsResult {
  if (!sample || sample.version !== version) return { status: 'unavailable' };
  if (sample.count < NORMS_MINIMUM) {
    return { status: 'too-few', count: sample.count, minimum: NORMS_MINIMUM };
  }
  const percentiles: Record<string, number> = {};
  for (const skill of scores.skills) {
    const sorted = sample.skills[skill.skill];
    if (sorted && sorted.length >= NORMS_MINIMUM) {
      percentiles[skill.skill] = percentileOf(skill.score, sorted);
    }
  }
  return { status: 'ready', count: sample.count, percentiles };
}
