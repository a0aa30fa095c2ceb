import type { assessment } from '../../i18n/fr/assessment.ts';

/** Every interface string of the assessment area, as the page hands them to the islands. */
export type Messages = Record<keyof typeof assessment, string>;

/** A message key of the assessment area. */
export type MessageKey = keyof Messages;

/** Fills `{name}` placeholders (kept here so the islands do not bundle the dictionaries). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
