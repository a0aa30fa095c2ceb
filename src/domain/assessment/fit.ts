import type { LocalizedText } from '../content/common.ts';
import type { WeightClass } from '../content/role.ts';
import type { AssessmentCatalog } from './catalog.ts';
import { findSkill } from './catalog.ts';
import type { Scores } from './scoring.ts';

/** Article 001: savoir-être and savoir-agir (mandatory) weigh twice the savoir-faire (relative). */
export const FIT_WEIGHTS: Record<WeightClass, number> = { mandatory: 2, relative: 1 };

/** Tools are savoir-faire: each tool requirement weighs as a relative competency. */
export const TOOL_WEIGHT = FIT_WEIGHTS.relative;

/** Lowest score of levels 2, 3 and 4; below the first, level 1. */
export const LEVEL_THRESHOLDS = [40, 60, 80] as const;

/** Maps a skill score 0–100 to the catalogue's levels 1–4 (0–39, 40–59, 60–79, 80–100). */
export function levelFromScore(score: number): number {
  return 1 + LEVEL_THRESHOLDS.filter((threshold) => score >= threshold).length;
}

/** One requirement of a role, with the person's level against it. */
export interface RequirementFit {
  skill: string;
  kind: 'competency' | 'tool';
  weight: WeightClass;
  /** Level the role requires, 1–4. */
  required: number;
  /** The person's level: 1–4 for competencies, 0–4 for tools. */
  current: number;
  /** Fit points (out of 100) lost on this requirement. */
  cost: number;
}

/** The fit of the person to one role template. */
export interface RoleFit {
  role: string;
  /** 0–100, rounded. */
  fit: number;
  /** The requirements that could be measured. */
  requirements: RequirementFit[];
  /** Required competencies no answered item measures: left out of the fit. */
  unmeasured: string[];
}

/**
 * Fit of the person to each role template. Every measured requirement earns
 * min(current, required) / required, weighted 2 when mandatory and 1 when relative (tools: 1);
 * fit = 100 × weighted sum / total weight. A competency no item measures is left out (listed in
 * `unmeasured`), rather than counted as zero.
 */
export function fitToRoles(catalog: AssessmentCatalog, scores: Scores): RoleFit[] {
  const skillLevels = new Map(scores.skills.map((s) => [s.skill, levelFromScore(s.score)]));
  const toolLevels = new Map(scores.tools.map((t) => [t.tool, t.level]));
  return catalog.roles.map((role) => {
    const measured: Omit<RequirementFit, 'cost'>[] = [];
    const unmeasured: string[] = [];
    for (const competency of role.competencies) {
      const current = skillLevels.get(competency.skill);
      if (current === undefined) unmeasured.push(competency.skill);
      else
        measured.push({
          skill: competency.skill,
          kind: 'competency',
          weight: competency.weight,
          required: competency.level,
          current,
        });
    }
    for (const tool of role.tools) {
      const current = toolLevels.get(tool.skill);
      if (current === undefined) unmeasured.push(tool.skill);
      else
        measured.push({
          skill: tool.skill,
          kind: 'tool',
          weight: 'relative',
          required: tool.level,
          current,
        });
    }
    const weightOf = (r: Omit<RequirementFit, 'cost'>) =>
      r.kind === 'tool' ? TOOL_WEIGHT : FIT_WEIGHTS[r.weight];
    const total = measured.reduce((sum, r) => sum + weightOf(r), 0);
    const requirements = measured.map((r) => ({
      ...r,
      cost:
        total === 0
          ? 0
          : (100 * weightOf(r) * (1 - Math.min(r.current, r.required) / r.required)) / total,
    }));
    const lost = requirements.reduce((sum, r) => sum + r.cost, 0);
    return {
      role: role.id,
      fit: total === 0 ? 0 : Math.round(100 - lost),
      requirements,
      unmeasured,
    };
  });
}

/** A requirement that costs fit, with the way forward. */
export interface Gap extends RequirementFit {
  /** The level to reach next (current + 1). */
  nextLevel: number;
  /** What a person at the next level does: the catalogue's descriptor. */
  nextLevelDescriptor: LocalizedText;
}

/**
 * The requirements that cost the most fit (ties: mandatory first, then by skill id), each with the
 * next level's descriptor as the way forward.
 */
export function findGaps(catalog: AssessmentCatalog, roleFit: RoleFit, limit = 3): Gap[] {
  return roleFit.requirements
    .filter((r) => r.cost > 0)
    .sort(
      (a, b) =>
        b.cost - a.cost ||
        FIT_WEIGHTS[b.weight] - FIT_WEIGHTS[a.weight] ||
        a.skill.localeCompare(b.skill),
    )
    .slice(0, limit)
    .flatMap((r) => {
      const descriptor = findSkill(catalog, r.skill)?.levels[r.current];
      return descriptor
        ? [{ ...r, nextLevel: r.current + 1, nextLevelDescriptor: descriptor }]
        : [];
    });
}

/**
 * The requirements the person meets, strongest first: mandatory before relative, then by how far
 * the person's level exceeds the required one.
 */
export function findStrengths(roleFit: RoleFit, limit = 3): RequirementFit[] {
  return roleFit.requirements
    .filter((r) => r.current >= r.required)
    .sort(
      (a, b) =>
        FIT_WEIGHTS[b.weight] - FIT_WEIGHTS[a.weight] ||
        b.current - b.required - (a.current - a.required) ||
        a.skill.localeCompare(b.skill),
    )
    .slice(0, limit);
}
