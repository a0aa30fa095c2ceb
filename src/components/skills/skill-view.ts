import {
  SkillFamilySchema,
  SkillKindSchema,
  ToolCategorySchema,
} from '../../domain/content/skill.ts';
import type { Skill, SkillKind } from '../../domain/content/skill.ts';
import type { Locale, UiKey } from '../../i18n/index.ts';

/** A titled group of skills on the catalogue page: a family, or for tools a category. */
export interface SkillSection {
  /** Anchor of the section, e.g. `family-relationship`, `category-scheduling`. */
  anchor: string;
  /** Dictionary key of the section's heading. */
  heading: UiKey;
  /** Skills in label order. */
  skills: Skill[];
}

/** One kind of the catalogue with its sections, without empty sections. */
export interface KindGroup {
  kind: SkillKind;
  sections: SkillSection[];
  count: number;
}

/** The sections of one kind: tools by category (their family is always `tools`), others by family. */
function sectionsOf(kind: SkillKind): Omit<SkillSection, 'skills'>[] {
  if (kind === 'tool') {
    return ToolCategorySchema.options.map((category) => ({
      anchor: `category-${category}`,
      heading: `skills.category.${category}`,
    }));
  }
  return SkillFamilySchema.options.map((family) => ({
    anchor: `family-${family}`,
    heading: `skills.family.${family}`,
  }));
}

/** Whether a skill belongs to a section anchor built by `sectionsOf`. */
function belongsTo(skill: Skill, anchor: string): boolean {
  return anchor === `family-${skill.family}` || anchor === `category-${skill.category ?? ''}`;
}

/**
 * Groups the catalogue for reading: kinds in the order soft, know-how, tool; families (or tool
 * categories) in the order the schema declares them; skills alphabetically by their label.
 */
export function groupSkills(skills: readonly Skill[], locale: Locale): KindGroup[] {
  return SkillKindSchema.options
    .map((kind) => {
      const ofKind = skills.filter((skill) => skill.kind === kind);
      const sections = sectionsOf(kind)
        .map((section) => ({
          ...section,
          skills: ofKind
            .filter((skill) => belongsTo(skill, section.anchor))
            .sort((a, b) => a.label[locale].localeCompare(b.label[locale], locale)),
        }))
        .filter((section) => section.skills.length > 0);
      return { kind, sections, count: ofKind.length };
    })
    .filter((group) => group.count > 0);
}
