import type { LocalizedText } from '../content/common.ts';
import type { ReferenceId } from './references.ts';

/** How serious a finding is: `error` breaks a law or a must; `warning` should be fixed. */
export type Severity = 'error' | 'warning' | 'info';

/** The checks, by id; each is one entry of `RULES`. */
export const RULE_IDS = [
  'title-gender',
  'title-mark',
  'discriminatory-term',
  'application-fee',
  'posting-language',
  'other-language-reason',
  'salary-range',
  'pay-minimum',
  'pay-range-width',
  'pay-currency',
  'gender-wording',
  'jurisdiction',
  'readability',
  'jargon',
  'gender-coded',
  'objective-missing',
  'perimeter-missing',
  'section-empty',
  'section-too-long',
  'contract-duration',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** One problem found in a job description, with a concrete way to fix it. */
export interface Finding {
  /** Unique within one result: rule, field and (for terms) the lexicon entry. */
  id: string;
  rule: RuleId;
  severity: Severity;
  /** Dot path of the field at fault in the draft, e.g. `title`, `missions.2.description`. */
  field: string;
  /** What is wrong, in both languages. */
  message: LocalizedText;
  /** What to do about it, in both languages. */
  fix: LocalizedText;
  /** The legal texts or sources behind the rule. */
  references: ReferenceId[];
  /** The words at fault, as written. */
  excerpt?: string;
  /** For a discrimination finding, the ground (a concept id of `grounds.ts`). */
  ground?: string;
  /** Where the words at fault start in the field's text (UTF-16 index). */
  start?: number;
  /** Where they end (exclusive). */
  end?: number;
  /** The words at fault with a few words around them, for showing them highlighted in place. */
  context?: { before: string; text: string; after: string };
  /** A replacement value for `field` the interface can apply in one click. */
  suggestion?: string;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; stable within a severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Counts by severity, for summaries. */
export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
