import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { Catalog } from '../../src/domain/content/catalog.ts';
import { ResponseCheckSchema } from '../../src/domain/content/response-check.ts';
import { RoleSchema } from '../../src/domain/content/role.ts';
import { ScenarioSchema } from '../../src/domain/content/scenario.ts';
import { SkillSchema } from '../../src/domain/content/skill.ts';
import { SourcingFileSchema } from '../../src/domain/content/sourcing.ts';
import type { SourcingFile } from '../../src/domain/content/sourcing.ts';

/** The top-level `content/` folder. */
export const CONTENT_DIR = join(import.meta.dirname, '..', '..', 'content');

/** Parses every YAML file of a content folder with its schema, like the build does. */
export function loadYamlFolder<S extends z.ZodType>(folder: string, schema: S): z.output<S>[] {
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
      return result.data;
    });
}

/** The whole catalogue (roles, skills, scenarios, response checks) read from `content/`, for unit tests. */
export function loadCatalog(): Catalog {
  return {
    roles: loadYamlFolder('roles', RoleSchema).sort((a, b) => a.order - b.order),
    skills: loadYamlFolder('skills', SkillSchema),
    scenarios: loadYamlFolder('scenarios', ScenarioSchema),
    checks: loadYamlFolder('checks', ResponseCheckSchema),
  };
}

/** The sourcing figures read from `content/sourcing/`. */
export function loadSourcing(): SourcingFile[] {
  return loadYamlFolder('sourcing', SourcingFileSchema);
}
