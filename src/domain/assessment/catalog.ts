import type { ResponseCheck } from '../content/response-check.ts';
import type { Role } from '../content/role.ts';
import type { Scenario } from '../content/scenario.ts';
import type { Skill } from '../content/skill.ts';

/** The part of a role template the assessment needs: who it is and what it requires. */
export type AssessmentRole = Pick<Role, 'id' | 'title' | 'competencies' | 'tools'>;

/**
 * The slice of the catalogue the assessment reads. A full `Catalog` fits it; the wizard page passes
 * only this slice to the island, to keep the page light.
 */
export interface AssessmentCatalog {
  roles: AssessmentRole[];
  skills: Skill[];
  scenarios: Scenario[];
  checks: ResponseCheck[];
}

/** Keeps only what the assessment uses from a catalogue (roles lose missions, salaries, …). */
export function pickAssessmentCatalog(catalog: AssessmentCatalog): AssessmentCatalog {
  return {
    roles: catalog.roles.map(({ id, title, competencies, tools }) => ({
      id,
      title,
      competencies,
      tools,
    })),
    skills: catalog.skills,
    scenarios: catalog.scenarios,
    checks: catalog.checks,
  };
}

/** Finds a catalogue skill, or undefined (stored answers may outlive a content change). */
export function findSkill(
  catalog: Pick<AssessmentCatalog, 'skills'>,
  id: string,
): Skill | undefined {
  return catalog.skills.find((skill) => skill.id === id);
}
