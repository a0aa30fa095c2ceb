import { getCollection } from 'astro:content';
import type { Catalog } from '../domain/content/catalog.ts';
import {
  checkContentIntegrity,
  checkFileIds,
  checkNarratives,
  formatContentProblems,
} from '../domain/content/integrity.ts';

/** Sorts by `order` when entries have one, then by id, so every page lists content the same way. */
function byOrderThenId<T extends { id: string; order?: number }>(a: T, b: T): number {
  return (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id);
}

/** Reads the collections, checks references, and throws an Error listing every problem. */
async function readCatalog(): Promise<Catalog> {
  const [roles, skills, scenarios, narratives, checks] = await Promise.all([
    getCollection('roles'),
    getCollection('skills'),
    getCollection('scenarios'),
    getCollection('roleNarratives'),
    getCollection('checks'),
  ]);
  const catalog: Catalog = {
    roles: roles.map((entry) => entry.data).sort(byOrderThenId),
    skills: skills.map((entry) => entry.data).sort(byOrderThenId),
    scenarios: scenarios.map((entry) => entry.data).sort(byOrderThenId),
    checks: checks.map((entry) => entry.data).sort(byOrderThenId),
  };
  const problems = [
    ...checkFileIds([
      ...roles.map((e) => ({ collection: 'roles' as const, fileId: e.id, dataId: e.data.id })),
      ...skills.map((e) => ({ collection: 'skills' as const, fileId: e.id, dataId: e.data.id })),
      ...scenarios.map((e) => ({
        collection: 'scenarios' as const,
        fileId: e.id,
        dataId: e.data.id,
      })),
    ]),
    ...checkContentIntegrity(catalog),
    ...checkNarratives(
      catalog,
      narratives.map((entry) => ({
        fileId: entry.id,
        role: entry.data.role,
        locale: entry.data.locale,
      })),
    ),
  ];
  if (problems.length > 0) {
    throw new Error(`Content integrity check failed:\n${formatContentProblems(problems)}`);
  }
  return catalog;
}

let cached: Promise<Catalog> | undefined;

/**
 * The whole catalogue (roles by `order`, skills and scenarios by id), read once per process from
 * the content collections. Broken references make it throw, which fails `astro build` when a
 * prerendered page calls it.
 */
export function loadCatalog(): Promise<Catalog> {
  cached ??= readCatalog().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
