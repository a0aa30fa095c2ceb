import type { Catalog } from './catalog.ts';
import type { RequiredCompetency, RequiredTool, Role } from './role.ts';
import type { Skill, SkillKind } from './skill.ts';
import type { Locale } from '../text/index.ts';

/** One broken reference or rule, named by the content file and the field where it sits. */
export interface ContentProblem {
  /** Path of the content file from the project root, e.g. `content/roles/manager.yaml`. */
  file: string;
  /** Dotted path of the field inside the file, e.g. `competencies.2.skill`. */
  field: string;
  /** What is wrong, in plain English. */
  message: string;
}

/** A role narrative as the integrity check sees it: which role and locale it claims to describe. */
export interface NarrativeRef {
  /** File name without extension, e.g. `manager.fr`. */
  fileId: string;
  /** The `role` field of the front matter. */
  role: string;
  /** The `locale` field of the front matter. */
  locale: Locale;
}

/** A collection entry's file name (without extension) next to the id written inside it. */
export interface FileIdRef {
  collection: 'roles' | 'skills' | 'scenarios';
  fileId: string;
  dataId: string;
}

/** The locales every role needs a narrative in. */
const NARRATIVE_LOCALES = ['fr', 'en'] as const;

/** Article 001: savoir-être and savoir-agir are mandatory criteria, savoir-faire a relative one. */
const WEIGHT_BY_KIND: Record<Exclude<SkillKind, 'tool'>, RequiredCompetency['weight']> = {
  soft: 'mandatory',
  'know-how': 'relative',
};

const roleFile = (id: string) => `content/roles/${id}.yaml`;
const skillFile = (id: string) => `content/skills/${id}.yaml`;
const scenarioFile = (id: string) => `content/scenarios/${id}.yaml`;

/** Lists ids that occur more than once, each once. */
function findDuplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))];
}

/** Checks a role's (or speciality's) competencies and tools against the catalogue. */
function checkRoleReferences(
  file: string,
  prefix: string,
  competencies: readonly RequiredCompetency[],
  tools: readonly RequiredTool[],
  skillsById: ReadonlyMap<string, Skill>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  competencies.forEach((competency, index) => {
    const field = `${prefix}competencies.${index}.skill`;
    const skill = skillsById.get(competency.skill);
    if (!skill) {
      problems.push({ file, field, message: `unknown skill "${competency.skill}"` });
    } else if (skill.kind === 'tool') {
      problems.push({
        file,
        field,
        message: `"${competency.skill}" is a tool; list it under tools, not competencies`,
      });
    } else if (WEIGHT_BY_KIND[skill.kind] !== competency.weight) {
      problems.push({
        file,
        field: `${prefix}competencies.${index}.weight`,
        message: `a ${skill.kind} skill is weighted "${WEIGHT_BY_KIND[skill.kind]}" (article 001), not "${competency.weight}"`,
      });
    }
  });
  tools.forEach((tool, index) => {
    const field = `${prefix}tools.${index}.skill`;
    const skill = skillsById.get(tool.skill);
    if (!skill) {
      problems.push({ file, field, message: `unknown tool "${tool.skill}"` });
    } else if (skill.kind !== 'tool') {
      problems.push({
        file,
        field,
        message: `"${tool.skill}" is a ${skill.kind} skill, not a tool; list it under competencies`,
      });
    }
  });
  return problems;
}

/** Mission ids must be unique across a role and all of its specialities. */
function checkMissionIds(role: Role): ContentProblem[] {
  const ids = [
    ...role.missions.map((mission) => mission.id),
    ...role.specialities.flatMap((speciality) => speciality.missions.map((mission) => mission.id)),
  ];
  return findDuplicates(ids).map((id) => ({
    file: roleFile(role.id),
    field: 'missions',
    message: `mission id "${id}" is used twice in the role or its specialities`,
  }));
}

/** Checks one role: references, weights, mission ids and speciality ids. */
function checkRole(role: Role, skillsById: ReadonlyMap<string, Skill>): ContentProblem[] {
  const file = roleFile(role.id);
  const problems = [
    ...checkRoleReferences(file, '', role.competencies, role.tools, skillsById),
    ...checkMissionIds(role),
  ];
  role.specialities.forEach((speciality, index) => {
    problems.push(
      ...checkRoleReferences(
        file,
        `specialities.${index}.`,
        speciality.competencies,
        speciality.tools,
        skillsById,
      ),
    );
  });
  const baseSkills = new Set([...role.competencies, ...role.tools].map((entry) => entry.skill));
  role.specialities.forEach((speciality, index) => {
    for (const list of ['competencies', 'tools'] as const) {
      speciality[list].forEach((entry, position) => {
        if (baseSkills.has(entry.skill)) {
          problems.push({
            file,
            field: `specialities.${index}.${list}.${position}.skill`,
            message: `"${entry.skill}" is already required by the role itself; a speciality only adds`,
          });
        }
      });
    }
  });
  for (const id of findDuplicates(role.specialities.map((speciality) => speciality.id))) {
    problems.push({ file, field: 'specialities', message: `duplicate speciality id "${id}"` });
  }
  return problems;
}

