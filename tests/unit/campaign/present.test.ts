import { describe, expect, it } from 'vitest';
import {
  presentCandidate,
  presentComparison,
  presentInterviewerCandidates,
  presentRecruiterView,
  type CampaignForView,
  type ScorecardForView,
  type SharedCandidate,
  type SkillInfo,
} from '../../../src/domain/campaign/present.ts';
import { responseFlagsOf } from '../../../src/domain/campaign/profile.ts';

/**
 * The recruiter's and interviewer's view models: fit to this job with its own weights (savoir-être
 * and savoir-agir weigh twice the savoir-faire), level against required, gaps, cautions, anonymous
 * labels, sort and filter, comparison, and what an interviewer may see.
 */

const SKILLS: SkillInfo[] = [
  { id: 'empathy', label: { fr: 'Empathie', en: 'Empathy' }, kind: 'soft' },
  { id: 'writing', label: { fr: 'Rédaction', en: 'Writing' }, kind: 'soft' },
  {
    id: 'social-strategy',
    label: { fr: 'Stratégie social media', en: 'Social strategy' },
    kind: 'know-how',
  },
  { id: 'canva', label: { fr: 'Canva', en: 'Canva' }, kind: 'tool' },
];

const CAMPAIGN: CampaignForView = {
  // The know-how first in the job's order: the views still put savoir-être first.
  model: [
    { skill: 'social-strategy', level: 4, weight: 'relative' },
    { skill: 'empathy', level: 3, weight: 'mandatory' },
    { skill: 'writing', level: 3, weight: 'mandatory' },
  ],
  tools: [{ skill: 'canva', level: 2 }],
  retention: { notHiredMonths: 3, talentPoolMonths: 24 },
  endsOn: '2027-01-31',
};

function shared(
  labelIndex: number,
  levels: Record<string, number>,
  extra: Partial<SharedCandidate> = {},
): SharedCandidate {
  const { canva, ...skills } = levels;
  return {
    id: `candidate-${labelIndex}`,
    labelIndex,
    sharedAt: '2026-11-01T10:00:00.000Z',
    profile: {
      questionnaireVersion: 'q2-test',
      levels: skills,
      toolLevels: canva === undefined ? {} : { canva },
      flags: [],
      cautions: [],
      confidence: 'high',
      scoredAt: '2026-11-01T10:00:00.000Z',
    },
    displayName: `Name ${labelIndex}`,
    email: `person${labelIndex}@example.org`,
    ...extra,
  };
}

// Meets the savoir-être, misses the savoir-faire; the reverse; everything met.
const SOFT = shared(0, { empathy: 3, writing: 3, 'social-strategy': 1, canva: 2 });
const HARD = shared(1, { empathy: 1, writing: 3, 'social-strategy': 4, canva: 2 });
const ALL = shared(2, { empathy: 4, writing: 3, 'social-strategy': 4, canva: 3 });

const row = (candidate: SharedCandidate, scorecards: ScorecardForView[] = []) =>
  presentCandidate(CAMPAIGN, candidate, scorecards, SKILLS, 'fr');

