import type { campaign as fr } from '../fr/campaign.ts';

/** Interface strings of the hiring campaign area, in English. */
export const campaign = {
  'campaign.guide.title': 'Structured interview guide: {job}',
  'campaign.guide.intro':
    'Ask every candidate the same questions in the same order. Write down facts (what the person said or did), not impressions, and rate each competency before talking with the other interviewers.',
  'campaign.guide.order': 'Soft skills and judgement in situation first, know-how second.',
  'campaign.guide.kind.soft': 'Soft skills and judgement',
  'campaign.guide.kind.knowHow': 'Know-how',
  'campaign.guide.weight.mandatory': 'Mandatory criterion',
  'campaign.guide.weight.relative': 'Relative criterion',
  'campaign.guide.required': 'Required level: {level} of 4',
  'campaign.guide.candidateLevel': "The person's self-reported level: {level} of 4",
  'campaign.guide.question': 'Question {n}',
  'campaign.guide.followUps': 'Follow-ups (situation, action, result)',
  'campaign.guide.gap.title': 'Gap to check',
  'campaign.guide.gap.body':
    "The person's result ({candidate} of 4) is below the required level ({required} of 4). Look for examples of what the next level does: {next}",
  'campaign.guide.flags.title': 'Cautions about the answers',
  'campaign.guide.scale.title': 'Rating scale',
  'campaign.guide.scale.required': 'required level',
  'campaign.guide.notInterviewed':
    'Tools measured by the self-assessment, not interviewed on: {skills}',
  'campaign.forbidden.title': 'Questions never to ask',
  'campaign.forbidden.intro':
    'These topics have nothing to do with the ability to do the job. If the person raises one, do not follow up and do not take it into account.',
  'campaign.forbidden.examples': 'For example',
  'campaign.forbidden.noRules':
    "We do not model the law of this job's place; the list remains good practice. Check the local rules.",
  'campaign.flag.inconsistent': 'Answers that contradict each other',
  'campaign.flag.tooGood': 'A profile too flawless to be plausible',
  'campaign.flag.careless': 'Questionnaire filled in too fast or uniformly',
  'campaign.recommendation.strongNo': 'Definitely not',
  'campaign.recommendation.no': 'Rather not',
  'campaign.recommendation.yes': 'Rather yes',
  'campaign.recommendation.strongYes': 'Definitely yes',
  'campaign.scorecard.evidence': 'Evidence (what the person said or did)',
  'campaign.scorecard.hidden':
    "The other interviewers' ratings appear once you have submitted your scorecard, so that everyone judges independently.",
  'campaign.scorecard.submitted':
    '{n, plural, =0 {No scorecard submitted} one {# scorecard submitted} other {# scorecards submitted}}',
  'campaign.aggregate.mean': 'Mean: {mean}',
  'campaign.aggregate.spread': 'Spread: {spread, plural, one {# point} other {# points}}',
  'campaign.aggregate.disagreement.spread': 'Disagreement: ratings two or more points apart',
  'campaign.aggregate.disagreement.crossesRequired':
    'Disagreement: some see the required level met, others do not',
  'campaign.aggregate.recommendationsSplit':
    'Overall recommendations are split between yes and no: discuss them.',
  'campaign.decision.hired': 'Hired',
  'campaign.decision.rejected': 'Not selected',
  'campaign.decision.talentPool': 'Kept in the talent pool (with their consent)',
  'campaign.decision.talentPoolNeedsConsent':
    'The talent pool is only possible with the person’s consent, which they have not given.',
  'campaign.retention.notHired':
    'Data of candidates not hired deleted {months, plural, one {# month} other {# months}} after the decision (at most {max} months, CNIL recruitment guide, 2023).',
  'campaign.retention.talentPool':
    'Talent pool: {months, plural, one {# month} other {# months}} after the last contact (at most {max} months, with the person’s consent, CNIL recruitment guide, 2023).',
  'campaign.anonymous': 'Candidate {letter}',
  'campaign.revealNames': 'Show names (this action is logged)',
} as const satisfies Record<keyof typeof fr, string>;
