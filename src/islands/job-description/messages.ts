import type { Catalog } from '../../domain/content/catalog.ts';
import { formatMessage, type Locale } from '../../domain/text/index.ts';
import type { jobDescription } from '../../i18n/fr/job-description.ts';

/** The job-description strings of one locale, handed to the island as a prop. */
export type JdMessages = Record<keyof typeof jobDescription, string>;

/** A key of those strings. */
export type JdKey = keyof JdMessages;

/** What the island needs of the catalogue: the role templates and the skills. */
export type BuilderCatalog = Pick<Catalog, 'roles' | 'skills'>;

/** A translator over the island's strings (already typeset), with plurals in `locale`. */
export function translator(messages: JdMessages, locale: Locale) {
  return (key: JdKey, params: Record<string, string | number> = {}): string =>
    formatMessage(messages[key], params, locale);
}

/** The translator's type. */
export type Translate = ReturnType<typeof translator>;
