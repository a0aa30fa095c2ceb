import type { Answers } from './answers.ts';
import { itemsOfType } from './questionnaire.ts';
import type { Questionnaire } from './questionnaire.ts';

/** Fewer seconds per answered item than this raises the "too fast" caution. */
export const MIN_SECONDS_PER_ITEM = 3;

/** "All identical" needs at least this many statement answers to mean something. */
export const MIN_STATEMENTS_FOR_IDENTICAL = 6;

/** A reverse-keyed pair contradicts when, after reversing, its answers are this far apart (1–5). */
export const CONTRADICTION_DISTANCE = 3;

/** The caution appears when at least this many skills hold a contradictory pair. */
export const MIN_CONTRADICTORY_SKILLS = 2;

/** A caution about the answers, shown to the person; it never changes a score. */
export type QualityFlag =
  | { type: 'identical-answers'; value: number }
  | { type: 'too-fast'; seconds: number; minimum: number }
  | { type: 'contradictory-pairs'; skills: string[] };

/**
 * Answer-quality cautions: every statement answered the same way; a total time under
 * `MIN_SECONDS_PER_ITEM` per answered item; and, in at least `MIN_CONTRADICTORY_SKILLS` skills, a
 * plainly-keyed and a reverse-keyed statement whose answers, once the reverse one is flipped, lie
 * `CONTRADICTION_DISTANCE` or more apart (agreeing with both "I stay calm" and "I lose my temper").
 */
export function qualityFlags(
  questionnaire: Questionnaire,
  answers: Answers,
  elapsedSeconds?: number,
): QualityFlag[] {
  const flags: QualityFlag[] = [];
  const statements = itemsOfType(questionnaire, 'statement').flatMap((item) => {
    const answer = answers[item.id];
    return typeof answer === 'number' ? [{ ...item, answer }] : [];
  });
  const first = statements[0];
  if (
    first &&
    statements.length >= MIN_STATEMENTS_FOR_IDENTICAL &&
    statements.every((s) => s.answer === first.answer)
  ) {
    flags.push({ type: 'identical-answers', value: first.answer });
  }
  const answered = questionnaire.items.filter((item) => answers[item.id] !== undefined).length;
  const minimum = answered * MIN_SECONDS_PER_ITEM;
  if (elapsedSeconds !== undefined && answered > 0 && elapsedSeconds < minimum) {
    flags.push({ type: 'too-fast', seconds: elapsedSeconds, minimum });
  }
  const contradictory = [...new Set(statements.map((s) => s.skill))].filter((skill) => {
    const ofSkill = statements.filter((s) => s.skill === skill);
    const plain = ofSkill.filter((s) => !s.reverse);
    const reversed = ofSkill.filter((s) => s.reverse);
    return plain.some((p) =>
      reversed.some((r) => Math.abs(p.answer - (6 - r.answer)) >= CONTRADICTION_DISTANCE),
    );
  });
  if (contradictory.length >= MIN_CONTRADICTORY_SKILLS) {
    flags.push({ type: 'contradictory-pairs', skills: contradictory.sort() });
  }
  return flags;
}
