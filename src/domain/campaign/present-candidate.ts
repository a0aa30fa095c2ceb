import type { Requirement } from '../assessment/fit.ts';
import { FIT_WEIGHTS, fitToRequirements, TOOL_WEIGHT } from '../assessment/fit.ts';
import type { Confidence } from '../assessment/quality.ts';
import type { ResponseFlagKind } from '../content/interview.ts';
import type { WeightClass } from '../content/role.ts';
import type { Locale } from '../text/index.ts';
import { anonymousLabel, letterOf } from './anonymous.ts';
import type { SharedProfile } from './profile.ts';
import { deletionDate } from './retention.ts';
import type { Campaign, CompetencyModel, Consent, Decision, Scorecard } from './schemas.ts';
import type { DisagreementReason, ScorecardAggregate } from './scorecards.ts';
import { aggregateScorecards } from './scorecards.ts';

/**
 * One candidate as the recruiter sees them: the campaign and candidate as the views read them,
 * the job's requirements, level against required per competency, fit to this job with its own
 * weights, gaps, cautions, scorecard aggregate and decision.
 */

/** What the views need to know of a skill: its label in the view's locale and its kind. */
export interface SkillInfo {
  id: string;
  label: Record<Locale, string>;
  kind: 'soft' | 'know-how' | 'tool';
}

/** A tool the job requires, and the level of mastery it needs (0–4 scale, 1–4 required). */
export interface CampaignTool {
  skill: string;
  level: number;
}

/** The campaign as the views read it. */
export type CampaignForView = Pick<Campaign, 'model' | 'retention' | 'closedAt' | 'endsOn'> & {
  tools: readonly CampaignTool[];
};

/** A candidate who shared, as the views read them (the service's stored share). */
export interface SharedCandidate {
  id: string;
  /** Position in the order candidates shared, for the anonymous label (stable, never reused). */
  labelIndex: number;
  sharedAt: string;
  profile: SharedProfile;
  displayName?: string | undefined;
  email?: string | undefined;
  /** When the recruiter revealed this candidate's name and e-mail (logged), if ever. */
  revealedAt?: string | undefined;
  talentPoolConsent?: Consent | undefined;
  lastContactAt?: string | undefined;
  decision?: Decision | undefined;
}

/** A scorecard as the views read it, with the label of who wrote it. */
export type ScorecardForView = Pick<
  Scorecard,
  'candidateId' | 'interviewerId' | 'ratings' | 'recommendation' | 'submittedAt'
>;

/** One requirement of the job with the candidate's level against it. */
export interface CompetencyLevel {
  skill: string;
  label: string;
  kind: 'soft' | 'know-how' | 'tool';
  weight: WeightClass;
  required: number;
  /** The candidate's level; null when the assessment did not measure it. */
  level: number | null;
  /** True when the level reaches the required one; null when not measured. */
  meets: boolean | null;
  /** Levels missing to reach the requirement (0 when met or not measured). */
  shortBy: number;
}

/** A requirement that costs the candidate fit, heaviest cost first. */
export interface CandidateGap {
  skill: string;
  label: string;
  weight: WeightClass;
  required: number;
  level: number;
  /** Fit points lost on it (out of 100), one decimal. */
  cost: number;
}

/** A caution about the candidate's answers, for the interviewer to check. */
export interface CandidateFlag {
  kind: ResponseFlagKind;
  /** The skills it concerns (empty: the whole result). */
  skills: string[];
  skillLabels: string[];
}

/** Where interviewers disagree on a competency. */
export interface Disagreement {
  skill: string;
  label: string;
  reasons: DisagreementReason[];
  ratings: number[];
}

/** One candidate in the recruiter's list. */
export interface CandidateRow {
  id: string;
  /** « Candidat·e A »: always given, names or not. */
  label: string;
  letter: string;
  /** True once the recruiter revealed this candidate (the reveal is logged). */
  revealed: boolean;
  /** The name the candidate gave, only once revealed (null otherwise, or when none was given). */
  name: string | null;
  email: string | null;
  sharedAt: string;
  /** Fit to this job, 0–100, with the job's weights (the assessment's fit rule). */
  fit: number;
  /** Requirements the assessment could not measure (left out of the fit). */
  unmeasured: string[];
  /** Competencies (savoir-être and savoir-agir first), then tools. */
  competencies: CompetencyLevel[];
  gaps: CandidateGap[];
  /** True when a mandatory competency is below its required level. */
  mandatoryGap: boolean;
  flags: CandidateFlag[];
  confidence: Confidence;
  scorecards: ScorecardAggregate;
  disagreements: Disagreement[];
  decision: Decision | null;
  talentPoolConsent: boolean;
  /** When the retention rules delete this candidate's data (always set: a campaign always ends). */
  deletionDate: string | null;
}

const KIND_ORDER = { soft: 0, 'know-how': 1, tool: 2 } as const;

const WEIGHT_ORDER: Record<WeightClass, number> = { mandatory: 0, relative: 1 };

