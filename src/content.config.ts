import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * Long-form pages written as Markdown, one file per page and locale:
 * `content/pages/privacy.fr.md`, `content/pages/privacy.en.md`.
 */
const pages = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: './content/pages',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: z.object({
    /** The page heading and document title. */
    title: z.string().min(3),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(10).max(300),
    /** The locale the page is written in; must match the file name's suffix. */
    locale: z.enum(['fr', 'en']),
    /** Date of the last change to the text, shown to readers of legal pages. */
    updated: z.coerce.date(),
  }),
});

export const collections = { pages };
