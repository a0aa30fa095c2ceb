import type { ResponseCheck } from './response-check.ts';
import type { Role } from './role.ts';
import type { Scenario } from './scenario.ts';
import type { Skill } from './skill.ts';

/**
 * Everything the tools know about the job, as plain data: loaded by pages and endpoints from the
 * content collections, by tests from the YAML files, and passed to domain functions.
 */
export interface Catalog {
  roles: Role[];
  skills: Skill[];
  scenarios: Scenario[];
  /** Attention and impression-management items of the self-assessment. */
  checks: ResponseCheck[];
}

/** Finds a skill by id; throws when the id is unknown (content integrity makes that a bug). */
export function getSkill(catalog: Pick<Catalog, 'skills'>, id: string): Skill {
  const skill = catalog.skills.find((candidate) => candidate.id === id);
  if (!skill) throw new Error(`unknown skill id "${id}"`);
  return skill;
}

/** Finds a role by id; throws when the id is unknown. */
export function getRole(catalog: Pick<Catalog, 'roles'>, id: string): Role {
  const role = catalog.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`unknown role id "${id}"`);
  return role;
}