/** The job's requirements as the fit reads them: competencies by weight class, tools relative. */
export function campaignRequirements(
  model: CompetencyModel,
  tools: readonly CampaignTool[],
): Requirement[] {
  return [
    ...model.map((c) => ({
      skill: c.skill,
      kind: 'competency' as const,
      required: c.level,
      weight: FIT_WEIGHTS[c.weight],
      weightClass: c.weight,
    })),
    ...tools.map((t) => ({
      skill: t.skill,
      kind: 'tool' as const,
      required: t.level,
      weight: TOOL_WEIGHT,
      weightClass: 'relative' as const,
    })),
  ];
}

function skillLookup(skills: readonly SkillInfo[], locale: Locale) {
  const byId = new Map(skills.map((skill) => [skill.id, skill]));
  return {
    label: (id: string) => byId.get(id)?.label[locale] ?? id,
    kind: (id: string, fallback: SkillInfo['kind']) => byId.get(id)?.kind ?? fallback,
  };
}

/** Level against required for every requirement: soft, then know-how, then tools; mandatory first. */
export function competencyLevels(
  campaign: Pick<CampaignForView, 'model' | 'tools'>,
  profile: Pick<SharedProfile, 'levels' | 'toolLevels'>,
  skills: readonly SkillInfo[],
  locale: Locale,
): CompetencyLevel[] {
  const lookup = skillLookup(skills, locale);
  const rows = [
    ...campaign.model.map((c, position) => ({
      skill: c.skill,
      kind: lookup.kind(c.skill, 'soft'),
      weight: c.weight,
      required: c.level,
      level: profile.levels[c.skill] ?? null,
      position,
    })),
    ...campaign.tools.map((t, position) => ({
      skill: t.skill,
      kind: 'tool' as const,
      weight: 'relative' as const,
      required: t.level,
      level: profile.toolLevels[t.skill] ?? null,
      position: campaign.model.length + position,
    })),
  ];
  rows.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      WEIGHT_ORDER[a.weight] - WEIGHT_ORDER[b.weight] ||
      a.position - b.position,
  );
  return rows.map(({ skill, kind, weight, required, level }) => ({
    skill,
    label: lookup.label(skill),
    kind,
    weight,
    required,
    level,
    meets: level === null ? null : level >= required,
    shortBy: level === null ? 0 : Math.max(0, required - level),
  }));
}

/** Fit of a profile to the campaign's job, with the requirements it costs. */
export function campaignFit(
  campaign: Pick<CampaignForView, 'model' | 'tools'>,
  profile: Pick<SharedProfile, 'levels' | 'toolLevels'>,
) {
  const levels = new Map<string, number>([
    ...Object.entries(profile.levels),
    ...Object.entries(profile.toolLevels),
  ]);
  return fitToRequirements(levels, campaignRequirements(campaign.model, campaign.tools));
}

/** One candidate's row of the recruiter's view. */
export function presentCandidate(
  campaign: CampaignForView,
  candidate: SharedCandidate,
  scorecards: readonly ScorecardForView[],
  skills: readonly SkillInfo[],
  locale: Locale,
): CandidateRow {
  const lookup = skillLookup(skills, locale);
  const fit = campaignFit(campaign, candidate.profile);
  const competencies = competencyLevels(campaign, candidate.profile, skills, locale);
  const weightOf = new Map(competencies.map((c) => [c.skill, c.weight]));
  const gaps = fit.requirements
    .filter((r) => r.cost > 0)
    .sort((a, b) => b.cost - a.cost || b.weight - a.weight || a.skill.localeCompare(b.skill))
    .map((r) => ({
      skill: r.skill,
      label: lookup.label(r.skill),
      weight: weightOf.get(r.skill) ?? r.weightClass,
      required: r.required,
      level: r.current,
      cost: Math.round(r.cost * 10) / 10,
    }));
  const own = scorecards.filter((card) => card.candidateId === candidate.id);
  const aggregate = aggregateScorecards(campaign.model, own);
  const revealed = candidate.revealedAt !== undefined;
  const date = deletionDate(campaign, {
    share: {
      talentPoolConsent: candidate.talentPoolConsent,
      lastContactAt: candidate.lastContactAt,
    },
    ...(candidate.decision ? { decision: candidate.decision } : {}),
  });
  return {
    id: candidate.id,
    label: anonymousLabel(candidate.labelIndex, locale),
    letter: letterOf(candidate.labelIndex),
    revealed,
    name: revealed ? (candidate.displayName ?? null) : null,
    email: revealed ? (candidate.email ?? null) : null,
    sharedAt: candidate.sharedAt,
    fit: fit.fit,
    unmeasured: fit.unmeasured,
    competencies,
    gaps,
    mandatoryGap: competencies.some((c) => c.weight === 'mandatory' && c.shortBy > 0),
    flags: candidate.profile.flags.map((flag) => ({
      kind: flag.kind,
      skills: flag.skills,
      skillLabels: flag.skills.map(lookup.label),
    })),
    confidence: candidate.profile.confidence,
    scorecards: aggregate,
    disagreements: aggregate.competencies
      .filter((c) => c.disagreement.length > 0)
      .map((c) => ({
        skill: c.skill,
        label: lookup.label(c.skill),
        reasons: c.disagreement,
        ratings: c.ratings,
      })),
    decision: candidate.decision ?? null,
    talentPoolConsent: candidate.talentPoolConsent !== undefined,
    deletionDate: date ? date.toISOString() : null,
  };
}