/** Checks that catalogue ids are unique and that statement ids are unique across all skills. */
function checkCatalogIds(catalog: Catalog): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const collections = [
    ['roles', catalog.roles.map((role) => role.id), roleFile],
    ['skills', catalog.skills.map((skill) => skill.id), skillFile],
    ['scenarios', catalog.scenarios.map((scenario) => scenario.id), scenarioFile],
  ] as const;
  for (const [name, ids, toFile] of collections) {
    for (const id of findDuplicates(ids)) {
      problems.push({ file: toFile(id), field: 'id', message: `two ${name} share the id "${id}"` });
    }
  }
  const owner = new Map<string, string>();
  for (const skill of catalog.skills) {
    skill.statements.forEach((statement, index) => {
      const first = owner.get(statement.id);
      if (first !== undefined) {
        problems.push({
          file: skillFile(skill.id),
          field: `statements.${index}.id`,
          message: `statement id "${statement.id}" is already used in ${skillFile(first)}`,
        });
      } else {
        owner.set(statement.id, skill.id);
      }
    });
  }
  return problems;
}

/** Checks that every scenario measures existing soft or know-how skills. */
function checkScenarios(
  catalog: Catalog,
  skillsById: ReadonlyMap<string, Skill>,
): ContentProblem[] {
  return catalog.scenarios.flatMap((scenario) =>
    scenario.skills.flatMap((id, index): ContentProblem[] => {
      const skill = skillsById.get(id);
      const file = scenarioFile(scenario.id);
      const field = `skills.${index}`;
      if (!skill) return [{ file, field, message: `unknown skill "${id}"` }];
      if (skill.kind === 'tool') {
        return [{ file, field, message: `"${id}" is a tool; scenarios measure behaviour` }];
      }
      return [];
    }),
  );
}

/** Checks that each narrative names a known role, matches its file name, and that none is missing. */
export function checkNarratives(
  catalog: Pick<Catalog, 'roles'>,
  narratives: readonly NarrativeRef[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const roleIds = new Set(catalog.roles.map((role) => role.id));
  for (const narrative of narratives) {
    const file = `content/roles/${narrative.fileId}.md`;
    if (!roleIds.has(narrative.role)) {
      problems.push({ file, field: 'role', message: `unknown role "${narrative.role}"` });
    }
    if (narrative.fileId !== `${narrative.role}.${narrative.locale}`) {
      problems.push({
        file,
        field: 'locale',
        message: `the file should be named ${narrative.role}.${narrative.locale}.md`,
      });
    }
  }
  for (const role of catalog.roles) {
    for (const locale of NARRATIVE_LOCALES) {
      const found = narratives.some((n) => n.role === role.id && n.locale === locale);
      if (!found) {
        problems.push({
          file: `content/roles/${role.id}.${locale}.md`,
          field: 'role',
          message: `role "${role.id}" has no ${locale} narrative`,
        });
      }
    }
  }
  return problems;
}

/** Checks that each entry's `id` field repeats its file name, so links and files agree. */
export function checkFileIds(entries: readonly FileIdRef[]): ContentProblem[] {
  return entries
    .filter((entry) => entry.fileId !== entry.dataId)
    .map((entry) => ({
      file: `content/${entry.collection}/${entry.fileId}.yaml`,
      field: 'id',
      message: `id "${entry.dataId}" differs from the file name "${entry.fileId}"`,
    }));
}

/**
 * Checks every cross-reference of the catalogue: roles and scenarios point at existing skills of
 * the right kind, weights follow article 001, ids are unique (statement ids across all skills).
 * Returns an empty list when the content holds together.
 */
export function checkContentIntegrity(catalog: Catalog): ContentProblem[] {
  const skillsById = new Map(catalog.skills.map((skill) => [skill.id, skill]));
  return [
    ...checkCatalogIds(catalog),
    ...catalog.roles.flatMap((role) => checkRole(role, skillsById)),
    ...checkScenarios(catalog, skillsById),
  ];
}

/** Formats problems as one message per line: `file › field: message`. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map((problem) => `${problem.file} › ${problem.field}: ${problem.message}`)
    .join('\n');
}
