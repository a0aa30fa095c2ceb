import { z } from 'zod';
import { ArticleIdSchema, IdSchema } from './common.ts';
import type { Catalog } from './catalog.ts';

/**
 * What an article lists: a quality asked of the person, a mission, a rule for defining the role,
 * an argument for or against a way of sourcing the role (in-house, freelancer, agency, …), or a
 * factor the sourcing choice depends on (budget, workload, hours, …).
 */
export const SeedItemKindSchema = z.enum([
  'quality',
  'mission',
  'role-definition',
  'sourcing-argument',
  'sourcing-factor',
]);
export type SeedItemKind = z.output<typeof SeedItemKindSchema>;

/**
 * A reference to a role's mission: `role/mission` (e.g. `animator/moderate-spaces`), or
 * `role/speciality/mission` for a mission an Expert speciality adds.
 */
export const MissionRefSchema = z
  .string()
  .regex(
    /^[a-z0-9-]+\/[a-z0-9-]+(?:\/[a-z0-9-]+)?$/,
    'a mission reference is role/mission or role/speciality/mission',
  );

/** Role fields a role-definition rule can point at; each must be filled in every role. */
export const RoleFieldRefSchema = z.enum([
  'summary',
  'cellRole',
  'reportingLine',
  'kpis',
  'tools',
  'perimeter.objectiveExamples',
  'perimeter.inScope',
  'perimeter.outOfScope',
  'perimeter.redLines',
  'perimeter.decides',
  'perimeter.escalation',
]);
export type RoleFieldRef = z.output<typeof RoleFieldRefSchema>;

/** One item an article lists, and the catalogue entries that cover it. */
export const SeedCoverageItemSchema = z
  .strictObject({
    /** The article that lists it (see `ArticleIdSchema`). */
    article: ArticleIdSchema,
    kind: SeedItemKindSchema,
    /** The item as the article names it, shortened, in French (the articles' language). */
    source: z.string().trim().min(2),
    /**
     * Qualities: the word a reader of the article looks for on the skills page, when `source`
     * names more than one thing; it must appear in a mapped skill's label or aliases.
     */
    term: z.string().trim().min(2).optional(),
    /** Catalogue skills that cover the item. */
    skills: z.array(IdSchema).default([]),
    /** Role missions that cover the item. */
    missions: z.array(MissionRefSchema).default([]),
    /** Role fields that carry the item (for the article 004 rules on defining a role). */
    roleFields: z.array(RoleFieldRefSchema).default([]),
    /**
     * For a sourcing argument or factor: the criterion of the sourcing score it drives, the
     * options it favours (their rating on that criterion is higher), and for a factor the input
     * that carries it. Ids are checked against the sourcing model by the coverage test.
     */
    sourcing: z
      .strictObject({
        criterion: IdSchema,
        favours: z.array(IdSchema).default([]),
        input: z.string().min(1).optional(),
      })
      .optional(),
  })
  .refine(
    (item) =>
      item.skills.length + item.missions.length + item.roleFields.length > 0 ||
      item.sourcing !== undefined,
    'an item must map to at least one skill, mission, role field or sourcing criterion',
  )
  .refine(
    (item) => item.kind.startsWith('sourcing') === (item.sourcing !== undefined),
    'a sourcing argument or factor names its criterion (and only those do)',
  );
export type SeedCoverageItem = z.output<typeof SeedCoverageItemSchema>;

/** The seed-coverage mapping: `content/coverage/seed-coverage.yaml`. */
export const SeedCoverageSchema = z.strictObject({
  items: z.array(SeedCoverageItemSchema).min(1),
});
export type SeedCoverage = z.output<typeof SeedCoverageSchema>;

/** Reads a dotted role field (`perimeter.redLines`) and tells whether it holds something. */
function isRoleFieldFilled(role: Catalog['roles'][number], field: RoleFieldRef): boolean {
  const value: unknown = field
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        current !== null && typeof current === 'object'
          ? (current as Record<string, unknown>)[key]
          : undefined,
      role,
    );
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null;
}

/** Tells whether a `role/mission` or `role/speciality/mission` reference exists in the catalogue. */
export function resolveMissionRef(catalog: Pick<Catalog, 'roles'>, ref: string): boolean {
  const [roleId, second, third] = ref.split('/');
  const role = catalog.roles.find((candidate) => candidate.id === roleId);
  if (!role || second === undefined) return false;
  if (third === undefined) return role.missions.some((mission) => mission.id === second);
  const speciality = role.specialities.find((candidate) => candidate.id === second);
  return speciality?.missions.some((mission) => mission.id === third) ?? false;
}

/**
 * Lists the references of the seed-coverage mapping that do not resolve: unknown skills, unknown
 * missions, or role fields left empty in some role. Each message names the item by its index.
 */
export function findUncoveredSeedItems(catalog: Catalog, coverage: SeedCoverage): string[] {
  const skillIds = new Set(catalog.skills.map((skill) => skill.id));
  return coverage.items.flatMap((item, index) => {
    const where = `items.${index} (${item.article} « ${item.source} »)`;
    return [
      ...item.skills
        .filter((id) => !skillIds.has(id))
        .map((id) => `${where}: unknown skill "${id}"`),
      ...item.missions
        .filter((ref) => !resolveMissionRef(catalog, ref))
        .map((ref) => `${where}: unknown mission "${ref}"`),
      ...item.roleFields.flatMap((field) =>
        catalog.roles
          .filter((role) => !isRoleFieldFilled(role, field))
          .map((role) => `${where}: role "${role.id}" leaves ${field} empty`),
      ),
    ];
  });
}
