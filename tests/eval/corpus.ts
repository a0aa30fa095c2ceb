import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { composeJobDescription } from '../../src/domain/job-description/compose.ts';
import type {
  JobDescription,
  JobDescriptionDraft,
} from '../../src/domain/job-description/draft.ts';
import type { Finding } from '../../src/domain/job-description/findings.ts';
import { resolveJurisdiction } from '../../src/domain/job-description/jurisdiction.ts';
import { lintJobDescription } from '../../src/domain/job-description/rules.ts';
import { loadCatalog } from '../helpers/load-catalog.ts';

/**
 * The labelled corpus of job-ad fragments (`tests/corpus/job-ads/*.yaml`) and its evaluation:
 * each fragment goes into a neutral posting at its field and place, the checks run, and the
 * labels they produce are compared with the labels a lawyer gave.
 */

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus', 'job-ads');

/**
 * Fragments kept apart: written blind by an outside lawyer and never used to change a rule. Their
 * figures estimate how the checks do on ads nobody on the team has read (see its README).
 */
export const UNSEEN_DIR = join(import.meta.dirname, '..', 'corpus', 'job-ads-unseen');

const LabelSchema = z.string().regex(/^[a-z-]+(?::(?:error|warning|info))?$/);

/** One labelled fragment. */
export const CorpusEntrySchema = z.object({
  id: z.string(),
  j: z.enum(['FR', 'QC', 'CA', 'OTHER']),
  place: z.object({
    city: z.string().default(''),
    postalCode: z.string().optional(),
    region: z.string().optional(),
    country: z.string().length(2),
  }),
  locale: z.enum(['fr', 'en']),
  field: z.string().default('missions.0.description'),
  text: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
  extra: z.record(z.string(), z.unknown()).optional(),
  expect: z.array(LabelSchema),
});
export type CorpusEntry = z.output<typeof CorpusEntrySchema>;

/** Every entry of every corpus file, in file order. */
export function loadCorpus(dir = CORPUS_DIR): (CorpusEntry & { file: string })[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const raw: unknown = parse(readFileSync(join(dir, name), 'utf8'));
      return z
        .array(CorpusEntrySchema)
        .parse(raw)
        .map((entry) => ({ ...entry, file: name }));
    });
}

const catalog = loadCatalog();

/** Neutral wording of the posting around a fragment, in each language. */
const NEUTRAL = {
  fr: {
    title: 'Gestionnaire de communauté (F/H)',
    objective:
      'Faire grandir notre communauté en ligne et répondre à chaque message sous 24 heures.',
    mission: 'Mission principale',
    apply: 'Envoyez votre CV et quelques lignes sur une communauté que vous aimez.',
  },
  en: {
    title: 'Community Manager',
    objective: 'Grow our online community and answer every message within 24 hours.',
    mission: 'Main mission',
    apply: 'Send your CV and a few lines about a community you like.',
  },
};

/** Sets a dot path (`missions.0.description`, `company.presentation`) on a draft. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node: Record<string, unknown> = target;
  parts.slice(0, -1).forEach((part) => {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts.at(-1) as string] = value;
}

/** The posting a fragment is checked in. */
export function postingFor(entry: CorpusEntry): JobDescription {
  const neutral = NEUTRAL[entry.locale];
  const draft: Record<string, unknown> = {
    role: 'animator',
    locale: entry.locale,
    company: { name: 'Exemple', presentation: '' },
    title: neutral.title,
    objective: neutral.objective,
    missions: [{ id: 'm1', label: neutral.mission, description: '', enabled: true }],
    location: { ...entry.place, remote: 'hybrid', remoteDaysPerWeek: 2 },
    howToApply: { instructions: neutral.apply, email: 'jobs@example.org' },
  };
  const fields = entry.fields ?? { [entry.field]: entry.text ?? '' };
  for (const [path, value] of Object.entries(fields)) setPath(draft, path, value);
  for (const [key, value] of Object.entries(entry.extra ?? {})) draft[key] = value;
  return composeJobDescription(draft as unknown as JobDescriptionDraft, catalog);
}

/** The labels a check run gives: ground (or rule) and severity. */
export function labelsOf(findings: Finding[]): Map<string, Finding> {
  const labels = new Map<string, Finding>();
  for (const finding of findings) {
    let name: string | undefined;
    if (
      finding.rule === 'discriminatory-term' ||
      finding.rule === 'gender-wording' ||
      finding.rule === 'title-gender'
    ) {
      name = finding.ground;
    } else if (finding.rule === 'posting-language') {
      name = 'posting-language';
    } else if (
      finding.rule === 'other-language-reason' &&
      finding.field !== 'languageRequirement.reason'
    ) {
      name = 'other-language';
    }
    if (!name) continue;
    const previous = labels.get(name);
    const rank = { error: 0, warning: 1, info: 2 };
    if (!previous || rank[finding.severity] < rank[previous.severity]) labels.set(name, finding);
  }
  return labels;
}