describe('a candidate row of the recruiter view', () => {
  it('weighs the fit with this job’s weights: savoir-être twice the savoir-faire, tools counted', () => {
    // Weights 1 (social strategy) + 2 + 2 + 1 (Canva): SOFT loses 1/6, HARD loses 2/6.
    expect(row(SOFT).fit).toBe(83);
    expect(row(HARD).fit).toBe(67);
    expect(row(ALL).fit).toBe(100);
  });

  it('lists level against required, soft skills and mandatory first, tools last', () => {
    expect(
      row(HARD).competencies.map((c) => [c.label, c.kind, c.required, c.level, c.meets, c.shortBy]),
    ).toEqual([
      ['Empathie', 'soft', 3, 1, false, 2],
      ['Rédaction', 'soft', 3, 3, true, 0],
      ['Stratégie social media', 'know-how', 4, 4, true, 0],
      ['Canva', 'tool', 2, 2, true, 0],
    ]);
  });

  it('says when a requirement was not measured, and leaves it out of the fit', () => {
    const partial = row(shared(3, { empathy: 3, writing: 3, canva: 2 }));
    expect(partial.competencies.find((c) => c.skill === 'social-strategy')).toMatchObject({
      level: null,
      meets: null,
      shortBy: 0,
    });
    expect(partial.unmeasured).toEqual(['social-strategy']);
    expect(partial.fit).toBe(100);
  });

  it('orders gaps by the fit they cost and flags a mandatory gap', () => {
    const gaps = row(HARD).gaps;
    expect(gaps.map((g) => [g.skill, g.level, g.required, g.cost])).toEqual([
      ['empathy', 1, 3, 33.3],
    ]);
    expect(row(HARD).mandatoryGap).toBe(true);
    expect(row(SOFT).mandatoryGap).toBe(false);
    expect(row(SOFT).gaps.map((g) => g.skill)).toEqual(['social-strategy']);
  });

  it('is anonymous until the recruiter revealed the name', () => {
    expect(row(SOFT)).toMatchObject({
      label: 'Candidat·e A',
      letter: 'A',
      name: null,
      email: null,
    });
    const revealed = row({ ...SOFT, revealedAt: '2026-11-02T10:00:00.000Z' });
    expect(revealed).toMatchObject({
      revealed: true,
      name: 'Name 0',
      email: 'person0@example.org',
    });
    expect(presentCandidate(CAMPAIGN, HARD, [], SKILLS, 'en').label).toBe('Candidate B');
  });

  it('names the skills of a caution and carries the confidence', () => {
    const flagged = row(
      shared(
        0,
        { empathy: 3 },
        {
          profile: {
            ...SOFT.profile,
            flags: [{ kind: 'inconsistent', skills: ['empathy'] }],
            confidence: 'low',
          },
        },
      ),
    );
    expect(flagged.flags).toEqual([
      { kind: 'inconsistent', skills: ['empathy'], skillLabels: ['Empathie'] },
    ]);
    expect(flagged.confidence).toBe('low');
  });

  it('aggregates submitted scorecards only, and shows where interviewers disagree', () => {
    const card = (interviewerId: string, rating: number, submitted: boolean): ScorecardForView => ({
      candidateId: SOFT.id,
      interviewerId,
      ratings: CAMPAIGN.model.map((c) => ({ skill: c.skill, rating, evidence: '' })),
      recommendation: rating >= 3 ? 'yes' : 'no',
      ...(submitted ? { submittedAt: '2026-11-03T10:00:00.000Z' } : {}),
    });
    const one = row(SOFT, [card('i1', 4, true), card('i2', 1, true), card('i3', 1, false)]);
    expect(one.scorecards.submitted).toBe(2);
    expect(one.scorecards.recommendationsSplit).toBe(true);
    expect(one.disagreements.map((d) => [d.skill, d.ratings])).toEqual([
      ['social-strategy', [4, 1]],
      ['empathy', [4, 1]],
      ['writing', [4, 1]],
    ]);
    // Another candidate's cards never count.
    expect(row(HARD, [card('i1', 4, true)]).scorecards.submitted).toBe(0);
  });

  it('dates the deletion from the decision and the retention', () => {
    const rejected = row({
      ...SOFT,
      decision: { outcome: 'rejected', decidedAt: '2026-11-30T00:00:00.000Z' },
    });
    expect(rejected.deletionDate).toBe('2027-02-28T00:00:00.000Z');
    // Undecided: the campaign's end (31 January 2027 is over) plus the 3 months.
    expect(row(SOFT).deletionDate).toBe('2027-05-01T00:00:00.000Z');
  });
});

describe('the recruiter view', () => {
  const input = {
    campaign: CAMPAIGN,
    candidates: [
      SOFT,
      {
        ...HARD,
        decision: { outcome: 'rejected' as const, decidedAt: '2026-11-05T00:00:00.000Z' },
      },
      { ...ALL, decision: { outcome: 'hired' as const, decidedAt: '2026-11-05T00:00:00.000Z' } },
    ],
    scorecards: [],
    skills: SKILLS,
    locale: 'fr' as const,
  };
  const letters = (view: ReturnType<typeof presentRecruiterView>) =>
    view.candidates.map((c) => c.letter);

  it('sorts by sharing order, fit or decision', () => {
    expect(letters(presentRecruiterView(input))).toEqual(['A', 'B', 'C']);
    expect(letters(presentRecruiterView({ ...input, sort: 'fit' }))).toEqual(['C', 'A', 'B']);
    expect(letters(presentRecruiterView({ ...input, sort: 'decision' }))).toEqual(['C', 'A', 'B']);
  });

  it('filters by outcome, undecided or gaps, and counts all', () => {
    expect(letters(presentRecruiterView({ ...input, filter: 'hired' }))).toEqual(['C']);
    expect(letters(presentRecruiterView({ ...input, filter: 'undecided' }))).toEqual(['A']);
    const gaps = presentRecruiterView({ ...input, filter: 'gaps' });
    expect(letters(gaps)).toEqual(['A', 'B']);
    expect(gaps.total).toBe(3);
  });
});

