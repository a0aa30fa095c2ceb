import type { WeightClass } from '../content/role.ts';
import type { CandidateRow } from './present-candidate.ts';

/**
 * Two to four candidates side by side, requirement by requirement.
 */

/** The comparison of two to four candidates, requirement by requirement. */
export interface CompareView {
  candidates: CandidateRow[];
  rows: {
    skill: string;
    label: string;
    kind: 'soft' | 'know-how' | 'tool';
    weight: WeightClass;
    required: number;
    /** Each candidate's level, in the order of `candidates` (null: not measured). */
    levels: (number | null)[];
    /** The highest level among them, or null when none was measured. */
    best: number | null;
  }[];
}

/** Two to four candidates side by side, in the order asked, requirement by requirement. */
export function presentComparison(rows: readonly CandidateRow[]): CompareView {
  const first = rows[0];
  if (!first || rows.length < 2 || rows.length > 4) {
    throw new RangeError(`compare needs 2 to 4 candidates, got ${rows.length}`);
  }
  return {
    candidates: [...rows],
    rows: first.competencies.map((competency) => {
      const levels = rows.map(
        (row) => row.competencies.find((c) => c.skill === competency.skill)?.level ?? null,
      );
      const measured = levels.filter((level): level is number => level !== null);
      return {
        skill: competency.skill,
        label: competency.label,
        kind: competency.kind,
        weight: competency.weight,
        required: competency.required,
        levels,
        best: measured.length ? Math.max(...measured) : null,
      };
    }),
  };
}
