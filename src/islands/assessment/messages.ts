import type { assessment } from '../../i18n/fr/assessment.ts';

/** Every interface string of the assessment area, as the page hands them to the islands. */
export type Messages = Record<keyof typeof assessment, string>;

/** A message key of the assessment area. */
export type MessageKey = keyof Messages;

/** Fills placeholders: the one message formatter (pass the locale for a message with a plural). */
export { formatMessage as fill } from '../../domain/text/index.ts';
