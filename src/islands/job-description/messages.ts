import type { Catalog } from '../../domain/content/catalog.ts';
import type { jobDescription } from '../../i18n/fr/job-description.ts';

/** The job-description strings of one locale, handed to the island as a prop. */
export type JdMessages = Record<keyof typeof jobDescription, string>;

/** A key of those strings. */
export type JdKey = keyof JdMessages;

/** What the island needs of the catalogue: the role templates and the skills. */
export type BuilderCatalog = Pick<Catalog, 'roles' | 'skills'>;

/** A translator over the island's strings; `{name}` placeholders are filled from `params`. */
export function translator(messages: JdMessages) {
  return (key: JdKey, params: Record<string, string | number> = {}): string =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/** The translator's type. */
export type Translate = ReturnType<typeof translator>;
