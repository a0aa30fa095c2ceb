import type { Locale } from '../text/index.ts';
import type { CandidateFilter, CandidateSort } from './requests.ts';
import type { Decision } from './schemas.ts';
import {
  type SkillInfo,
  type CampaignForView,
  type SharedCandidate,
  type ScorecardForView,
  type CandidateRow,
  presentCandidate,
} from './present-candidate.ts';

/**
 * The recruiter's list of candidates who shared: rows sorted and filtered.
 */

/** The recruiter's list, sorted and filtered. */
export interface RecruiterView {
  candidates: CandidateRow[];
  sort: CandidateSort;
  filter: CandidateFilter | null;
  /** Candidates who shared, before the filter. */
  total: number;
}

const DECISION_ORDER: Record<Decision['outcome'] | 'undecided', number> = {
  hired: 0,
  'talent-pool': 1,
  undecided: 2,
  rejected: 3,
};

/** Whether a row passes a filter. */
export function matchesFilter(row: CandidateRow, filter: CandidateFilter | null): boolean {
  if (filter === null) return true;
  if (filter === 'undecided') return row.decision === null;
  if (filter === 'gaps') return row.gaps.length > 0;
  return row.decision?.outcome === filter;
}

/**
 * Sorts rows: `fit` best first (ties in sharing order), `label` in sharing order (A, B, C…),
 * `decision` hired, talent pool, undecided, rejected (ties best fit first).
 */
export function sortRows(rows: readonly CandidateRow[], sort: CandidateSort): CandidateRow[] {
  // Letters run A…Z, AA, AB…: shorter first, then alphabetical, is the sharing order.
  const bySharing = (a: CandidateRow, b: CandidateRow) =>
    a.letter.length - b.letter.length || (a.letter < b.letter ? -1 : a.letter > b.letter ? 1 : 0);
  const decision = (row: CandidateRow) => DECISION_ORDER[row.decision?.outcome ?? 'undecided'];
  return [...rows].sort((a, b) => {
    if (sort === 'fit') return b.fit - a.fit || bySharing(a, b);
    if (sort === 'decision') return decision(a) - decision(b) || b.fit - a.fit || bySharing(a, b);
    return bySharing(a, b);
  });
}

/** The recruiter's view: every candidate who shared, as rows, sorted and filtered. */
export function presentRecruiterView(input: {
  campaign: CampaignForView;
  candidates: readonly SharedCandidate[];
  scorecards: readonly ScorecardForView[];
  skills: readonly SkillInfo[];
  locale: Locale;
  sort?: CandidateSort | undefined;
  filter?: CandidateFilter | undefined;
}): RecruiterView {
  const sort = input.sort ?? 'label';
  const rows = input.candidates.map((candidate) =>
    presentCandidate(input.campaign, candidate, input.scorecards, input.skills, input.locale),
  );
  return {
    candidates: sortRows(
      rows.filter((row) => matchesFilter(row, input.filter ?? null)),
      sort,
    ),
    sort,
    filter: input.filter ?? null,
    total: rows.length,
  };
}
