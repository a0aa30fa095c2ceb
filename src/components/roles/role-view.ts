import { getSkill } from '../../domain/content/catalog.ts';
import type { Catalog } from '../../domain/content/catalog.ts';
import type { LocalizedText } from '../../domain/content/common.ts';
import type { RequiredCompetency, RequiredTool } from '../../domain/content/role.ts';
import type { Skill } from '../../domain/content/skill.ts';
import type { Locale } from '../../i18n/index.ts';
import { withoutGenderMark } from '../../domain/text/index.ts';

/** A role requirement joined with its catalogue entry, ready to display. */
export interface RequirementView {
  skill: Skill;
  level: number;
  /** What a person at the required level does, in the page's locale. */
  expected: string;
}

/** Joins requirements with the catalogue, strongest requirement first, then by label. */
export function viewRequirements(
  catalog: Pick<Catalog, 'skills'>,
  requirements: readonly (RequiredCompetency | RequiredTool)[],
  locale: Locale,
): RequirementView[] {
  return requirements
    .map((requirement) => {
      const skill = getSkill(catalog, requirement.skill);
      const expected = skill.levels[requirement.level - 1]?.[locale] ?? '';
      return { skill, level: requirement.level, expected };
    })
    .sort(
      (a, b) => b.level - a.level || a.skill.label[locale].localeCompare(b.skill.label[locale]),
    );
}

/** Splits joined requirements into soft skills (mandatory) and know-how (relative). */
export function splitByKind(views: readonly RequirementView[]): {
  soft: RequirementView[];
  knowHow: RequirementView[];
} {
  return {
    soft: views.filter((view) => view.skill.kind === 'soft'),
    knowHow: views.filter((view) => view.skill.kind === 'know-how'),
  };
}

/** Picks the locale's wording of a list of localized texts. */
export function inLocale(texts: readonly LocalizedText[], locale: Locale): string[] {
  return texts.map((text) => text[locale]);
}

/** The job-description builder preset with a role: `/job-description/?role=animator`. */
export function jobDescriptionPath(roleId: string): string {
  return `/job-description/?role=${encodeURIComponent(roleId)}`;
}

/** A title without its « (F/H) » mark, for use inside a sentence. */
export function plainTitle(title: string): string {
  return withoutGenderMark(title);
}
