import type { JobDescription } from './draft.ts';
import type { Finding } from './findings.ts';
import { DISCRIMINATION_LEXICON, GROUND_LABELS, OPENNESS_PATTERN } from './lexicon.ts';
import { findAll, foldText, originalSlice, wordPattern } from './normalize-text.ts';

/** A piece of free text of the posting and where it sits in the draft. */
export interface ScannedText {
  field: string;
  text: string;
}

/**
 * Every free text a reader sees, with its field path. The company's name is left out on purpose
 * (see the lexicon's notes); unticked missions are left out because they are not published.
 */
export function collectTexts(jd: JobDescription): ScannedText[] {
  const texts: ScannedText[] = [
    { field: 'title', text: jd.title },
    { field: 'company.sector', text: jd.company.sector ?? '' },
    { field: 'company.presentation', text: jd.company.presentation ?? '' },
    { field: 'objective', text: jd.objective },
    { field: 'perimeter.decides', text: jd.perimeter.decides },
    { field: 'perimeter.escalation', text: jd.perimeter.escalation },
    { field: 'reporting', text: jd.reporting },
    { field: 'organisation', text: jd.organisation },
    { field: 'howToApply.instructions', text: jd.howToApply.instructions },
    { field: 'languageRequirement.reason', text: jd.languageRequirement.reason },
  ];
  jd.missions.forEach((mission, index) => {
    if (!mission.enabled) return;
    texts.push({ field: `missions.${index}.label`, text: mission.label });
    texts.push({ field: `missions.${index}.description`, text: mission.description });
  });
  for (const list of ['inScope', 'outOfScope', 'redLines'] as const) {
    jd.perimeter[list].forEach((text, index) => {
      texts.push({ field: `perimeter.${list}.${index}`, text });
    });
  }
  jd.kpis.forEach((text, index) => texts.push({ field: `kpis.${index}`, text }));
  return texts.filter((entry) => entry.text.trim() !== '');
}

const COMPILED = DISCRIMINATION_LEXICON.map((entry) => ({
  entry,
  pattern: wordPattern(entry.pattern),
}));

/** [start, end) of the sentence around `index` in folded text. */
function sentenceAround(folded: string, index: number): string {
  const before = folded.slice(0, index);
  const start = Math.max(...['.', '!', '?', ';', '\n'].map((mark) => before.lastIndexOf(mark))) + 1;
  const rest = folded.slice(index);
  const ends = ['.', '!', '?', ';', '\n']
    .map((mark) => rest.indexOf(mark))
    .filter((position) => position >= 0);
  const end = ends.length > 0 ? index + Math.min(...ends) : folded.length;
  return folded.slice(start, end);
}

/**
 * Findings for words that refer to a ground of discrimination. Entries are tried most specific
 * first; words claimed by one entry are not matched again; matches inside a statement of
 * openness are ignored. One finding per entry and field.
 */
export function scanDiscriminatoryTerms(texts: ScannedText[]): Finding[] {
  const findings: Finding[] = [];
  for (const { field, text } of texts) {
    const folded = foldText(text);
    const claimed: [number, number][] = [];
    for (const { entry, pattern } of COMPILED) {
      const spans = findAll(pattern, folded.folded).filter(
        ([start, end]) =>
          !claimed.some(([from, to]) => start < to && end > from) &&
          !OPENNESS_PATTERN.test(sentenceAround(folded.folded, start)),
      );
      const [first] = spans;
      if (!first) continue;
      claimed.push(...spans);
      const excerpt = originalSlice(folded, first[0], first[1]);
      const ground = GROUND_LABELS[entry.ground];
      findings.push({
        id: `discriminatory-term:${field}:${entry.id}`,
        rule: 'discriminatory-term',
        severity: entry.severity,
        field,
        excerpt,
        message:
          entry.severity === 'error'
            ? {
                fr: `« ${excerpt} » fait référence à ${ground.fr}, un critère qu’une offre d’emploi ne peut pas mentionner.`,
                en: `"${excerpt}" refers to ${ground.en}, a criterion a job ad may not mention.`,
              }
            : {
                fr: `« ${excerpt} » peut être lu comme un critère lié à ${ground.fr}.`,
                en: `"${excerpt}" may read as a criterion based on ${ground.en}.`,
              },
        fix: entry.alternative,
        references: ['fr-l1132-1', 'fr-l5321-2', 'qc-charter'],
      });
    }
  }
  return findings;
}