/** The result of one entry. */
export interface EntryResult {
  entry: CorpusEntry & { file: string };
  expected: Map<string, string>;
  found: Map<string, Finding>;
  jurisdiction: string;
}

/** Counts for one ground or jurisdiction. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** The corpus evaluation. */
export interface Evaluation {
  entries: number;
  clean: number;
  results: EntryResult[];
  overall: Score;
  byGround: Map<string, Score>;
  byJurisdiction: Map<string, Score>;
  /** Per corpus file (the first set, and sets written later to measure generalisation). */
  byFile: Map<string, Score>;
  /** Clean entries (nothing expected) with an error among the evaluated labels. */
  cleanWithError: EntryResult[];
  /** Entries whose place resolves to another jurisdiction than labelled. */
  jurisdictionMisses: EntryResult[];
  /** Found labels whose severity differs from the label's. */
  severityMismatches: { result: EntryResult; label: string; expected: string; found: string }[];
  misses: { result: EntryResult; label: string }[];
  falseAlarms: { result: EntryResult; label: string }[];
}

function score(counts: { tp: number; fp: number; fn: number }): Score {
  return {
    ...counts,
    precision: counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp),
    recall: counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn),
  };
}

/** Runs the checks on every entry and scores them. The date is fixed so the figures are stable. */
export function evaluateCorpus(today = '2026-11-30', dir = CORPUS_DIR): Evaluation {
  const corpus = loadCorpus(dir);
  const results: EntryResult[] = corpus.map((entry) => {
    const jd = postingFor(entry);
    const found = labelsOf(lintJobDescription(jd, catalog, { today }));
    const expected = new Map(
      entry.expect.map((label) => {
        const [name, severity] = label.split(':');
        return [name as string, severity ?? 'error'];
      }),
    );
    return { entry, expected, found, jurisdiction: resolveJurisdiction(jd.location) };
  });
  const byGround = new Map<string, { tp: number; fp: number; fn: number }>();
  const byJurisdiction = new Map<string, { tp: number; fp: number; fn: number }>();
  const byFile = new Map<string, { tp: number; fp: number; fn: number }>();
  const total = { tp: 0, fp: 0, fn: 0 };
  const bump = (
    map: Map<string, { tp: number; fp: number; fn: number }>,
    key: string,
    kind: 'tp' | 'fp' | 'fn',
  ) => {
    const counts = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    counts[kind] += 1;
    map.set(key, counts);
  };
  const evaluation: Evaluation = {
    entries: results.length,
    clean: results.filter((result) => result.expected.size === 0).length,
    results,
    overall: score(total),
    byGround: new Map(),
    byJurisdiction: new Map(),
    byFile: new Map(),
    cleanWithError: [],
    jurisdictionMisses: [],
    severityMismatches: [],
    misses: [],
    falseAlarms: [],
  };
  for (const result of results) {
    if (result.jurisdiction !== result.entry.j) evaluation.jurisdictionMisses.push(result);
    for (const [label, severity] of result.expected) {
      const found = result.found.get(label);
      const kind = found ? 'tp' : 'fn';
      total[kind] += 1;
      bump(byGround, label, kind);
      bump(byJurisdiction, result.entry.j, kind);
      bump(byFile, result.entry.file, kind);
      if (!found) evaluation.misses.push({ result, label });
      else if (found.severity !== severity) {
        evaluation.severityMismatches.push({
          result,
          label,
          expected: severity,
          found: found.severity,
        });
      }
    }
    for (const [label, finding] of result.found) {
      if (result.expected.has(label)) continue;
      total.fp += 1;
      bump(byGround, label, 'fp');
      bump(byJurisdiction, result.entry.j, 'fp');
      bump(byFile, result.entry.file, 'fp');
      evaluation.falseAlarms.push({ result, label });
      void finding;
    }
    if (
      result.expected.size === 0 &&
      [...result.found.values()].some((finding) => finding.severity === 'error')
    ) {
      evaluation.cleanWithError.push(result);
    }
  }
  evaluation.overall = score(total);
  evaluation.byGround = new Map(
    [...byGround]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, counts]) => [key, score(counts)]),
  );
  evaluation.byJurisdiction = new Map(
    [...byJurisdiction].map(([key, counts]) => [key, score(counts)]),
  );
  evaluation.byFile = new Map([...byFile].map(([key, counts]) => [key, score(counts)]));
  return evaluation;
}
