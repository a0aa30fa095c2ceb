import type { Catalog } from './catalog.ts';
import {
  checkContentIntegrity,
  checkFileIds,
  checkNarratives,
  type ContentProblem,
  type NarrativeRef,
} from './integrity.ts';
import type { Role } from './role.ts';
import type { Scenario } from './scenario.ts';
import type { Skill } from './skill.ts';
import type { SourcingFile } from './sourcing.ts';

/** One parsed content file: its name without extension and its data. */
export interface ContentEntry<T> {
  fileId: string;
  data: T;
}

/** The content files as read by the build (content collections) or by a test (YAML on disk). */
export interface CatalogSources {
  roles: readonly ContentEntry<Role>[];
  skills: readonly ContentEntry<Skill>[];
  scenarios: readonly ContentEntry<Scenario>[];
  /** The front matter of each role narrative (`content/roles/<role>.<locale>.md`). */
  narratives: readonly NarrativeRef[];
}

/** Sorts by `order` when entries have one, then by id, so every surface lists content the same way. */
function byOrderThenId<T extends { id: string; order?: number }>(a: T, b: T): number {
  return (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id);
}

/**
 * The one way content becomes a catalogue, whoever read the files: entries sorted (roles by
 * `order`, everything else by id) and every problem found (file ids, references, narratives).
 */
export function assembleCatalog(sources: CatalogSources): {
  catalog: Catalog;
  problems: ContentProblem[];
} {
  const data = <T>(entries: readonly ContentEntry<T>[]) => entries.map((entry) => entry.data);
  const catalog: Catalog = {
    roles: data(sources.roles).sort(byOrderThenId),
    skills: data(sources.skills).sort(byOrderThenId),
    scenarios: data(sources.scenarios).sort(byOrderThenId),
  };
  const refs = <C extends 'roles' | 'skills' | 'scenarios'>(
    collection: C,
    entries: readonly ContentEntry<{ id: string }>[],
  ) => entries.map((entry) => ({ collection, fileId: entry.fileId, dataId: entry.data.id }));
  const problems = [
    ...checkFileIds([
      ...refs('roles', sources.roles),
      ...refs('skills', sources.skills),
      ...refs('scenarios', sources.scenarios),
    ]),
    ...checkContentIntegrity(catalog),
    ...checkNarratives(catalog, sources.narratives),
  ];
  return { catalog, problems };
}

/** The sourcing figure files in one order (by id), whoever read them. */
export function assembleSourcingFiles(
  entries: readonly ContentEntry<SourcingFile>[],
): SourcingFile[] {
  return entries.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}
