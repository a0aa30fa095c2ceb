import type { LocalizedText } from '../content/common.ts';
import type { WeightClass } from '../content/role.ts';
import type { AssessmentCatalog, AssessmentRole } from './catalog.ts';
import { findSkill } from './catalog.ts';
import type { Scores } from './scoring.ts';

/** Article 001: savoir-être and savoir-agir (mandatory) weigh twice the savoir-faire (relative). */
export const FIT_WEIGHTS: Record<WeightClass, number> = { mandatory: 2, relative: 1 };

/** Tools are savoir-faire: each tool requirement weighs as a relative competency. */
export const TOOL_WEIGHT = FIT_WEIGHTS.relative;

/**
 * One requirement of a job or role: a skill or tool, the level it needs and its weight. Role
 * templates weigh by class (`FIT_WEIGHTS`); a hiring campaign can pass its own weights.
 */
export interface Requirement {
  skill: string;
  kind: 'competency' | 'tool';
  /** Level needed, 1–4. */
  required: number;
  /** Any positive number; only the ratios between requirements matter. */
  weight: number;
  /** Mandatory (savoir-être, savoir-agir) or relative (savoir-faire), for ordering and wording. */
  weightClass: WeightClass;
}

/** One requirement with the person's level against it. */
export interface RequirementFit extends Requirement {
  /** The person's level: 1–4 for competencies, 0–4 for tools. */
  current: number;
  /** Share of the requirement earned, 0–1 (`requirementCredit`). */
  credit: number;
  /** Fit points (out of 100) lost on this requirement. */
  cost: number;
}

/** The fit of a person to a set of requirements. */
export interface Fit {
  /** 0–100, rounded. */
  fit: number;
  /** The requirements that could be measured. */
  requirements: RequirementFit[];
  /** Required skills no answered item measures: left out of the fit, listed. */
  unmeasured: string[];
}

/** The fit of the person to one role template. */
export interface RoleFit extends Fit {
  role: string;
}

/**
 * The share of a requirement a level earns, anchored at level 1: level 1 (or a tool never used)
 * earns nothing, the required level or above earns all, and each level in between an equal step.
 * So a content-free answer set (all "neither agree nor disagree", level 1) earns no fit.
 */
export function requirementCredit(current: number, required: number): number {
  if (required <= 1) return current >= 1 ? 1 : 0;
  return Math.max(0, Math.min(1, (Math.min(current, required) - 1) / (required - 1)));
}

/**
 * Fit of a person's levels to weighted requirements: 100 × Σ weight × credit / Σ weight over the
 * requirements that were measured. `levels` holds competency levels and tool levels by skill id.
 */
export function fitToRequirements(
  levels: ReadonlyMap<string, number>,
  requirements: readonly Requirement[],
): Fit {
  const measured: Omit<RequirementFit, 'cost'>[] = [];
  const unmeasured: string[] = [];
  for (const requirement of requirements) {
    const current = levels.get(requirement.skill);
    if (current === undefined) unmeasured.push(requirement.skill);
    else
      measured.push({
        ...requirement,
        current,
        credit: requirementCredit(current, requirement.required),
      });
  }
  const total = measured.reduce((sum, r) => sum + r.weight, 0);
  const fitted = measured.map((r) => ({
    ...r,
    cost: total === 0 ? 0 : (100 * r.weight * (1 - r.credit)) / total,
  }));
  const lost = fitted.reduce((sum, r) => sum + r.cost, 0);
  return {
    fit: total === 0 ? 0 : Math.max(0, Math.round(100 - lost)),
    requirements: fitted,
    unmeasured,
  };
}

/** The levels of every measured skill and tool, by id, as the fit reads them. */
export function levelsOf(scores: Scores): Map<string, number> {
  return new Map([
    ...scores.skills.map((s) => [s.skill, s.level] as const),
    ...scores.tools.map((t) => [t.tool, t.level] as const),
  ]);
}

/** A role template's requirements, weighted by class (article 001). */
export function roleRequirements(role: AssessmentRole): Requirement[] {
  return [
    ...role.competencies.map((c) => ({
      skill: c.skill,
      kind: 'competency' as const,
      required: c.level,
      weight: FIT_WEIGHTS[c.weight],
      weightClass: c.weight,
    })),
    ...role.tools.map((t) => ({
      skill: t.skill,
      kind: 'tool' as const,
      required: t.level,
      weight: TOOL_WEIGHT,
      weightClass: 'relative' as const,
    })),
  ];
}

/** Fit of the person to each role template. The Expert's optional specialities are not included. */
export function fitToRoles(catalog: AssessmentCatalog, scores: Scores): RoleFit[] {
  const levels = levelsOf(scores);
  return catalog.roles.map((role) => ({
    role: role.id,
    ...fitToRequirements(levels, roleRequirements(role)),
  }));
}

/** A requirement that costs fit, with the way forward. */
export interface Gap extends RequirementFit {
  /** The level to reach next (current + 1). */
  nextLevel: number;
  /** What a person at the next level does: the catalogue's descriptor. */
  nextLevelDescriptor: LocalizedText;
}

/**
 * The requirements that cost the most fit (ties: heavier first, then by skill id), each with the
 * next level's descriptor as the way forward.
 */
export function findGaps(catalog: AssessmentCatalog, fit: Fit, limit = 3): Gap[] {
  return fit.requirements
    .filter((r) => r.cost > 0)
    .sort((a, b) => b.cost - a.cost || b.weight - a.weight || a.skill.localeCompare(b.skill))
    .slice(0, limit)
    .flatMap((r) => {
      const descriptor = findSkill(catalog, r.skill)?.levels[Math.max(0, r.current)];
      return descriptor
        ? [{ ...r, nextLevel: r.current + 1, nextLevelDescriptor: descriptor }]
        : [];
    });
}

/**
 * The requirements the person meets, strongest first: heavier before lighter, then by how far
 * the person's level exceeds the required one.
 */
export function findStrengths(fit: Fit, limit = 3): RequirementFit[] {
  return fit.requirements
    .filter((r) => r.current >= r.required)
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        b.current - b.required - (a.current - a.required) ||
        a.skill.localeCompare(b.skill),
    )
    .slice(0, limit);
}
