import type { campaignCandidate as fr } from '../fr/campaign-candidate.ts';

/** Interface strings of the hiring campaign's candidate screens, in English. */
export const campaignCandidate = {
  'campaignCandidate.invitation.title': 'Invitation to a self-assessment',
  'campaignCandidate.invitation.description':
    'A recruiter’s private invitation to take the Trait d’union self-assessment.',
  'campaignCandidate.invitation.lead':
    'A recruiter invites you to take the Trait d’union self-assessment for one of their jobs. Read what they ask and why; you decide whether to share your result after you have seen it.',
  'campaignCandidate.invitation.heading': '{organisation} invites you: {job}',
  'campaignCandidate.invitation.noscript':
    'This page reads the invitation from the end of its address, which only your browser knows: turn on JavaScript to see it.',
  'campaignCandidate.invitation.loading': 'Loading the invitation…',
  'campaignCandidate.invitation.missingToken':
    'This link is incomplete: the part after the # sign is missing. Open the exact link the recruiter sent you.',
  'campaignCandidate.invitation.notFound':
    'This invitation does not exist or is no longer valid: the recruiter may have replaced it or closed their campaign. Ask them for a new link.',
  'campaignCandidate.invitation.error':
    'The invitation could not be loaded. Check your connection, then reload the page.',
  'campaignCandidate.invitation.closed':
    'This recruitment is closed: you can take the self-assessment for yourself, but no longer share it with this recruiter.',

  'campaignCandidate.notice.who.title': 'Who is asking, and why',
  'campaignCandidate.notice.who.body':
    '{organisation} is hiring for the job “{job}”. With your consent, your result helps them prepare a structured interview: the same questions for every person, drawn from this job’s competencies (soft skills and judgement first). Trait d’union hosts the assessment; {organisation} alone decides who is hired.',
  'campaignCandidate.notice.who.until': 'You can share your result until {date}.',
  'campaignCandidate.notice.first.title': 'Your result first, sharing second',
  'campaignCandidate.notice.first.body':
    'You see your result before deciding anything. Nothing is sent to {organisation} until you tick the sharing box and confirm: until then, your answers stay in this browser.',
  'campaignCandidate.notice.kept.title': 'What is kept if you share',
  'campaignCandidate.notice.kept.levels':
    'Your level for each competency and tool, computed by the server from your answers. Your answers themselves are not kept.',
  'campaignCandidate.notice.kept.cautions':
    'Any cautions about your answers (for example very fast answers), which the interview can check.',
  'campaignCandidate.notice.kept.confidence': 'Your result’s confidence.',
  'campaignCandidate.notice.kept.name':
    'Your name, only if you give it. The recruiter first sees an anonymous label (“Candidate A”); they show names only through an action that is logged.',
  'campaignCandidate.notice.kept.email': 'Your e-mail address, only if you give it.',
  'campaignCandidate.notice.kept.consents':
    'When you consented, and the version of the text you accepted.',
  'campaignCandidate.notice.retention.title': 'For how long',
  'campaignCandidate.notice.retention.notHired':
    'If you are not hired: {months, plural, one {# month} other {# months}} {from}',
  'campaignCandidate.notice.retention.talentPool':
    'Talent pool, only if you tick its separate box: {months, plural, one {# month} other {# months}} {from}',
  'campaignCandidate.notice.retention.source':
    'Periods chosen by the recruiter within the limits set by: {source} ({year}).',
  'campaignCandidate.notice.rights.title': 'Your rights',
  'campaignCandidate.notice.rights.access':
    'Access: your private link shows what is shared, at any time.',
  'campaignCandidate.notice.rights.rectification':
    'Rectification: to correct your name or address, withdraw your share and share again, or write to {organisation}.',
  'campaignCandidate.notice.rights.erasure':
    'Erasure: “Withdraw my share” deletes your result, name and address at once.',
  'campaignCandidate.notice.rights.withdraw':
    'Withdrawing consent: at any time, with no reason needed; the talent-pool consent is withdrawn separately.',
  'campaignCandidate.notice.rights.objection':
    'Objection: you may refuse the talent pool, or leave it from your private link, with no effect on this recruitment.',
  'campaignCandidate.notice.rights.complaint':
    'Complaint: you may contact the CNIL, the French data protection authority (cnil.fr).',
  'campaignCandidate.notice.rights.source':
    'CNIL’s recruitment guide (2023); GDPR, art. 13 (information) and art. 17 (erasure).',

  'campaignCandidate.wizard.privacy':
    'Your answers stay in your browser. Nothing is sent to {organisation}, or saved, unless you tick the sharing box and confirm after seeing your result.',

  'campaignCandidate.result.fit.title': 'Your fit to this job',
  'campaignCandidate.result.fit.value':
    '{fit} out of 100, with this job’s requirements and weights',
  'campaignCandidate.result.fit.caption': 'Your level against the level this job requires',
  'campaignCandidate.result.fit.competency': 'Competency',
  'campaignCandidate.result.fit.required': 'Required level',
  'campaignCandidate.result.fit.yours': 'Your level',
  'campaignCandidate.result.fit.met': 'met',
  'campaignCandidate.result.fit.short': '{n, plural, one {# level below} other {# levels below}}',
  'campaignCandidate.result.fit.unmeasured': 'not measured',
  'campaignCandidate.result.fit.hint':
    'The recruiter sees this same table if you share. A gap is not a rejection: the interview checks it with you.',

  'campaignCandidate.share.title': 'Share your result with {organisation}?',
  'campaignCandidate.share.lead':
    'It is your choice. If you tick nothing, nothing is shared: you can simply close this page.',
  'campaignCandidate.share.consent.label':
    'I agree to share my result in this self-assessment with {organisation}, for the recruitment to the job “{job}”. I know I can withdraw this share at any time from my private link.',
  'campaignCandidate.share.talentPool.label':
    'Optional: I also agree that {organisation} keeps me in their talent pool after this recruitment, to offer me other jobs, at most {months, plural, one {# month} other {# months}} after my last contact.',
  'campaignCandidate.share.version': 'Consent text, version {version}.',
  'campaignCandidate.share.identity.legend': 'Introduce yourself (optional)',
  'campaignCandidate.share.name.label': 'Name or pseudonym',
  'campaignCandidate.share.name.hint':
    'Leave it empty to stay anonymous: the recruiter will see you as “Candidate A, B…”.',
  'campaignCandidate.share.email.label': 'E-mail address',
  'campaignCandidate.share.email.hint': 'So the recruiter can contact you again.',
  'campaignCandidate.share.submit': 'Share my result',
  'campaignCandidate.share.sending': 'Sending…',
  'campaignCandidate.share.errorsTitle': 'Nothing was shared:',
  'campaignCandidate.share.error.consent': 'Tick the consent box to share (or do not share).',
  'campaignCandidate.share.error.name': 'The name is at most 120 characters long.',
  'campaignCandidate.share.error.email':
    'Enter a valid e-mail address, for example name@example.com, or leave the field empty.',
  'campaignCandidate.share.error.network':
    'Sharing did not go through. Check your connection and try again.',
  'campaignCandidate.share.error.gone': 'This invitation is no longer valid: nothing was shared.',
  'campaignCandidate.share.error.outdated':
    'The questionnaire changed since you answered: edit your answers to reply to the new questions, then share.',

  'campaignCandidate.done.title': 'Result shared with {organisation}',
  'campaignCandidate.done.body':
    'Keep this private link: it shows what you shared and lets you withdraw it. Whoever holds it can withdraw your share; do not pass it on. It is also listed in “My items on this device”.',
  'campaignCandidate.done.link': 'Your private link',
  'campaignCandidate.done.copy': 'Copy the link',
  'campaignCandidate.done.copied': 'Link copied.',
  'campaignCandidate.done.copyFailed': 'Copying failed: select the link and copy it.',
  'campaignCandidate.done.open': 'Open my private page',
  'campaignCandidate.done.myItems': 'My items on this device',
  'campaignCandidate.remember.title': 'Shared with {organisation}: {job}',

  'campaignCandidate.private.title': 'Your share with a recruiter',
  'campaignCandidate.private.lead':
    'What you shared, your result, and your choices: withdraw the share, join or leave the talent pool.',
  'campaignCandidate.private.noscript':
    'This page reads your private key from the end of its address, which only your browser knows: turn on JavaScript to see it.',
  'campaignCandidate.private.loading': 'Loading your share…',
  'campaignCandidate.private.missingToken':
    'This link is incomplete: the part after the # sign is missing. Open the exact link you got after sharing.',
  'campaignCandidate.private.notFound':
    'This share does not exist, or no longer does: it may have been withdrawn, or deleted at the end of its retention period.',
  'campaignCandidate.private.error':
    'Your share could not be loaded. Check your connection, then reload the page.',
  'campaignCandidate.private.shared.title': 'What is shared',
  'campaignCandidate.private.shared.organisation': 'Recruiter',
  'campaignCandidate.private.shared.job': 'Job',
  'campaignCandidate.private.shared.sharedAt': 'Shared on',
  'campaignCandidate.private.shared.name': 'Name',
  'campaignCandidate.private.shared.email': 'E-mail address',
  'campaignCandidate.private.shared.none': 'not given',
  'campaignCandidate.private.shared.anonymous':
    'The recruiter sees you under an anonymous label; your name is shown to them only through an action that is logged.',
  'campaignCandidate.private.shared.consent': 'Consent to share',
  'campaignCandidate.private.shared.consentValue': 'given on {date} (text version {version})',
  'campaignCandidate.private.shared.retention': 'Retention',
  'campaignCandidate.private.shared.deletion': 'To be deleted on {date}.',
  'campaignCandidate.private.result.title': 'Your shared result',
  'campaignCandidate.private.result.confidence': 'Confidence in the result: {level}',
  'campaignCandidate.private.result.confidence.high': 'high',
  'campaignCandidate.private.result.confidence.medium': 'medium',
  'campaignCandidate.private.result.confidence.low': 'low',
  'campaignCandidate.private.result.cautions': 'Cautions the interview will check: {list}',
  'campaignCandidate.private.result.noCautions': 'No caution about your answers.',
  'campaignCandidate.private.result.hint':
    'This is what the recruiter sees. A gap is not a rejection: the interview checks it with you.',
  'campaignCandidate.private.talentPool.title': 'Talent pool',
  'campaignCandidate.private.talentPool.on':
    'You agreed that {organisation} keeps you in their talent pool (since {date}).',
  'campaignCandidate.private.talentPool.off':
    'You are not in {organisation}’s talent pool: your data follows the recruitment’s retention.',
  'campaignCandidate.private.talentPool.join': 'Join the talent pool',
  'campaignCandidate.private.talentPool.leave': 'Withdraw my talent-pool consent',
  'campaignCandidate.private.talentPool.joined': 'Talent-pool consent recorded.',
  'campaignCandidate.private.talentPool.left': 'Talent-pool consent withdrawn.',
  'campaignCandidate.private.talentPool.error':
    'Your choice was not saved. Check your connection and try again.',
  'campaignCandidate.private.withdraw.title': 'Withdraw my share',
  'campaignCandidate.private.withdraw.body':
    'Your result, name and address are deleted at once: {organisation} no longer sees them, neither in their list nor in their interview guides.',
  'campaignCandidate.private.withdraw.button': 'Withdraw my share',
  'campaignCandidate.private.withdraw.warning':
    'Withdraw your share for good? It cannot be restored; you can take the assessment again from the invitation if it is still valid.',
  'campaignCandidate.private.withdraw.confirm': 'Yes, withdraw my share',
  'campaignCandidate.private.withdraw.cancel': 'Cancel',
  'campaignCandidate.private.withdraw.error':
    'Withdrawing did not go through. Check your connection and try again.',
  'campaignCandidate.private.withdrawn':
    'Your share is withdrawn: your result, name and address were deleted, and {organisation} no longer sees them. This link now leads nowhere.',
  'campaignCandidate.private.home': 'Back to the home page',
} as const satisfies Record<keyof typeof fr, string>;
