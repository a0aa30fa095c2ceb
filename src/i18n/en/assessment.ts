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
    'Allow 30 to 40 minutes. You can take a break: your answers are kept in this browser.',
  'assessment.intro.measuredTitle': 'What is measured',
  'assessment.intro.measured':
    '{statements} statements about how you act, {scenarios} situations, {practice} practice descriptions and {tools} tools to place on four levels. A few optional context questions end the journey.',
  'assessment.intro.privacyTitle': 'Your data',
  'assessment.intro.privacy':
    'Your answers stay in your browser. Nothing is sent unless, at the end, you choose to save your result to get a private link. No e-mail address is asked for; a name is optional and only used on your PDF.',
  'assessment.intro.scoringTitle': 'How scores are computed',
  'assessment.intro.scoring':
    'Each skill gets a score out of 100 from all your answers: statements (some are worded the other way round and counted in reverse), the practice level you pick, and your choices in the situations. Level 4 needs your choices in situations to confirm it: self-report alone stops at level 3. A few sentences also check the quality of the answers; they change no score, only the confidence of the result.',
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
    'These results describe your practice as your answers show it. Every score is explained: open “Why this score” under the table. Use them to spot what you can build on and where to grow, not as a verdict.',
  'assessment.results.cautions': 'Keep in mind when reading your results',
  'assessment.results.outdated':
    'The questionnaire has changed since these answers were given: questions added since are not counted.',
  'assessment.flag.too-fast':
    'You answered in about {minutes} min, while a quick but real reading of the questions takes at least {minimum}. The answers may reflect skimming.',
  'assessment.results.soft.title': 'Soft skills and judgement in action',
  'assessment.results.soft.chart': 'Radar of soft skills, scores out of 100',
  'assessment.results.soft.tableCaption':
    'Soft-skill scores out of 100 and the matching level (1 to 4)',
  'assessment.results.knowhow.title': 'Know-how',
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
    'To find this result later or show it to someone, you can save it. Only your answers are kept, with no e-mail address and your name only if you tick the box for it, and you can delete everything at any time.',
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
  'assessment.pdf.method':
    'Method: each statement is worth 0 to 1 (statements worded the other way round are reversed); the practice level you pick is worth the middle of its band and weighs as two statements; each situation gives the chosen option’s points (0 to 3, brought to 1) to the skills it measures, with the weight of half a statement. The score is the weighted mean out of 100. Levels: below 55 → 1, 55 to 69 → 2, 70 to 84 → 3, 85 and above → 4, provided your choices in situations reach on average 80 % of the best; otherwise the level stops at 3. Fit to a role: each requirement earns (level − 1) / (expected level − 1), capped at 1; soft skills weigh 2, know-how and tools 1.',
  'assessment.step.practice.title': 'Your practice today',
  'assessment.step.practice.hint':
    'For each skill, choose the description that matches what you actually do today, not what you would like to do.',
  'assessment.practice.never': 'I have never done this yet',
  'assessment.level.1.name': 'Starting',
  'assessment.level.2.name': 'Developing',
  'assessment.level.3.name': 'Proficient',
  'assessment.level.4.name': 'Expert',
  'assessment.level.1.text': 'Follows the guidelines and prepared answers, with the team’s help.',
  'assessment.level.2.text': 'Acts alone in common situations and adapts the reply to the person.',
  'assessment.level.3.text':
    'Handles difficult situations alone, anticipates and reports what matters.',
  'assessment.level.4.text': 'Handles rare or crisis situations, and helps others improve.',
  'assessment.confidence.high': 'High confidence: nothing in your answers calls for caution.',
  'assessment.confidence.medium':
    'Medium confidence: one signal suggests reading these results with some distance.',
  'assessment.confidence.low':
    'Low confidence: several signals show these results may describe your practice poorly.',
  'assessment.flag.straight-lining':
    'Many statements got the same answer (“{answer}” for {share} % of them, up to {run} in a row). As some are worded the other way round, one answer everywhere cannot describe them all.',
  'assessment.flag.inconsistent':
    'Your answers to statements that say the same thing (once reversed) differ clearly, for example for: {skills}. These skills’ scores are less certain.',
  'assessment.flag.acquiescence.agree':
    'You often agreed both with a statement and with its opposite. This tendency to say “yes” inflates scores without describing practice.',
  'assessment.flag.acquiescence.disagree':
    'You often disagreed both with a statement and with its opposite. This tendency to say “no” blurs the scores.',
  'assessment.flag.attention':
    '{failed} of the {total} check sentences, which asked for a given answer, got another one: some questions may have been read too quickly.',
  'assessment.flag.impression':
    'You “strongly agree” with {endorsed} of the {total} statements almost no one can fully endorse (such as never having been irritated). The answers may paint a more flattering picture than the practice.',
  'assessment.flag.claims-above-choices':
    'Your answers about yourself are on average {gap} points above your choices in the situations. Clearest gap for: {skills}.',
  'assessment.why.summary':
    'Score {score}: weighted mean of your answers about yourself ({self}/100, weight {selfWeight}) and your choices in situations ({observed}/100, weight {observedWeight}).',
  'assessment.why.summarySelfOnly':
    'Score {score}: your answers about yourself ({self}/100); no situation measures this skill.',
  'assessment.why.summaryObservedOnly':
    'Score {score}: your choices in situations ({observed}/100).',
  'assessment.why.band':
    'A score of {score} falls in the band of level {level} (level 2 from {t2}, 3 from {t3}, 4 from {t4}).',
  'assessment.why.cap.no-scenario':
    'The level stops at 3: with no situation to observe it, self-report alone does not give level 4.',
  'assessment.why.cap.scenarios-below-best':
    'The level stops at 3: level 4 needs your choices in situations to reach on average 80 % of the best choice.',
  'assessment.why.statement': '“{text}”: {answer}, counted {value}/100.',
  'assessment.why.statementReversed':
    '“{text}” (worded the other way round): {answer}, counted {value}/100.',
  'assessment.why.scenario':
    'Situation “{title}”: your choice is worth {points, plural, one {# point} other {# points}} out of 3, counted {value}/100.',
  'assessment.why.declared': 'Practice you chose, level {level} (“{text}”): counted {value}/100.',
  'assessment.why.declaredNever': 'Practice you chose: never done, counted {value}/100.',
  'assessment.norms.ready':
    'Compared with {count} results saved with consent for this questionnaire version.',
  'assessment.norms.tooFew':
    'Not enough results yet to place you: {count, plural, one {# result} other {# results}} saved with consent for this version, at least {minimum} are needed.',
  'assessment.norms.unavailable': 'The comparison with other results is not available here.',
  'assessment.norms.percentile': 'above {percentile} % of results',
  'assessment.review.title': 'The situations, looking back',
  'assessment.review.yourChoice': 'Your choice',
  'assessment.review.best': 'Best choice',
  'assessment.review.bestChosen': 'It was the best choice.',
  'assessment.review.points': '{points, plural, one {# point} other {# points}} out of 3',
  'assessment.results.confidence': 'Confidence in this result',
  'assessment.results.legend': 'The four levels',
  'assessment.results.why.title': 'Why this score',
  'assessment.results.why.show': 'Why this score: {skill}',
  'assessment.results.table.percentile': 'Compared with others',
  'assessment.results.norms.title': 'Compared with other results',
  'assessment.results.name.label': 'Name to print on the PDF (optional)',
  'assessment.results.name.hint':
    'It is only used to build the PDF in your browser; it is sent nowhere, unless you save the result and choose to keep it.',
  'assessment.results.name.error': 'The name must fit in 80 characters.',
  'assessment.pdf.preparedFor': 'Prepared for {name}',
  'assessment.save.keepName': 'Also keep the name typed for the PDF',
  'assessment.save.norms': 'Count this result, anonymously, in the comparison with other results',
} as const satisfies Record<keyof typeof fr, string>;
