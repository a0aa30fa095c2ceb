import { z } from 'zod';
import type { AssessmentResult } from '../assessment/evaluate.ts';
import type { QualityFlag } from '../assessment/quality.ts';
import type { ResponseFlagKind } from '../content/interview.ts';
import type { CandidateProfile, ResponseFlag } from './schemas.ts';
import { ResponseFlagSchema } from './schemas.ts';

/**
 * What a campaign keeps of a shared assessment result: a snapshot the server computed itself from
 * the candidate's answers (never levels sent by a client), so the recruiter's view never changes
 * behind the candidate's back and the raw answers are not kept.
 */
export const SharedProfileSchema = z.object({
  /** The questionnaire version the answers were given to. */
  questionnaireVersion: z.string().min(1),
  /** Level of each measured soft skill and know-how, 1–4. */
  levels: z.record(z.string(), z.number().int().min(1).max(4)),
  /** Declared level of each tool, 0 (never used) to 4. */
  toolLevels: z.record(z.string(), z.number().int().min(0).max(4)),
  /** The assessment's cautions, as the interview guide's kinds of caution. */
  flags: z.array(ResponseFlagSchema),
  /** The assessment's own caution types behind them (for the candidate's page and the record). */
  cautions: z.array(z.string()),
  /** How far the result can be trusted, as the assessment says. */
  confidence: z.enum(['high', 'medium', 'low']),
  scoredAt: z.iso.datetime(),
});
export type SharedProfile = z.output<typeof SharedProfileSchema>;

/** Which kind of interview caution each assessment caution is. */
export const CAUTION_KIND: Record<QualityFlag['type'], ResponseFlagKind> = {
  'too-fast': 'careless',
  'straight-lining': 'careless',
  attention: 'careless',
  acquiescence: 'careless',
  inconsistent: 'inconsistent',
  impression: 'too-good',
  'claims-above-choices': 'too-good',
};

/**
 * The interview cautions of an assessment's flags: one per kind, with the skills the flags of that
 * kind name (a kind with a skill-less flag concerns the whole result: no skills).
 */
export function responseFlagsOf(flags: readonly QualityFlag[]): ResponseFlag[] {
  const byKind = new Map<ResponseFlagKind, { whole: boolean; skills: Set<string> }>();
  for (const flag of flags) {
    const kind = CAUTION_KIND[flag.type];
    const entry = byKind.get(kind) ?? { whole: false, skills: new Set<string>() };
    if ('skills' in flag && flag.skills.length > 0) flag.skills.forEach((s) => entry.skills.add(s));
    else entry.whole = true;
    byKind.set(kind, entry);
  }
  return [...byKind].map(([kind, entry]) => ({
    kind,
    skills: entry.whole ? [] : [...entry.skills].sort(),
  }));
}

/** The snapshot of a scored result that a campaign keeps. */
export function sharedProfileOf(result: AssessmentResult, scoredAt: Date): SharedProfile {
  return {
    questionnaireVersion: result.version,
    levels: Object.fromEntries(result.skills.map((s) => [s.skill, s.level])),
    toolLevels: Object.fromEntries(result.tools.map((t) => [t.tool, t.level])),
    flags: responseFlagsOf(result.flags),
    cautions: [...new Set(result.flags.map((flag) => flag.type))],
    confidence: result.confidence,
    scoredAt: scoredAt.toISOString(),
  };
}

/** The profile the interview guide reads (levels and cautions). */
export function guideProfileOf(profile: SharedProfile): CandidateProfile {
  return { levels: profile.levels, flags: profile.flags };
}
