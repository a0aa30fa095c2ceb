import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { assembleCatalog, assembleSourcingFiles } from '../../src/domain/content/assemble.ts';
import type { ContentEntry } from '../../src/domain/content/assemble.ts';
import type { Catalog } from '../../src/domain/content/catalog.ts';
import { formatContentProblems } from '../../src/domain/content/integrity.ts';
import { LocaleSchema } from '../../src/domain/text/locale-schema.ts';
import { RoleSchema } from '../../src/domain/content/role.ts';
import { ScenarioSchema } from '../../src/domain/content/scenario.ts';
import { SkillSchema } from '../../src/domain/content/skill.ts';
import { SourcingFileSchema } from '../../src/domain/content/sourcing.ts';
import type { SourcingFile } from '../../src/domain/content/sourcing.ts';

/** The top-level `content/` folder. */
export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

/** Parses every YAML file of a content folder with its schema, like the build does. */
export function loadYamlEntries<S extends z.ZodType>(
  folder: string,
  schema: S,
): ContentEntry<z.output<S>>[] {
  const dir = join(CONTENT_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const result = schema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
      if (!result.success) {
        throw new Error(`content/${folder}/${name}: ${result.error.message}`);
      }
      return { fileId: name.replace(/\.ya?ml$/, ''), data: result.data };
    });
}

/** The data of every YAML file of a content folder. */
export function loadYamlFolder<S extends z.ZodType>(folder: string, schema: S): z.output<S>[] {
  return loadYamlEntries(folder, schema).map((entry) => entry.data);
}

/** The front matter (`role`, `locale`) of each role narrative, `content/roles/<role>.<locale>.md`. */
function loadNarratives() {
  const dir = join(CONTENT_DIR, 'roles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'));
      const data = (front ? parse(front[1] ?? '') : {}) as { role?: unknown; locale?: unknown };
      return {
        fileId: name.replace(/\.md$/, ''),
        role: typeof data.role === 'string' ? data.role : '',
        locale: LocaleSchema.parse(data.locale),
      };
    });
}

/**
 * The whole catalogue read from `content/` for unit tests, assembled and checked exactly as the
 * server does (`assembleCatalog`); a content problem throws with every problem listed.
 */
export function loadCatalog(): Catalog {
  const { catalog, problems } = assembleCatalog({
    roles: loadYamlEntries('roles', RoleSchema),
    skills: loadYamlEntries('skills', SkillSchema),
    scenarios: loadYamlEntries('scenarios', ScenarioSchema),
    narratives: loadNarratives(),
  });
  if (problems.length > 0) throw new Error(formatContentProblems(problems));
  return catalog;
}

/** The sourcing figures read from `content/sourcing/`, in the server's order. */
export function loadSourcing(): SourcingFile[] {
  return assembleSourcingFiles(loadYamlEntries('sourcing', SourcingFileSchema));
}
