import type { JobDescription, PostingLocale } from './draft.ts';
import { detectLanguage, type TextLanguage } from './text-language.ts';
import { splitSentences, tokenize, type Token } from './text-tokens.ts';

/**
 * Every printed text of the posting, with its field path, its role (who it is about) and, once,
 * its tokens, sentences and detected language: the rules share this analysis.
 */

/** Who a field is about. */
export type FieldRole =
  /** The job title. */
  | 'title'
  /** The company, its products, its sector. */
  | 'company'
  /** What the job does (missions, objective, scope, indicators, organisation). */
  | 'missions'
  /** A requirement on the person. */
  | 'requirement'
  /** How to apply. */
  | 'apply'
  /** The place of work. */
  | 'place';

/** A piece of free text of the posting and where it sits in the draft. */
export interface ScannedText {
  field: string;
  text: string;
  role: FieldRole;
}

/** A sentence with its language. */
export interface AnalysedSentence {
  from: number;
  to: number;
  language: TextLanguage;
}

/** A field after analysis. */
export interface AnalysedText extends ScannedText {
  tokens: Token[];
  sentences: AnalysedSentence[];
  /** The language of the field as a whole. */
  language: TextLanguage;
}

/**
 * Every text a reader sees, with its field path and role. The company's name is left out on
 * purpose (« Jeunesse & Sport » is a name, not a criterion); unticked missions are not published.
 */
export function collectTexts(jd: JobDescription): ScannedText[] {
  const texts: ScannedText[] = [
    { field: 'title', text: jd.title, role: 'title' },
    { field: 'company.sector', text: jd.company.sector ?? '', role: 'company' },
    { field: 'company.presentation', text: jd.company.presentation ?? '', role: 'company' },
    { field: 'objective', text: jd.objective, role: 'missions' },
    { field: 'perimeter.decides', text: jd.perimeter.decides, role: 'missions' },
    { field: 'perimeter.escalation', text: jd.perimeter.escalation, role: 'missions' },
    { field: 'reporting', text: jd.reporting, role: 'missions' },
    { field: 'organisation', text: jd.organisation, role: 'missions' },
    { field: 'howToApply.instructions', text: jd.howToApply.instructions, role: 'apply' },
    {
      field: 'languageRequirement.language',
      text: jd.languageRequirement.language,
      role: 'requirement',
    },
    {
      field: 'languageRequirement.reason',
      text: jd.languageRequirement.reason,
      role: 'requirement',
    },
    { field: 'location.city', text: jd.location.city, role: 'place' },
    { field: 'location.region', text: jd.location.region ?? '', role: 'place' },
  ];
  jd.missions.forEach((mission, index) => {
    if (!mission.enabled) return;
    texts.push({ field: `missions.${index}.label`, text: mission.label, role: 'missions' });
    texts.push({
      field: `missions.${index}.description`,
      text: mission.description,
      role: 'missions',
    });
  });
  for (const list of ['inScope', 'outOfScope', 'redLines'] as const) {
    jd.perimeter[list].forEach((text, index) => {
      texts.push({ field: `perimeter.${list}.${index}`, text, role: 'missions' });
    });
  }
  jd.kpis.forEach((text, index) => texts.push({ field: `kpis.${index}`, text, role: 'missions' }));
  return texts.filter((entry) => entry.text.trim() !== '');
}

/** Tokens, sentences and languages of every text; `und` sentences take their field's language. */
export function analyseTexts(texts: ScannedText[], locale: PostingLocale): AnalysedText[] {
  return texts.map((entry) => {
    const tokens = tokenize(entry.text);
    const language = detectLanguage(entry.text, tokens);
    const fallback: TextLanguage = language === 'und' ? locale : language;
    const parts = splitSentences(entry.text, tokens);
    // A field of one sentence has the field's language: no second detection.
    if (parts.length === 1 && language !== 'und') {
      return {
        ...entry,
        tokens,
        sentences: parts.map((part) => ({ ...part, language })),
        language,
      };
    }
    const sentences = parts.map(({ from, to }) => {
      const first = tokens[from];
      const last = tokens[to - 1];
      const slice = first && last ? entry.text.slice(first.start, last.end) : '';
      const own = detectLanguage(slice, tokens.slice(from, to));
      return { from, to, language: own === 'und' ? fallback : own };
    });
    return { ...entry, tokens, sentences, language };
  });
}
