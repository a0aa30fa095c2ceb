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
  'campaign.guide.forCandidate': 'For: {label}',
  'campaign.guide.forCampaign': 'The same guide for every person interviewed',
  'campaign.guide.gap.probes': 'Questions to check',
  'campaign.guide.flags.general': 'On the answers as a whole',
  'campaign.guide.scale.rating': 'Rating',
  'campaign.guide.scale.descriptor': 'What the person shows at this level',
  'campaign.guide.notes': 'Rating (1 to 4) and evidence heard',
  'campaign.forbidden.references': 'References: {references}',
  'campaign.guide.pdf.author': 'Trait d’union',
  'campaign.guide.pdf.subject': 'Structured interview guide',
  'campaign.guide.pdf.footer': 'Interview guide, internal document',
  'campaign.guide.pdf.date': 'Prepared on {date}',
  'campaign.guide.pdf.fileName': 'interview-guide',
  'campaign.guide.page.title': 'Interview guide',
  'campaign.guide.page.lead':
    'This recruitment’s structured interview guide, to print or download as a PDF.',
  'campaign.guide.page.noscript':
    'This page reads your access key from the end of its address, which only your browser knows: turn on JavaScript to see it.',
  'campaign.guide.page.loading': 'Loading the guide…',
  'campaign.guide.page.missingToken':
    'This link is incomplete: the part after the # sign is missing. Open the guide from your recruiter or interviewer page.',
  'campaign.guide.page.notFound':
    'This guide does not exist, or your link does not give access to it (the person may have withdrawn their share).',
  'campaign.guide.page.error':
    'The guide could not be loaded. Check your connection, then reload the page.',
  'campaign.guide.page.print': 'Print',
  'campaign.guide.page.pdf': 'Download the PDF',
  'campaign.guide.page.pdfBusy': 'Preparing the PDF…',
  'campaign.guide.page.pdfError': 'The PDF could not be prepared. Try again.',
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
