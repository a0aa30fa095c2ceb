import type { Requirement } from '../assessment/fit.ts';
import { FIT_WEIGHTS, fitToRequirements, TOOL_WEIGHT } from '../assessment/fit.ts';
import type { Confidence } from '../assessment/quality.ts';
import type { ResponseFlagKind } from '../content/interview.ts';
import type { WeightClass } from '../content/role.ts';
import type { Locale } from '../text/index.ts';
import { anonymousLabel, letterOf } from './anonymous.ts';
import type { SharedProfile } from './profile.ts';
import type { CandidateFilter, CandidateSort } from './requests.ts';
import { deletionDate } from './retention.ts';
import type {
  Campaign,
  CompetencyModel,
  CompetencyRating,
  Consent,
  Decision,
  Recommendation,
  Scorecard,
} from './schemas.ts';
import { missingRatings } from './schemas.ts';
import type { DisagreementReason, ScorecardAggregate } from './scorecards.ts';
import { aggregateScorecards, canSeeOthersRatings } from './scorecards.ts';

/**
 * View models of a hiring campaign: the recruiter's list of candidates who shared (fit to this job
 * with its own weights, level against the required level, gaps, cautions, confidence, scorecards
 * and decision), the side-by-side comparison, and the interviewer's view. Pure: the API answers
 * them as they are, the islands only render them.
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

/** The recruiter's list, sorted and filtered. */
export interface RecruiterView {
  candidates: CandidateRow[];
  sort: CandidateSort;
  filter: CandidateFilter | null;
  /** Candidates who shared, before the filter. */
  total: number;
}

