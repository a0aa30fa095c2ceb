import type { campaignRecruiter as fr } from '../fr/campaign-recruiter.ts';

/** Interface strings of the hiring campaign's recruiter screens, in English. */
export const campaignRecruiter = {
  'campaignRecruiter.fromJob.link': 'Launch a hiring campaign',

  'campaignRecruiter.noscript':
    'This page needs JavaScript: the private link stays in your browser and is never sent to the server.',
  'campaignRecruiter.loading': 'Loading…',
  'campaignRecruiter.missingToken':
    'This link is incomplete: its private part (after the #) is missing. Open the full link you were given.',
  'campaignRecruiter.notFound':
    'This campaign cannot be found: the link is incomplete, was replaced, or the campaign was deleted.',
  'campaignRecruiter.error': 'The server did not answer. Try again in a moment.',
  'campaignRecruiter.retry': 'Try again',
  'campaignRecruiter.copy': 'Copy',
  'campaignRecruiter.copyLabel': 'Copy: {what}',
  'campaignRecruiter.copied': 'Link copied.',
  'campaignRecruiter.copyFailed': 'Copying failed: select the link and copy it by hand.',
  'campaignRecruiter.level': '{level} of 4',
  'campaignRecruiter.notMeasured': 'not measured',
  'campaignRecruiter.kind.soft': 'Soft skill (savoir-être, savoir-agir)',
  'campaignRecruiter.kind.knowHow': 'Know-how',
  'campaignRecruiter.kind.tool': 'Tool',
  'campaignRecruiter.weight.mandatory': 'mandatory',
  'campaignRecruiter.weight.relative': 'relative',
  'campaignRecruiter.cancel': 'Cancel',

  'campaignRecruiter.new.title': 'Launch a hiring campaign',
  'campaignRecruiter.new.lead':
    'The campaign uses the competencies of your job description: candidates take the self-assessment, see their result, then choose to share it with you. You compare them to this job, run structured interviews and decide.',
  'campaignRecruiter.new.jobMissing':
    'Open this page from your saved job description (the “Launch a hiring campaign” button).',
  'campaignRecruiter.new.jobNotFound': 'This job description cannot be found or was deleted.',
  'campaignRecruiter.new.tokenMissing':
    'The job description’s private link is not in this address: only the person who saved it can launch a campaign. Open the description with its private link, then click “Launch a hiring campaign”.',
  'campaignRecruiter.new.job': 'Job: {title}',
  'campaignRecruiter.new.model.title': 'The competencies assessed',
  'campaignRecruiter.new.model.lead':
    'Soft skills (savoir-être, savoir-agir en situation) first, as mandatory criteria; know-how next, as relative criteria. To change them, edit the job description before launching the campaign.',
  'campaignRecruiter.new.model.caption': 'The campaign’s competency model',
  'campaignRecruiter.new.model.competency': 'Competency',
  'campaignRecruiter.new.model.kind': 'Kind',
  'campaignRecruiter.new.model.required': 'Required level',
  'campaignRecruiter.new.model.weight': 'Weight',
  'campaignRecruiter.new.model.tools':
    'Tools required (measured by the self-assessment, not in interviews): {tools}',
  'campaignRecruiter.new.organisation': 'Organisation hiring',
  'campaignRecruiter.new.organisationHint':
    'Candidates see this name in the invitation: it is you they share their result with.',
  'campaignRecruiter.new.organisationRequired': 'Enter the name of the organisation hiring.',
  'campaignRecruiter.new.monthsRange': 'A whole number of months, from 1 to {max}.',
  'campaignRecruiter.end.label': 'Last day of the campaign',
  'campaignRecruiter.end.hint':
    'By default {default} months from today, at most {max} months. After that day the invitation stops working and candidates without a decision count as not hired.',
  'campaignRecruiter.end.range': 'A date from {min} to {max}.',
  'campaignRecruiter.end.open': 'Campaign open until {date} included: the invitation works.',
  'campaignRecruiter.end.ended': 'Campaign ended on {date}: nobody can share a result any more.',
  'campaignRecruiter.end.deletion':
    'Unless something changes, the whole campaign is deleted on {date}.',
  'campaignRecruiter.end.save': 'Change the last day',
  'campaignRecruiter.end.saved': 'Last day saved.',
  'campaignRecruiter.new.retention.title': 'How long data is kept',
  'campaignRecruiter.new.retention.lead':
    'The CNIL recruitment guide (2023) sets a ceiling; you may choose less. Data is deleted automatically at the end of the period.',
  'campaignRecruiter.new.notHired': 'Candidates not hired (months)',
  'campaignRecruiter.new.talentPool': 'Talent pool, with the person’s consent (months)',
  'campaignRecruiter.new.bounds':
    'Default {default} months, at most {max} months, {from} Source: {source}, {year}.',
  'campaignRecruiter.new.submit': 'Create the campaign',
  'campaignRecruiter.new.creating': 'Creating…',
  'campaignRecruiter.new.errorSummary':
    '{count, plural, one {# field to correct} other {# fields to correct}}:',
  'campaignRecruiter.new.failed': 'The campaign could not be created. Try again.',
  'campaignRecruiter.new.forbidden':
    'The server does not recognise this description’s private link: open the description with its private link again.',
  'campaignRecruiter.new.created.title': 'Campaign created',
  'campaignRecruiter.new.created.lead':
    'Keep both links: they will not be shown again. They are also saved in “My items” on this device.',
  'campaignRecruiter.new.recruiterLink': 'Your private recruiter link',
  'campaignRecruiter.new.recruiterLinkHint':
    'It opens the shared results: share it only with the people who decide.',
  'campaignRecruiter.new.invitationLink': 'Candidate invitation link',
  'campaignRecruiter.new.invitationLinkHint':
    'Send it to candidates or put it in your job ad. You can replace it at any time.',
  'campaignRecruiter.new.open': 'Open the campaign',
  'campaignRecruiter.myItems.title': 'Campaign: {title} ({organisation})',

  'campaignRecruiter.view.title': 'Hiring campaign',
  'campaignRecruiter.view.heading': '{title}',
  'campaignRecruiter.view.meta': '{organisation} · created on {date}',
  'campaignRecruiter.view.private':
    'Private page: keep this link to yourself. Names stay hidden until you show them.',
  'campaignRecruiter.guide.campaign': 'The campaign’s interview guide',
  'campaignRecruiter.guide.candidate': 'Interview guide: {label}',

  'campaignRecruiter.candidates.title': 'Candidates',
  'campaignRecruiter.candidates.count':
    '{total, plural, =0 {Nobody has shared their result yet.} one {# person shared their result.} other {# people shared their result.}}',
  'campaignRecruiter.candidates.shown':
    '{shown, plural, =0 {None match the filter.} one {# shown.} other {# shown.}}',
  'campaignRecruiter.candidates.empty':
    'Send the invitation link: shared results will appear here.',
  'campaignRecruiter.sort': 'Sort by',
  'campaignRecruiter.sort.fit': 'fit to the job',
  'campaignRecruiter.sort.label': 'order of arrival',
  'campaignRecruiter.sort.decision': 'decision',
  'campaignRecruiter.filter': 'Show',
  'campaignRecruiter.filter.all': 'everyone',
  'campaignRecruiter.filter.undecided': 'no decision yet',
  'campaignRecruiter.filter.gaps': 'with gaps',
  'campaignRecruiter.filter.hired': 'hired',
  'campaignRecruiter.filter.rejected': 'not hired',
  'campaignRecruiter.filter.talentPool': 'in the talent pool',
  'campaignRecruiter.fit': 'Fit to this job: {fit} out of 100',
  'campaignRecruiter.fitShort': 'Fit',
  'campaignRecruiter.unmeasured': 'Not measured (left out of the fit): {skills}',
  'campaignRecruiter.confidence': 'Reliability of the answers: {level}',
  'campaignRecruiter.confidenceShort': 'Reliability of the answers',
  'campaignRecruiter.confidence.high': 'good',
  'campaignRecruiter.confidence.medium': 'medium',
  'campaignRecruiter.confidence.low': 'low',
  'campaignRecruiter.levels.caption': 'Level of {label} per competency, against the required level',
  'campaignRecruiter.levels.competency': 'Competency',
  'campaignRecruiter.levels.required': 'Required',
  'campaignRecruiter.levels.levelOfRequired': 'Level / required',
  'campaignRecruiter.levels.cell': '{level} for {required} required',
  'campaignRecruiter.levels.notMeasuredOf': 'not measured / {required}',
  'campaignRecruiter.levels.status': 'Gap',
  'campaignRecruiter.levels.meets': 'met',
  'campaignRecruiter.levels.short': '{n, plural, one {# level short} other {# levels short}}',
  'campaignRecruiter.gaps': 'Gaps',
  'campaignRecruiter.gaps.none': 'No gap to the required level.',
  'campaignRecruiter.gaps.item':
    '{label}: {level} for {required} required ({weight}, −{cost} points)',
  'campaignRecruiter.gaps.mandatory': 'Gap on a mandatory criterion',
  'campaignRecruiter.flags': 'Cautions',
  'campaignRecruiter.flags.none': 'No caution about the answers.',
  'campaignRecruiter.flags.about': 'about: {skills}',
  'campaignRecruiter.scorecards': 'Interview scorecards',
  'campaignRecruiter.scorecards.none': 'No scorecard submitted yet.',
  'campaignRecruiter.scorecards.caption': 'Interview ratings of {label} per competency',
  'campaignRecruiter.scorecards.ratings': 'Ratings',
  'campaignRecruiter.scorecards.mean': 'Mean',
  'campaignRecruiter.scorecards.spread': 'Spread',
  'campaignRecruiter.scorecards.disagree': '(disagreement to discuss)',
  'campaignRecruiter.scorecards.recommendations': 'Overall recommendations: {list}',
  'campaignRecruiter.disagreements': 'Disagreements to discuss',
  'campaignRecruiter.disagreements.item': '{label} (ratings {ratings}): {reasons}',
  'campaignRecruiter.decision.none': 'No decision yet',
  'campaignRecruiter.decision.current': 'Decision: {outcome}',
  'campaignRecruiter.decision.legend': 'Decision for {label}',
  'campaignRecruiter.decision.save': 'Save the decision',
  'campaignRecruiter.decision.saved': 'Decision saved for {label}.',
  'campaignRecruiter.decision.failed': 'The decision could not be saved.',
  'campaignRecruiter.decision.choose': 'Choose a decision.',
  'campaignRecruiter.decision.noConsent':
    'Talent pool not possible: this person did not agree to be kept in it.',
  'campaignRecruiter.decision.deletion': 'Data deleted on {date}.',
  'campaignRecruiter.name': 'Name: {name}',
  'campaignRecruiter.email': 'E-mail: {email}',
  'campaignRecruiter.noName': 'This person gave no name.',

  'campaignRecruiter.compare.select': 'Compare {label}',
  'campaignRecruiter.compare.button': 'Compare the selection',
  'campaignRecruiter.compare.hint':
    'Tick 2 to 4 candidates to compare side by side (★: alone at the best level).',
  'campaignRecruiter.compare.selected':
    '{n, plural, =0 {Nothing selected.} one {# selected.} other {# selected.}}',
  'campaignRecruiter.compare.tooMany': 'At most 4 candidates at a time.',
  'campaignRecruiter.compare.title': 'Comparison',
  'campaignRecruiter.compare.caption':
    'Levels of the selected candidates, competency by competency',
  'campaignRecruiter.compare.best': '(best level)',
  'campaignRecruiter.compare.below': '(below the required level)',
  'campaignRecruiter.compare.close': 'Close the comparison',
  'campaignRecruiter.compare.failed': 'The comparison could not be loaded.',

  'campaignRecruiter.reveal.button': 'Show names',
  'campaignRecruiter.reveal.warning':
    'The names and e-mails of everyone listed will be shown. This action is recorded in the campaign’s log (date and time) and cannot be undone. Look at the results before the names to limit bias.',
  'campaignRecruiter.reveal.confirm': 'Yes, show the names',
  'campaignRecruiter.reveal.done': 'Names shown. The action is recorded in the log.',
  'campaignRecruiter.reveal.failed': 'The names could not be shown.',
  'campaignRecruiter.reveal.log': 'Log: names shown',
  'campaignRecruiter.reveal.logEntry':
    '{date}: {n, plural, one {# candidate} other {# candidates}}',
  'campaignRecruiter.reveal.allRevealed': 'The names of everyone listed are visible.',

  'campaignRecruiter.interviewers.title': 'Interviewers',
  'campaignRecruiter.interviewers.lead':
    'Each interviewer gets their own link: they rate every candidate without seeing the others’ ratings before submitting their own.',
  'campaignRecruiter.interviewers.none': 'No interviewer added.',
  'campaignRecruiter.interviewers.submitted':
    '{n, plural, =0 {no scorecard submitted} one {# scorecard submitted} other {# scorecards submitted}}',
  'campaignRecruiter.interviewers.label': 'Name or role',
  'campaignRecruiter.interviewers.labelHint': 'For example “Marketing lead”.',
  'campaignRecruiter.interviewers.labelRequired': 'Enter a name or a role (80 characters at most).',
  'campaignRecruiter.interviewers.add': 'Add',
  'campaignRecruiter.interviewers.added':
    'Link for {label} (send it to them; it will not be shown again)',
  'campaignRecruiter.interviewers.remove': 'Remove {label}',
  'campaignRecruiter.interviewers.removeWarning':
    'Remove {label}? Their link will stop working and their scorecards will be deleted.',
  'campaignRecruiter.interviewers.removeConfirm': 'Yes, remove',
  'campaignRecruiter.interviewers.removed': '{label} was removed.',
  'campaignRecruiter.interviewers.failed': 'That did not work. Try again.',

  'campaignRecruiter.invitation.title': 'Candidate invitation',
  'campaignRecruiter.invitation.lead':
    'The invitation link is shown only once. If you lost it, or it spread too widely, replace it: the old one stops working.',
  'campaignRecruiter.invitation.since': 'Current link made on {date}.',
  'campaignRecruiter.invitation.closed': 'Closed: the campaign is closed.',
  'campaignRecruiter.invitation.replace': 'Replace the invitation link',
  'campaignRecruiter.invitation.replaceWarning':
    'The old link stops working at once. People who already shared their result are not affected.',
  'campaignRecruiter.invitation.replaceConfirm': 'Yes, replace',
  'campaignRecruiter.invitation.new': 'New invitation link',
  'campaignRecruiter.invitation.failed': 'The link could not be replaced.',

  'campaignRecruiter.settings.title': 'Retention and closing',
  'campaignRecruiter.settings.save': 'Save the periods',
  'campaignRecruiter.settings.saved': 'Periods saved.',
  'campaignRecruiter.settings.failed': 'The periods could not be saved.',
  'campaignRecruiter.settings.close': 'Close the campaign',
  'campaignRecruiter.settings.closeWarning':
    'Once closed, the invitation stops working and candidates without a decision count as not hired for the retention period.',
  'campaignRecruiter.settings.closeConfirm': 'Yes, close',
  'campaignRecruiter.settings.reopen': 'Reopen the campaign',
  'campaignRecruiter.settings.delete': 'Delete the campaign',
  'campaignRecruiter.settings.deleteWarning':
    'Everything is deleted at once and for good: shared results, names, scorecards, links. Candidates keep their own result.',
  'campaignRecruiter.settings.deleteConfirm': 'Yes, delete the campaign',
  'campaignRecruiter.settings.deleted': 'Campaign deleted. This link no longer leads anywhere.',

  'campaignRecruiter.interviewer.title': 'Interviews: your scorecards',
  'campaignRecruiter.interviewer.heading': '{title} · {organisation}',
  'campaignRecruiter.interviewer.lead':
    'Hello {label}. For each candidate, rate every competency on what the person said or did in the interview. You will see the others’ ratings once you submit yours.',
  'campaignRecruiter.interviewer.none': 'Nobody has shared their result yet.',
  'campaignRecruiter.interviewer.status.draft': 'Draft',
  'campaignRecruiter.interviewer.status.submitted': 'Submitted on {date}',
  'campaignRecruiter.interviewer.status.empty': 'To fill in',
  'campaignRecruiter.interviewer.scorecard': 'Your scorecard: {label}',
  'campaignRecruiter.interviewer.rating': 'Rating of “{label}” (required level: {required} of 4)',
  'campaignRecruiter.interviewer.ratingOption': '{rating}: {descriptor}',
  'campaignRecruiter.interviewer.requiredMark': '(required level)',
  'campaignRecruiter.interviewer.evidence': 'Evidence for “{label}”',
  'campaignRecruiter.interviewer.recommendation': 'Overall recommendation',
  'campaignRecruiter.interviewer.saveDraft': 'Save the draft',
  'campaignRecruiter.interviewer.draftSaved': 'Draft saved.',
  'campaignRecruiter.interviewer.submit': 'Submit the scorecard',
  'campaignRecruiter.interviewer.submitWarning':
    'A submitted scorecard is final: you cannot change it afterwards. You will then see the others’ ratings.',
  'campaignRecruiter.interviewer.submitConfirm': 'Yes, submit',
  'campaignRecruiter.interviewer.submitted': 'Scorecard submitted. It can no longer be changed.',
  'campaignRecruiter.interviewer.failed': 'The scorecard could not be saved.',
  'campaignRecruiter.interviewer.missingRating': 'Choose a rating for this competency.',
  'campaignRecruiter.interviewer.missingRecommendation': 'Give an overall recommendation.',
  'campaignRecruiter.interviewer.errorSummary':
    '{count, plural, one {# answer is missing} other {# answers are missing}} before submitting:',
  'campaignRecruiter.interviewer.ownItem': '{label}: {rating} of 4',
  'campaignRecruiter.interviewer.ownRecommendation':
    'Your overall recommendation: {recommendation}',
  'campaignRecruiter.interviewer.others': 'The others’ ratings',
  'campaignRecruiter.interviewer.othersNone': 'Nobody else has submitted a scorecard yet.',
  'campaignRecruiter.interviewer.othersCaption': 'The others’ ratings of {label}',
} as const satisfies Record<keyof typeof fr, string>;
