import type { assessment as fr } from '../fr/assessment.ts';

/** Interface strings of the assessment area, in English; keys mirror the French file. */
export const assessment = {
  'assessment.page.title': 'Skills self-assessment',
  'assessment.page.description':
    'Assess your soft skills, your reflexes in real situations and your command of community-management tools, then see how you fit each role of the cell.',
  'assessment.page.lead':
    'An honest review of your soft skills, of how you react to concrete situations and of your tool mastery, compared with the three roles of a community team.',
  'assessment.page.noscript':
    'The self-assessment needs JavaScript to run in your browser. Your answers never leave it without your consent.',
  'assessment.intro.title': 'Before you start',
  'assessment.intro.duration':
    'Allow 15 to 20 minutes. You can take a break: your answers are kept in this browser.',
  'assessment.intro.measuredTitle': 'What is measured',
  'assessment.intro.measured':
    '{statements} statements about how you behave and act, {scenarios} situations and {tools} tools to place on four levels. A few optional context questions end the journey.',
  'assessment.intro.privacyTitle': 'Your data',
  'assessment.intro.privacy':
    'Your answers stay in your browser. Nothing is sent unless, at the end, you choose to save your result to get a private link. No name or e-mail address is asked for.',
  'assessment.intro.scoringTitle': 'How scores are computed',
  'assessment.intro.scoring':
    'Each skill gets a score out of 100 from your answers (some statements are worded the other way round and counted in reverse) and from your choices in the situations. These scores are compared with the levels each role expects; soft skills and judgement in action count twice as much as know-how.',
  'assessment.intro.methodLink': 'Read the detailed method',
  'assessment.intro.start': 'Start',
  'assessment.step.loading': 'Loading the questions…',
  'assessment.results.loading': 'Computing your results…',
  'assessment.step.progress': 'Step {current} of {total}',
  'assessment.step.statements.title': 'What sounds like you ({part} of {parts})',
  'assessment.step.statements.hint':
    'For each sentence, say how well it describes you today. There is no right or wrong answer: the most accurate one is the most useful.',
  'assessment.scale.1': 'Strongly disagree',
  'assessment.scale.2': 'Disagree',
  'assessment.scale.3': 'Neither agree nor disagree',
  'assessment.scale.4': 'Agree',
  'assessment.scale.5': 'Strongly agree',
  'assessment.step.scenarios.title': 'Situations',
  'assessment.step.scenarios.hint':
    'For each situation, choose the reaction closest to what you would really do.',
  'assessment.step.tools.title': 'Your tools',
  'assessment.step.tools.hint':
    'For each family of tools, choose the description that matches your practice. “Never used” is an answer like any other.',
  'assessment.tool.never': 'Never used',
  'assessment.tool.levelShort': 'Level {level}',
  'assessment.tool.examples': 'For example: {list}',
  'assessment.step.context.title': 'Your background (optional)',
  'assessment.step.context.hint': 'This helps read your results; it does not change any score.',
  'assessment.context.years': 'Years of experience in community management',
  'assessment.context.yearsHint': 'A whole number from 0 to 60, or leave empty.',
  'assessment.context.yearsError': 'Enter a whole number from 0 to 60, or leave empty.',
  'assessment.context.sector': 'Sector',
  'assessment.context.sectorHint':
    'For example: tourism, video games, local government (80 characters at most).',
  'assessment.context.sectorError': 'The sector must fit in 80 characters.',
  'assessment.context.contactError':
    'Remove the e-mail address or phone number: the result is saved with nothing that could reach or identify you.',
  'assessment.context.target': 'Target role',
  'assessment.context.targetNone': 'No particular role',
  'assessment.nav.back': 'Back',
  'assessment.nav.next': 'Next',
  'assessment.nav.finish': 'See my results',
  'assessment.errors.required': 'Choose an answer.',
  'assessment.errors.summaryOne': '1 answer is missing on this step:',
  'assessment.errors.summaryMany': '{count} answers are missing on this step:',
  'assessment.errors.summaryContext': 'Fix the field marked on this step:',
  'assessment.autosave': 'Your answers are kept in this browser as you go.',
  'assessment.results.title': 'Your results',
  'assessment.results.lead':
    'These results describe how you see yourself through your answers. Use them to spot what you can build on and where to grow, not as a verdict.',
  'assessment.results.cautions': 'Keep in mind when reading your results',
  'assessment.results.outdated':
    'The questionnaire has changed since these answers were given: questions added since are not counted.',
  'assessment.flag.identical-answers':
    'You gave the same answer ({value}) to every statement. As some are worded the other way round, your soft-skill scores are probably not representative.',
  'assessment.flag.too-fast':
    'You answered in about {minutes} min, while a careful reading takes at least {minimum} min. The scores may reflect a quick read.',
  'assessment.flag.contradictory-pairs':
    'Some answers contradict each other (a statement and its opposite both agreed with) for: {skills}. Read these skills with some distance.',
  'assessment.results.soft.title': 'Soft skills and judgement in action',
  'assessment.results.soft.chart': 'Radar of soft skills, scores out of 100',
  'assessment.results.soft.tableCaption':
    'Soft-skill scores out of 100 and the matching level (1 to 4)',
  'assessment.results.knowhow.title': 'Know-how seen in the situations',
  'assessment.results.table.skill': 'Skill',
  'assessment.results.table.score': 'Score out of 100',
  'assessment.results.table.level': 'Level',
  'assessment.results.table.tool': 'Tool',
  'assessment.results.tools.title': 'Tool mastery',
  'assessment.results.tools.category': '{score} out of 100',
  'assessment.results.tool.never': 'Never used',
  'assessment.results.tool.level': 'Level {level} of 4',
  'assessment.toolCategory.social-networks': 'Social networks',
  'assessment.toolCategory.scheduling': 'Scheduling',
  'assessment.toolCategory.listening': 'Listening and monitoring',
  'assessment.toolCategory.analytics': 'Audience analytics',
  'assessment.toolCategory.design': 'Visual design',
  'assessment.toolCategory.community-platforms': 'Community platforms',
  'assessment.toolCategory.reporting': 'Reporting dashboards',
  'assessment.results.fit.title': 'Fit to the roles',
  'assessment.results.fit.lead':
    'Each role expects a given level for each skill and tool. Soft skills and judgement in action count twice.',
  'assessment.results.fit.value': 'Fit: {fit} out of 100',
  'assessment.results.fit.target': 'Target role',
  'assessment.results.fit.strengths': 'Strengths',
  'assessment.results.fit.gaps': 'To develop first',
  'assessment.results.fit.noGaps': 'No gap measured for this role.',
  'assessment.results.fit.noStrengths': 'No expected level is reached yet.',
  'assessment.results.fit.strengthLine': '{skill}: level {current}, {required} expected',
  'assessment.results.fit.gapLine':
    '{skill}: level {current}, {required} expected. Next step (level {next}):',
  'assessment.results.fit.unmeasured': 'Not measured by this questionnaire: {skills}.',
  'assessment.results.pdf': 'Download the PDF report',
  'assessment.results.pdfBusy': 'Preparing the PDF…',
  'assessment.results.pdfError': 'The PDF could not be created. Try again.',
  'assessment.results.restart': 'Start the assessment again',
  'assessment.results.edit': 'Back to my answers',
  'assessment.save.title': 'Keep this result',
  'assessment.save.text':
    'To find this result later or show it to someone, you can save it. Only your answers are kept, with no name or e-mail address, and you can delete them at any time.',
  'assessment.save.consent':
    'I agree that my answers are saved on the Trait d’union server, reachable through a private link.',
  'assessment.save.consentError': 'Tick the box to give your consent before saving.',
  'assessment.save.button': 'Save and get a private link',
  'assessment.save.busy': 'Saving…',
  'assessment.save.error': 'Saving failed. Your answers are still in this browser; try again.',
  'assessment.save.doneTitle': 'Result saved',
  'assessment.save.doneText':
    'This link is the only key to your result: keep it, nobody else can find it. It lets you see, download or delete the result.',
  'assessment.save.link': 'Your private link',
  'assessment.save.copy': 'Copy the link',
  'assessment.save.copied': 'Link copied.',
  'assessment.saved.title': 'Saved self-assessment result',
  'assessment.saved.lead': 'This result was saved with your consent. Only this link shows it.',
  'assessment.saved.loading': 'Loading the result…',
  'assessment.saved.missingToken':
    'This link is incomplete: the key after the # sign is missing. Use the full link you got when saving.',
  'assessment.saved.notFound':
    'This result does not exist (any more), or the key in the link does not match.',
  'assessment.saved.error': 'The result could not be loaded. Try again in a moment.',
  'assessment.saved.createdAt': 'Saved on {date}.',
  'assessment.saved.delete': 'Delete this result',
  'assessment.saved.deleteConfirm': 'Confirm permanent deletion',
  'assessment.saved.deleteCancel': 'Cancel',
  'assessment.saved.deleteWarning': 'Deletion is permanent: the link will stop working.',
  'assessment.saved.deleted': 'The result has been deleted. This link no longer works.',
  'assessment.saved.deleteError': 'Deletion failed. Try again.',
  'assessment.saved.newAssessment': 'Take a new self-assessment',
  'assessment.pdf.title': 'Self-assessment: soft skills, situations and tools',
  'assessment.pdf.subtitle': 'Result of {date}',
  'assessment.pdf.author': 'Trait d’union',
  'assessment.pdf.subject': 'Self-assessment of community-management skills',
  'assessment.pdf.footer': 'Trait d’union · self-assessment, personal document',
  'assessment.pdf.disclaimer':
    'This report sums up a self-assessment: it describes how you see yourself and your choices in typical situations. It is neither a certified test nor a hiring opinion.',
  'assessment.pdf.cautions': 'Keep in mind',
  'assessment.pdf.outdated':
    'The questionnaire has changed since these answers; questions added since do not count.',
  'assessment.pdf.method':
    'Method: each statement is worth 0 to 1 (reversed statements are counted the other way round); each situation gives the chosen option’s points (0 to 3, brought to 1) to the skills it measures and weighs as much as two statements. A skill’s score is the weighted mean, out of 100, then a level from 1 to 4 (below 40, 40 to 59, 60 to 79, 80 and above). Fit to a role compares these levels with the expected ones: soft skills and judgement (mandatory) weigh 2, know-how and tools weigh 1.',
} as const satisfies Record<keyof typeof fr, string>;