describe('the comparison', () => {
  it('puts two to four candidates side by side, requirement by requirement', () => {
    const view = presentComparison([row(SOFT), row(HARD), row(ALL)]);
    expect(view.rows.map((r) => [r.skill, r.levels, r.best])).toEqual([
      ['empathy', [3, 1, 4], 4],
      ['writing', [3, 3, 3], 3],
      ['social-strategy', [1, 4, 4], 4],
      ['canva', [2, 2, 3], 3],
    ]);
    expect(() => presentComparison([row(SOFT)])).toThrow(RangeError);
    expect(() => presentComparison([row(SOFT), row(HARD), row(ALL), row(SOFT), row(HARD)])).toThrow(
      RangeError,
    );
  });
});

describe('the interviewer view', () => {
  const interviewers = [
    { id: 'me', label: 'Manager' },
    { id: 'other', label: 'Team lead' },
  ];
  const card = (interviewerId: string, submitted: boolean): ScorecardForView => ({
    candidateId: SOFT.id,
    interviewerId,
    ratings: [
      { skill: 'empathy', rating: interviewerId === 'me' ? 3 : 1, evidence: interviewerId },
    ],
    recommendation: 'yes',
    ...(submitted ? { submittedAt: '2026-11-03T10:00:00.000Z' } : {}),
  });
  const view = (scorecards: ScorecardForView[], candidates = [SOFT]) =>
    presentInterviewerCandidates({
      model: CAMPAIGN.model,
      interviewerId: 'me',
      interviewers,
      candidates,
      scorecards,
      locale: 'fr',
    });

  it('hides others’ ratings until one’s own scorecard is submitted', () => {
    const drafting = view([card('me', false), card('other', true)])[0];
    expect(drafting).toMatchObject({ othersVisible: false, others: [], aggregate: null });
    expect(JSON.stringify(drafting)).not.toContain('"evidence":"other"');
    expect(drafting?.own?.missing).toEqual(['social-strategy', 'writing']);
    const done = view([card('me', true), card('other', true)])[0];
    expect(done?.others).toEqual([
      expect.objectContaining({ interviewer: 'Team lead', recommendation: 'yes' }),
    ]);
    expect(done?.aggregate?.submitted).toBe(2);
  });

  it('never shows another interviewer’s draft, even after submitting', () => {
    const done = view([card('me', true), card('other', false)])[0];
    expect(done?.others).toEqual([]);
    expect(done?.aggregate?.submitted).toBe(1);
  });

  it('shows a name only once the recruiter revealed it', () => {
    expect(view([], [SOFT, HARD]).map((c) => [c.label, c.name])).toEqual([
      ['Candidat·e A', null],
      ['Candidat·e B', null],
    ]);
    expect(view([], [{ ...SOFT, revealedAt: '2026-11-02T00:00:00.000Z' }])[0]?.name).toBe('Name 0');
  });
});

describe('the cautions a campaign keeps of an assessment', () => {
  it('maps the assessment’s cautions to the interview guide’s kinds, with their skills', () => {
    expect(
      responseFlagsOf([
        { type: 'too-fast', seconds: 30, minimum: 200 },
        { type: 'inconsistent', spread: 1.4, skills: ['writing', 'empathy'] },
        { type: 'claims-above-choices', gap: 25, skills: ['empathy'] },
        { type: 'impression', endorsed: 3, total: 4 },
      ]),
    ).toEqual([
      { kind: 'careless', skills: [] },
      { kind: 'inconsistent', skills: ['empathy', 'writing'] },
      { kind: 'too-good', skills: [] },
    ]);
  });
});
