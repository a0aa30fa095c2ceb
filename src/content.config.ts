import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { RoleSchema } from './domain/content/role.ts';
import { ScenarioSchema } from './domain/content/scenario.ts';
import { SkillSchema } from './domain/content/skill.ts';
import { SourcingFileSchema } from './domain/content/sourcing.ts';
import { typesetFrench } from './domain/text/index.ts';
import { LocaleSchema } from './domain/text/locale-schema.ts';

/** Entry ids are file names without extension: `manager`, `privacy.fr`. */
const idFromFileName = ({ entry }: { entry: string }) =>
  entry.replace(/^.*\//, '').replace(/\.(md|ya?ml)$/, '');

/**
 * Long-form pages written as Markdown, one file per page and locale:
 * `content/pages/privacy.fr.md`, `content/pages/privacy.en.md`.
 */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages', generateId: idFromFileName }),
  schema: z
    .object({
      /** The page heading and document title. */
      title: z.string().min(3),
      /** One or two sentences for search results and link previews. */
      description: z.string().min(10).max(300),
      /** The locale the page is written in; must match the file name's suffix. */
      locale: LocaleSchema,
      /** Date of the last change to the text, shown to readers of legal pages. */
      updated: z.coerce.date(),
    })
    // French front matter is typeset like the body (no-break spaces, curly apostrophes).
    .transform((page) =>
      page.locale === 'fr'
        ? {
            ...page,
            title: typesetFrench(page.title),
            description: typesetFrench(page.description),
          }
        : page,
    ),
});

/** Role templates: structure and both locales' wording in one YAML file per role. */
const roles = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/roles', generateId: idFromFileName }),
  schema: RoleSchema,
});

/** Each role's short narrative, one Markdown file per locale: `manager.fr.md`, `manager.en.md`. */
const roleNarratives = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/roles', generateId: idFromFileName }),
  schema: z.object({
    role: z.string(),
    locale: LocaleSchema,
  }),
});

/** The competency catalogue: soft skills, know-how and tools, one YAML file per skill. */
const skills = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/skills', generateId: idFromFileName }),
  schema: SkillSchema,
});

/** Situational-judgement scenarios for the self-assessment, one YAML file each. */
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios', generateId: idFromFileName }),
  schema: ScenarioSchema,
});

/** Figures and criteria of the sourcing decision helper, each figure with source and year. */
const sourcing = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sourcing', generateId: idFromFileName }),
  schema: SourcingFileSchema,
});

export const collections = { pages, roles, roleNarratives, skills, scenarios, sourcing };
