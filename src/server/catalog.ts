import { getCollection } from 'astro:content';
import { assembleCatalog, assembleSourcingFiles } from '../domain/content/assemble.ts';
import type { Catalog } from '../domain/content/catalog.ts';
import { formatContentProblems } from '../domain/content/integrity.ts';
import type { SourcingFile } from '../domain/content/sourcing.ts';

/**
 * The one place pages, endpoints and services read content from the collections. Tests read the
 * same files from disk (`tests/helpers/load-catalog.ts`); both go through `assembleCatalog`, so
 * order and integrity checks are the same everywhere.
 */

/** Reads the collections, checks references, and throws an Error listing every problem. */
async function readCatalog(): Promise<Catalog> {
  const [roles, skills, scenarios, narratives] = await Promise.all([
    getCollection('roles'),
    getCollection('skills'),
    getCollection('scenarios'),
    getCollection('roleNarratives'),
  ]);
  const entry = <T>(e: { id: string; data: T }) => ({ fileId: e.id, data: e.data });
  const { catalog, problems } = assembleCatalog({
    roles: roles.map(entry),
    skills: skills.map(entry),
    scenarios: scenarios.map(entry),
    narratives: narratives.map((e) => ({ fileId: e.id, role: e.data.role, locale: e.data.locale })),
  });
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

let sourcing: Promise<SourcingFile[]> | undefined;

/** The sourcing figure files (by id), read once per process from the content collection. */
export function loadSourcingFiles(): Promise<SourcingFile[]> {
  sourcing ??= getCollection('sourcing')
    .then((entries) => assembleSourcingFiles(entries.map((e) => ({ fileId: e.id, data: e.data }))))
    .catch((error: unknown) => {
      sourcing = undefined;
      throw error;
    });
  return sourcing;
}