/** The comparison of two to four candidates, requirement by requirement. */
export interface CompareView {
  candidates: CandidateRow[];
  rows: {
    skill: string;
    label: string;
    kind: 'soft' | 'know-how' | 'tool';
    weight: WeightClass;
    required: number;
    /** Each candidate's level, in the order of `candidates` (null: not measured). */
    levels: (number | null)[];
    /** The highest level among them, or null when none was measured. */
    best: number | null;
  }[];
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

const DECISION_ORDER: Record<Decision['outcome'] | 'undecided', number> = {
  hired: 0,
  'talent-pool': 1,
  undecided: 2,
  rejected: 3,
};

/** Whether a row passes a filter. */
export function matchesFilter(row: CandidateRow, filter: CandidateFilter | null): boolean {
  if (filter === null) return true;
  if (filter === 'undecided') return row.decision === null;
  if (filter === 'gaps') return row.gaps.length > 0;
  return row.decision?.outcome === filter;
}

/**
 * Sorts rows: `fit` best first (ties in sharing order), `label` in sharing order (A, B, C…),
 * `decision` hired, talent pool, undecided, rejected (ties best fit first).
 */
export function sortRows(rows: readonly CandidateRow[], sort: CandidateSort): CandidateRow[] {
  // Letters run A…Z, AA, AB…: shorter first, then alphabetical, is the sharing order.
  const bySharing = (a: CandidateRow, b: CandidateRow) =>
    a.letter.length - b.letter.length || (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0);
  const decision = (row: CandidateRow) => DECISION_ORDER[row.decision?.outcome ?? 'undecided'];
  return [...rows].sort((a, b) => {
    if (sort === 'fit') return b.fit - a.fit || bySharing(a, b);
    if (sort === 'decision') return decision(a) - decision(b) || b.fit - a.fit || bySharing(a, b);
    return bySharing(a, b);
  });
}

/** The recruiter's view: every candidate who shared, as rows, sorted and filtered. */
export function presentRecruiterView(input: {
  campaign: CampaignForView;
  candidates: readonly SharedCandidate[];
  scorecards: readonly ScorecardForView[];
  skills: readonly SkillInfo[];
  locale: Locale;
  sort?: CandidateSort | undefined;
  filter?: CandidateFilter | undefined;
}): RecruiterView {
  const sort = input.sort ?? 'label';
  const rows = input.candidates.map((candidate) =>
    presentCandidate(input.campaign, candidate, input.scorecards, input.skills, input.locale),
  );
  return {
    candidates: sortRows(
      rows.filter((row) => matchesFilter(row, input.filter ?? null)),
      sort,
    ),
    sort,
    filter: input.filter ?? null,
    total: rows.length,
  };
}

/** Two to four candidates side by side, in the order asked, requirement by requirement. */
export function presentComparison(rows: readonly CandidateRow[]): CompareView {
  const first = rows[0];
  if (!first || rows.length < 2 || rows.length > 4) {
    throw new RangeError(`compare needs 2 to 4 candidates, got ${rows.length}`);
  }
  return {
    candidates: [...rows],
    rows: first.competencies.map((competency) => {
      const levels = rows.map(
        (row) => row.competencies.find((c) => c.skill === competency.skill)?.level ?? null,
      );
      const measured = levels.filter((level): level is number => level !== null);
      return {
        skill: competency.skill,
        label: competency.label,
        kind: competency.kind,
        weight: competency.weight,
        required: competency.required,
        levels,
        best: measured.length ? Math.max(...measured) : null,
      };
    }),
  };
}

/** A scorecard as its author (or, once allowed, another interviewer) sees it. */
export interface ScorecardView {
  ratings: CompetencyRating[];
  recommendation: Recommendation | null;
  submittedAt: string | null;
  /** Competencies of the model not rated yet (submit refuses while any is left). */
  missing: string[];
}

/** Another interviewer's submitted scorecard, shown only after one's own is submitted. */
export interface OtherScorecard {
  interviewer: string;
  ratings: CompetencyRating[];
  recommendation: Recommendation | null;
  submittedAt: string;
}

/** One candidate in an interviewer's view. */
export interface InterviewerCandidate {
  id: string;
  label: string;
  /** The candidate's name only once the recruiter revealed it (null otherwise). */
  name: string | null;
  own: ScorecardView | null;
  /** True once this interviewer submitted their own scorecard for the candidate. */
  othersVisible: boolean;
  /** Other interviewers' submitted scorecards; empty until `othersVisible`. */
  others: OtherScorecard[];
  /** The aggregate of all submitted scorecards; null until `othersVisible`. */
  aggregate: ScorecardAggregate | null;
}

/**
 * The candidates as one interviewer sees them: anonymous labels (names only once revealed), their
 * own scorecard, and the others' ratings only after submitting their own (no anchoring).
 */
export function presentInterviewerCandidates(input: {
  model: CompetencyModel;
  interviewerId: string;
  interviewers: readonly { id: string; label: string }[];
  candidates: readonly SharedCandidate[];
  scorecards: readonly ScorecardForView[];
  locale: Locale;
}): InterviewerCandidate[] {
  const labels = new Map(input.interviewers.map((i) => [i.id, i.label]));
  return [...input.candidates]
    .sort((a, b) => a.labelIndex - b.labelIndex)
    .map((candidate) => {
      const cards = input.scorecards.filter((card) => card.candidateId === candidate.id);
      const own = cards.find((card) => card.interviewerId === input.interviewerId);
      const visible = canSeeOthersRatings(own);
      return {
        id: candidate.id,
        label: anonymousLabel(candidate.labelIndex, input.locale),
        name: candidate.revealedAt ? (candidate.displayName ?? null) : null,
        own: own ? scorecardView(input.model, own) : null,
        othersVisible: visible,
        others: visible
          ? cards.flatMap((card) =>
              card.interviewerId !== input.interviewerId && card.submittedAt
                ? [
                    {
                      interviewer: labels.get(card.interviewerId) ?? '',
                      ratings: card.ratings,
                      recommendation: card.recommendation ?? null,
                      submittedAt: card.submittedAt,
                    },
                  ]
                : [],
            )
          : [],
        aggregate: visible ? aggregateScorecards(input.model, cards) : null,
      };
    });
}

/** A scorecard for its author: ratings, recommendation, and what is still missing. */
export function scorecardView(
  model: CompetencyModel,
  card: Pick<Scorecard, 'ratings' | 'recommendation' | 'submittedAt'>,
): ScorecardView {
  return {
    ratings: card.ratings,
    recommendation: card.recommendation ?? null,
    submittedAt: card.submittedAt ?? null,
    missing: missingRatings(model, card),
  };
}
