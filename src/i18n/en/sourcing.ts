import type { sourcing as fr } from '../fr/sourcing.ts';

/** Interface strings of the sourcing area, in English; keys mirror the French file. */
export const sourcing = {
  'sourcing.title': 'Hire, train or outsource?',
  'sourcing.description':
    'Compare hiring, training an employee, a freelancer, an agency or a mix for your community management: costs, feasibility and reasons.',
  'sourcing.lead':
    'Describe your company and needs: the tool compares seven ways to run your community management, with costs over your horizon, what is feasible and why.',
  'sourcing.noscript':
    'The decision helper needs JavaScript to calculate. The POST /api/sourcing API gives the same result.',
  'sourcing.legend.company': 'Your company',
  'sourcing.legend.workload': 'The workload',
  'sourcing.legend.assumptions': 'Cost assumptions',
  'sourcing.legend.needs': 'Your needs',
  'sourcing.assumptions.hint':
    'Defaults come from our sources (year shown). Replace them with your own quotes or salaries.',
  'sourcing.field.country': 'Country',
  'sourcing.country.fr': 'France (euros)',
  'sourcing.country.qc': 'Québec (Canadian dollars)',
  'sourcing.field.headcount': 'Number of employees in the company',
  'sourcing.field.monthlyBudget': 'Monthly budget available ({currency})',
  'sourcing.field.seniority': 'Seniority of an in-house hire',
  'sourcing.seniority.junior': 'Junior',
  'sourcing.seniority.confirmed': 'Experienced',
  'sourcing.seniority.senior': 'Senior',
  'sourcing.field.workloadMode': 'How should we estimate the workload?',
  'sourcing.workloadMode.estimate': 'From my online presence',
  'sourcing.workloadMode.hours': 'I know the hours per week',
  'sourcing.field.networks': 'Social networks to run',
  'sourcing.field.communitySpaces': 'Community spaces (forum, group, server)',
  'sourcing.field.postsPerWeek': 'Posts per week',
  'sourcing.field.conversationsPerWeek': 'Messages and comments to handle per week',
  'sourcing.field.hoursPerWeek': 'Hours per week',
  'sourcing.field.coverage': 'Hours to cover',
  'sourcing.coverage.office': 'Office hours',
  'sourcing.coverage.extended': 'Evenings and weekends too',
  'sourcing.coverage.crisis': 'Round the clock in a crisis',
  'sourcing.field.objectives': 'Objectives',
  'sourcing.objective.visibility': 'Brand visibility',
  'sourcing.objective.customer-service': 'Customer service',
  'sourcing.objective.acquisition': 'Winning customers',
  'sourcing.objective.e-reputation': 'Online reputation and crisis handling',
  'sourcing.objective.internal': 'Internal communication',
  'sourcing.scale.hint': '1 = hardly matters, 5 = essential',
  'sourcing.field.closeness': 'Day-to-day work with other departments',
  'sourcing.field.independence': 'Strategic independence and confidentiality',
  'sourcing.field.outsideVoice': 'Value of an outside, neutral voice',
  'sourcing.field.startWithinWeeks': 'Must start within (weeks)',
  'sourcing.field.horizonMonths': 'Comparison horizon (months)',
  'sourcing.field.canTrain': 'Someone on the team could be trained',
  'sourcing.invalid': 'Invalid or out-of-range value.',
  'sourcing.submit': 'Compare the options',
  'sourcing.loading': 'Calculating…',
  'sourcing.error': 'The calculation failed. Check the fields marked and try again.',
  'sourcing.answer.title': 'Result',
  'sourcing.answer.recommended': 'Recommended option: {option}',
  'sourcing.answer.noneFeasible':
    'No option meets all your constraints. The best scored is {option}; see below what stands in the way.',
  'sourcing.answer.hours': 'Workload used: {hours} h per week.',
  'sourcing.answer.why': 'Why this option',
  'sourcing.answer.whyNot': 'Why not the others',
  'sourcing.answer.chart': 'Score and cost per option',
  'sourcing.answer.chart.caption':
    'Solid bar: score out of 100. Light bar: cost over {months, plural, one {# month} other {# months}}, relative to the most expensive.',
  'sourcing.answer.table': 'Detailed comparison',
  'sourcing.answer.sensitivity': 'What would change the recommendation',
  'sourcing.answer.sensitivity.none':
    'No reasonable change to your answers changes the recommendation.',
  'sourcing.answer.weights': 'The criteria and their weights',
  'sourcing.answer.weights.hint':
    'Weights follow from your answers; each option gets a rating from 0 to 1 on each criterion.',
  'sourcing.answer.assumptions': 'Assumptions used and sources',
  'sourcing.answer.edited': 'edited',
  'sourcing.answer.default': 'default: {value}',
  'sourcing.col.option': 'Option',
  'sourcing.col.score': 'Score',
  'sourcing.col.monthly': 'Per month',
  'sourcing.col.oneOff': 'Start-up costs',
  'sourcing.col.total': 'Over {months, plural, one {# month} other {# months}}',
  'sourcing.col.start': 'Start',
  'sourcing.col.feasible': 'Feasible',
  'sourcing.col.criterion': 'Criterion',
  'sourcing.col.weight': 'Weight',
  'sourcing.col.assumption': 'Assumption',
  'sourcing.col.value': 'Value',
  'sourcing.col.source': 'Source',
  'sourcing.yes': 'Yes',
  'sourcing.no': 'No',
  'sourcing.weeks': '{weeks} wk',
  'sourcing.reliability.verified': 'verified',
  'sourcing.reliability.computed': 'computed',
  'sourcing.reliability.indicative': 'indicative',
  'sourcing.unit.EUR/year': '€ a year',
  'sourcing.unit.CAD/year': 'CA$ a year',
  'sourcing.unit.EUR/month': '€ a month',
  'sourcing.unit.CAD/month': 'CA$ a month',
  'sourcing.unit.EUR/day': '€ a day',
  'sourcing.unit.CAD/day': 'CA$ a day',
  'sourcing.unit.EUR/hour': '€ an hour',
  'sourcing.unit.CAD/hour': 'CA$ an hour',
  'sourcing.unit.EUR': '€',
  'sourcing.unit.CAD': 'CA$',
  'sourcing.unit.percent': '%',
  'sourcing.unit.hours/week': 'h a week',
  'sourcing.unit.hours/month': 'h a month',
  'sourcing.unit.hours/day': 'h a day',
  'sourcing.unit.minutes': 'minutes',
  'sourcing.unit.weeks': 'weeks',
  'sourcing.unit.months': 'months',
  'sourcing.assumption.traineeSalary': 'Gross annual salary of the employee to train',
  'sourcing.copyLink': 'Copy link',
  'sourcing.linkCopied': 'Link copied: it reproduces this result.',
  'sourcing.linkCopyFailed': 'Could not copy; the link is in the address bar.',
  'sourcing.pdf': 'Download the PDF summary',
  'sourcing.pdf.loading': 'Preparing the PDF…',
  'sourcing.pdf.error': 'The PDF could not be created.',
  'sourcing.method': 'How we calculate',
  'sourcing.option.in-house': 'Hire full-time',
  'sourcing.option.upskill': 'You or a colleague, trained',
  'sourcing.option.freelance': 'Freelancer',
  'sourcing.option.agency': 'Agency',
  'sourcing.option.hybrid': 'Mix',
  'sourcing.option.in-house.hint': 'A salaried community manager',
  'sourcing.option.upskill.hint': 'A short training course, then a few hours a week',
  'sourcing.option.freelance.hint': 'An independent paid by the day',
  'sourcing.option.agency.hint': 'An outside team on a monthly retainer',
  'sourcing.option.hybrid.hint': 'An in-house lead, outside experts for crises and launches',
  'sourcing.criterion.continuity': 'Continuity',
  'sourcing.criterion.synergy': 'Synergy with departments',
  'sourcing.criterion.independence': 'Independence, skills kept',
  'sourcing.criterion.outside-view': 'Outside view',
  'sourcing.criterion.breadth': 'Several people, strategic view',
  'sourcing.criterion.flexibility': 'Flexibility',
  'sourcing.criterion.cost': 'Cost',
  'sourcing.criterion.coverage': 'Hours covered',
  'sourcing.criterion.speed': 'Speed to start',
  'sourcing.reason.strength.continuity':
    'Continuity: the same person follows the community over time and remembers its history.',
  'sourcing.reason.strength.synergy':
    'Closeness: they work every day with marketing, customer service and the other teams.',
  'sourcing.reason.strength.independence':
    'Independence: strategy, account access and skills stay in the company.',
  'sourcing.reason.strength.outside-view':
    'Outside view: more distance, neutrality and credibility with the community.',
  'sourcing.reason.strength.breadth':
    'Several people and a broader strategic view: peace of mind, even when someone is away.',
  'sourcing.reason.strength.flexibility':
    'Flexibility: the volume can grow, shrink or stop without a heavy commitment.',
  'sourcing.reason.strength.cost':
    'Cost: {total} over {months, plural, one {# month} other {# months}}, among the lowest.',
  'sourcing.reason.strength.coverage': 'Coverage: it covers the hours you need.',
  'sourcing.reason.strength.speed':
    'Speed: starts in about {weeks, plural, one {# week} other {# weeks}}.',
  'sourcing.reason.weakness.continuity':
    'Less continuity: the person may change or leave when the contract ends.',
  'sourcing.reason.weakness.synergy':
    'Further from the other departments: information travels more slowly.',
  'sourcing.reason.weakness.independence':
    'Account access, confidentiality and know-how depend more on a third party.',
  'sourcing.reason.weakness.outside-view':
    'Less distance: an in-house voice looks less neutral to the community.',
  'sourcing.reason.weakness.breadth': 'One person carries every skill, with no cover when away.',
  'sourcing.reason.weakness.flexibility':
    'A heavier commitment, hard to adjust if your needs change.',
  'sourcing.reason.weakness.cost':
    'More expensive: {total} over {months, plural, one {# month} other {# months}}.',
  'sourcing.reason.weakness.coverage': 'Covers the hours you need less well.',
  'sourcing.reason.weakness.speed':
    'Slower to start: about {weeks, plural, one {# week} other {# weeks}}.',
  'sourcing.reason.blocker.coverage': 'Cannot cover the hours you need ({needed}).',
  'sourcing.reason.blocker.hours':
    'The workload ({hours} h per week) is more than this option can take ({limit} h).',
  'sourcing.reason.blocker.too-little-work.hybrid':
    'Too little work ({hours} h per week) for a half-time in-house lead: it needs at least {minimum} h.',
  'sourcing.reason.blocker.too-little-work.apprentice':
    'Too little work ({hours} h per week) to train an apprentice: they need at least {minimum} h of real tasks at work.',
  'sourcing.reason.blocker.too-little-work.in-house':
    'Too little work ({hours} h per week) for a full-time job, which would stay mostly idle: it needs at least {minimum} h.',
  'sourcing.reason.blocker.too-little-work.part-time':
    'Too little work ({hours} h per week) for a part-time contract of the legal minimum length, which would stay mostly empty: it needs at least {minimum} h.',
  'sourcing.reason.blocker.contract-length':
    'An apprenticeship contract lasts at least {minimum} months (French Labour Code, art. L6222-7-1): longer than your need of {months, plural, one {# month} other {# months}}.',
  'sourcing.reason.blocker.no-trainee': 'Nobody on the team can be trained.',
  'sourcing.reason.blocker.budget':
    'Over budget: {average} per month on average against {budget} planned.',
  'sourcing.reason.blocker.start':
    'Starts too late: about {weeks, plural, one {# week} other {# weeks}} against {limit} wanted.',
  'sourcing.sensitivity.above.hoursPerWeek': 'From {value} h per week upwards',
  'sourcing.sensitivity.below.hoursPerWeek': 'At {value} h per week or less',
  'sourcing.sensitivity.above.monthlyBudget': 'With a budget of {value} per month or more',
  'sourcing.sensitivity.below.monthlyBudget': 'With a budget of {value} per month or less',
  'sourcing.sensitivity.above.horizonMonths': 'Over a horizon of {value} months or more',
  'sourcing.sensitivity.below.horizonMonths': 'Over a horizon of {value} months or less',
  'sourcing.sensitivity.above.startWithinWeeks': 'If the start can wait {value} weeks or more',
  'sourcing.sensitivity.below.startWithinWeeks':
    'If the work must start within {value} weeks or less',
  'sourcing.sensitivity.above.closeness': 'If work with other departments rises to {value}/5',
  'sourcing.sensitivity.below.closeness': 'If work with other departments falls to {value}/5',
  'sourcing.sensitivity.above.independence': 'If independence matters {value}/5',
  'sourcing.sensitivity.below.independence': 'If independence matters only {value}/5',
  'sourcing.sensitivity.above.outsideVoice': 'If an outside view matters {value}/5',
  'sourcing.sensitivity.below.outsideVoice': 'If an outside view matters only {value}/5',
  'sourcing.sensitivity.outcome.change': '“{to}” would beat “{from}”.',
  'sourcing.sensitivity.outcome.none': 'no option would fit your constraints any more.',
  'sourcing.sensitivity.outcome.appear': '“{to}” would become possible.',
  'sourcing.pdf.title': 'Summary: hire, train or outsource',
  'sourcing.pdf.subtitle': 'Community management · {date}',
  'sourcing.pdf.footer': "Trait d'union · a decision aid; check it against your quotes",
  'sourcing.pdf.link': 'Link to this result: {url}',
  // Issue 14: plans, staffing, breakdowns, notices, weights and briefs.
  'sourcing.answer.closest':
    'No option meets all your constraints: the closest workable plan is “{option}”.',
  'sourcing.answer.noWork': 'Nothing to hand over yet: the workload is zero.',
  'sourcing.answer.noWork.detail':
    'Under half an hour a week, neither a hire, nor training, nor a provider makes sense. Describe your planned online presence to get a plan.',
  'sourcing.plan.title': 'To make “{option}” work',
  'sourcing.plan.hoursRoute': 'Or, changing nothing else: {change}.',
  'sourcing.plan.atOnce':
    'Right now, within your constraints: “{option}” for up to {hours} h a week.',
  'sourcing.plan.atOnce.none':
    'Nothing useful fits your current constraints, even with far fewer hours: start with one of the changes above.',
  'sourcing.plan.change.budget': 'a budget of {to} a month instead of {from} (+{delta})',
  'sourcing.plan.change.start': 'a start within {to} weeks instead of {from} (+{delta})',
  'sourcing.plan.change.coverage': 'coverage reduced to: {to} (instead of: {from})',
  'sourcing.plan.change.hours': '{to} h a week instead of {from} (−{delta} h)',
  'sourcing.staffing.full-time':
    '{count, plural, one {1 full-time person:} other {# full-time people on staggered hours and a rota:}}',
  'sourcing.staffing.part-time':
    '{count, plural, one {1 part-time person ({hours} h a week):} other {# part-time people ({hours} h a week each) on staggered hours and a rota:}}',
  'sourcing.staffing.lead':
    '{count, plural, one {1 in-house lead ({hours} h a week) and outside experts on call:} other {# in-house leads ({hours} h a week each) and outside experts on call:}}',
  'sourcing.staffing.colleague': 'You or a colleague, {hours} h a week on top of their job:',
  'sourcing.staffing.apprentice':
    'An apprentice, {hours} h a week at work (the rest at school), with a tutor:',
  'sourcing.staffing.one-provider': 'One outside person with flexible hours:',
  'sourcing.staffing.team': 'An outside team of several people:',
  'sourcing.staffing.covers.office':
    '{count, plural, one {covers office hours.} other {together they cover office hours.}}',
  'sourcing.staffing.covers.extended':
    '{count, plural, one {also covers evenings and weekends.} other {together they also cover evenings and weekends.}}',
  'sourcing.staffing.covers.crisis':
    '{count, plural, one {covers day and night, crisis on-call included.} other {together they cover day and night, crisis on-call included.}}',
  'sourcing.reason.blocker.unavailable':
    'The work-study contract is French; in Québec, look at internships instead (not costed here).',
  'sourcing.option.part-time': 'Hire part-time',
  'sourcing.option.part-time.hint': 'A contract sized to the hours, at least the legal minimum',
  'sourcing.option.apprentice': 'Take an apprentice',
  'sourcing.option.apprentice.hint':
    'Work-study contract with a hiring aid, school rhythm and a tutor',
  'sourcing.breakdown.title.employee': 'Employer cost of one hire, per year',
  'sourcing.breakdown.title.apprentice': 'Employer cost of the apprentice, per year',
  'sourcing.breakdown.gross': 'Gross salary',
  'sourcing.breakdown.health': 'Health (sickness, provident)',
  'sourcing.breakdown.accidents': 'Work accidents',
  'sourcing.breakdown.pension': 'Pension',
  'sourcing.breakdown.family': 'Family',
  'sourcing.breakdown.unemployment': 'Unemployment insurance',
  'sourcing.breakdown.transport': 'Transport levy (versement mobilité)',
  'sourcing.breakdown.other': 'Other contributions (training, housing, social dialogue…)',
  'sourcing.breakdown.reductions': 'Contribution reductions',
  'sourcing.breakdown.total': 'Total employer cost',
  'sourcing.breakdown.aid': 'Hiring aid (first year)',
  'sourcing.breakdown.source.fr': "Computed by URSSAF's engine (modele-social), {year} rules.",
  'sourcing.breakdown.source.qc':
    'Québec {year} rates from our sources (QPP, QPIP, EI, HSF, CNT); CNESST not included.',
  'sourcing.notice.belowMinimumWage':
    '{label}: {value} is below the minimum wage ({hourly} an hour in {year}, {minimum} a year full-time). The legal minimum is used instead.',
  'sourcing.notice.transportLevyUnset':
    "Transport levy not set: above 10 staff it depends on the town of the workplace (up to about 3.2 % in Paris). Enter your rate (URSSAF's search engine) for an exact cost.",
  'sourcing.field.company': 'Company name (optional)',
  'sourcing.field.transportLevyPercent': 'Transport levy rate of the workplace (%)',
  'sourcing.field.transportLevyPercent.hint':
    '0 if your town has none or you have 10 staff or fewer. Rates on urssaf.fr, “versement mobilité”.',
  'sourcing.field.scales': 'Priorities',
  'sourcing.field.role': 'Role template for the mission brief',
  'sourcing.role.none': 'None',
  'sourcing.role.manager': 'Manager',
  'sourcing.role.animator': 'Animator',
  'sourcing.role.expert': 'Expert',
  'sourcing.summary.estimated':
    '{hours} h estimated ({networks} networks, {posts} posts and {conversations} messages a week)',
  'sourcing.invalid.range': 'Enter a number from {min} to {max}.',
  'sourcing.invalid.rangeInteger': 'Enter a whole number from {min} to {max}.',
  'sourcing.invalid.company': '80 characters at most.',
  'sourcing.invalid.objectives': 'Choose at least one objective.',
  'sourcing.answer.weights.edit':
    'Your weights (0 to 10): the answer updates as soon as you change one.',
  'sourcing.answer.weights.reset': 'Back to the computed weights',
  'sourcing.col.computed': 'Computed weight',
  'sourcing.answer.dated': 'dated',
  'sourcing.answer.datedWhy': 'Figure over 5 years old: {reason}',
  'sourcing.answer.breakdown': 'Employer cost in detail',
  'sourcing.answer.notices': 'Good to know',
  'sourcing.assumption.salaryJunior': 'Gross annual salary, junior',
  'sourcing.assumption.salaryConfirmed': 'Gross annual salary, confirmed',
  'sourcing.assumption.salarySenior': 'Gross annual salary, senior',
  'sourcing.pdf.inputs': 'Your answers',
  'sourcing.pdf.plan': 'The plan',
  'sourcing.pdf.assumptions': 'Assumptions and sources',
  'sourcing.pdf.weights': 'Criteria weights',
  'sourcing.brief.link': 'Mission brief for the provider',
  'sourcing.brief.markdown': 'Mission brief (Markdown)',
  'sourcing.brief.pdf': 'Mission brief (PDF)',
  // Issue 14: the mission brief (cahier des charges).
  'sourcing.brief.title': 'Mission brief: community management for {company}',
  'sourcing.brief.subtitle': 'For: {option} · {date}',
  'sourcing.brief.country.fr': 'France',
  'sourcing.brief.country.qc': 'Québec',
  'sourcing.brief.ourCompany': 'our company',
  'sourcing.brief.h.context': 'Context',
  'sourcing.brief.context':
    '{company} has {headcount} staff ({country}) and is looking for someone to run its online communities.',
  'sourcing.brief.answer': 'Chosen approach: {option}. {summary}',
  'sourcing.brief.h.mission': 'The mission',
  'sourcing.brief.mission.freelance':
    'The provider runs our online spaces about {hours} h a week: posts, replies, moderation, monitoring and reporting.',
  'sourcing.brief.mission.agency':
    'The agency runs our online spaces about {hours} h a week with a named team (a lead and a back-up) and handles crises.',
  'sourcing.brief.mission.hybrid':
    'Outside experts support our in-house lead: peaks, launches, events and crises, with an on-call service outside office hours. The total workload is about {hours} h a week.',
  'sourcing.brief.mission.apprentice':
    'An outside expert coaches our apprentice a few hours a month: method, review of posts, feedback on sensitive replies and back-up in a crisis. The total workload is about {hours} h a week.',
  'sourcing.brief.mission.in-house':
    'Occasional support to our in-house team (about {hours} h a week in total).',
  'sourcing.brief.mission.part-time':
    'Occasional support to our in-house team (about {hours} h a week in total).',
  'sourcing.brief.mission.upskill':
    'Short training and coaching of the person taking the role over (about {hours} h a week in total).',
  'sourcing.brief.h.objective': 'Objective',
  'sourcing.brief.role':
    'The reference role is {role}: objectives of the kind expected, to be quantified with us.',
  'sourcing.brief.objective.visibility':
    'Make the brand known to its target audience, measured by reach and engagement.',
  'sourcing.brief.objective.customer-service':
    'Answer public and private questions and complaints within the agreed times.',
  'sourcing.brief.objective.acquisition':
    'Bring new customers from the networks, measured by the visits and leads generated.',
  'sourcing.brief.objective.e-reputation':
    'Monitor what is said about the brand and handle criticism before it escalates.',
  'sourcing.brief.objective.internal': 'Keep internal communication and the teams’ spaces alive.',
  'sourcing.brief.h.inScope': 'In scope',
  'sourcing.brief.h.outOfScope': 'Out of scope',
  'sourcing.brief.h.redLines': 'Red lines, decisions and escalation',
  'sourcing.brief.decides': 'Who decides: {who}',
  'sourcing.brief.decides.default':
    'the brand, through its communication lead; the provider proposes, the company approves.',
  'sourcing.brief.escalation': 'Escalation: {how}',
  'sourcing.brief.escalation.default':
    'any sensitive matter (legal, health, safety, press) goes at once to the named contact, before any public reply.',
  'sourcing.brief.redLine.1':
    'Never answer in anger or enter a public quarrel on the brand’s behalf.',
  'sourcing.brief.redLine.2':
    'Never disclose personal or confidential information, even in a private message.',
  'sourcing.brief.redLine.3': 'Do not delete criticism that respects the moderation policy.',
  'sourcing.brief.h.volumes': 'Expected volumes',
  'sourcing.brief.volume.hours': 'Estimated workload: {hours} h a week',
  'sourcing.brief.volume.networks':
    '{count, plural, one {# social network} other {# social networks}}',
  'sourcing.brief.volume.spaces':
    '{count, plural, one {# community space} other {# community spaces}} (forum, group, server)',
  'sourcing.brief.volume.posts': 'Posts: {count} a week',
  'sourcing.brief.volume.conversations': 'Messages and comments to handle: {count} a week',
  'sourcing.brief.h.coverage': 'Hours and response times',
  'sourcing.brief.coverage': 'Hours to cover: {coverage}.',
  'sourcing.brief.response.office':
    'First reply within 4 business hours to public and private questions.',
  'sourcing.brief.response.extended':
    'First reply within 4 hours, evenings and weekends included, on a shared schedule.',
  'sourcing.brief.response.crisis':
    'First reply within 4 hours normally; in a crisis, handled within 1 hour day and night and the named contact alerted within 30 minutes.',
  'sourcing.brief.response.source':
    'Benchmark: consumers expect a reply within 4 hours at most, while brands take 10 hours on average (Sprout Social Index, 2016; an old figure, no newer one is published).',
  'sourcing.brief.h.reporting': 'Reporting and indicators',
  'sourcing.brief.reporting':
    'A short written update every week (highlights, open questions) and a monthly report with comments on these indicators:',
  'sourcing.brief.kpi.1': 'Median first-response time',
  'sourcing.brief.kpi.2': 'Share of messages and comments handled',
  'sourcing.brief.kpi.3': 'Engagement rate per network',
  'sourcing.brief.kpi.4': 'Community growth (followers, active members)',
  'sourcing.brief.h.access': 'Tools and access',
  'sourcing.brief.access.1':
    'One named account per person, with two-factor authentication; never a shared password.',
  'sourcing.brief.access.2':
    'The company stays administrator of its accounts and pages; the provider gets the narrowest role that is enough.',
  'sourcing.brief.access.3':
    'Scheduling, monitoring and reporting tools are named in the proposal, with their cost and who holds the licence.',
  'sourcing.brief.access.4':
    'The list of accesses is kept up to date and removed on the day the mission ends.',
  'sourcing.brief.h.data': 'Confidentiality and personal data',
  'sourcing.brief.confidentiality':
    'A confidentiality undertaking covers everything the provider learns about the company, during the mission and after it.',
  'sourcing.brief.data.processor.fr':
    'The mission handles customers’ data (messages, comments, contact details): the provider acts as a processor under article 28 of the GDPR, and the contract says so. In particular, the provider undertakes to:',
  'sourcing.brief.data.processor.qc':
    'The mission handles customers’ personal information: Québec’s private-sector act requires a written agreement governing its communication to the provider. It provides at least for:',
  'sourcing.brief.data.none':
    'No customer data is planned; should the mission come to handle some, an amendment will add the processor terms.',
  'sourcing.brief.gdpr.1':
    'process the data only on the company’s written instructions and for this mission;',
  'sourcing.brief.gdpr.2': 'bind everyone working on it to confidentiality;',
  'sourcing.brief.gdpr.3': 'take suitable security measures (GDPR article 32);',
  'sourcing.brief.gdpr.4': 'use another processor only with the company’s written consent;',
  'sourcing.brief.gdpr.5': 'help the company answer people’s requests and handle a data breach;',
  'sourcing.brief.gdpr.6':
    'delete or return all data at the end of the mission, as the company chooses;',
  'sourcing.brief.gdpr.7':
    'provide the information needed to check these commitments, audits included.',
  'sourcing.brief.quebec.1': 'the measures protecting the information and keeping it confidential;',
  'sourcing.brief.quebec.2':
    'its use for the mission only and its destruction at the end of the contract;',
  'sourcing.brief.quebec.3': 'notice without delay of any breach of its confidentiality.',
  'sourcing.brief.h.ownership': 'Ownership of the content',
  'sourcing.brief.ownership.1':
    'Texts, visuals and videos made for the mission are assigned to the company; the contract lists each right assigned (reproduction, performance, adaptation), its duration and territory.',
  'sourcing.brief.ownership.2': 'Accounts, pages, followers and histories belong to the company.',
  'sourcing.brief.ownership.3': 'Third-party stock images or music are flagged with their licence.',
  'sourcing.brief.h.reversibility': 'Reversibility at the end',
  'sourcing.brief.reversibility.1':
    'The contract sets a notice period and a handover period (two to four weeks).',
  'sourcing.brief.reversibility.2':
    'Handed over: editorial calendar, reply templates, moderation policy, key contacts, indicator history.',
  'sourcing.brief.reversibility.3':
    'The sources of the content (editable files) are delivered in an open format.',
  'sourcing.brief.reversibility.4':
    'All the provider’s accesses are removed and the deletion of data is confirmed in writing.',
  'sourcing.brief.h.budget': 'Budget and schedule',
  'sourcing.brief.budget':
    'Indicative budget: {budget} a month over {months} months; start wanted within {weeks} weeks.',
  'sourcing.brief.h.grid': 'Grid to compare the proposals',
  'sourcing.brief.grid.provider': 'Provider',
  'sourcing.brief.grid.monthly': 'Monthly fee',
  'sourcing.brief.grid.setup': 'Set-up fee',
  'sourcing.brief.grid.extras': 'Extra hours',
  'sourcing.brief.grid.commitment': 'Commitment (months)',
  'sourcing.brief.grid.normalised': 'Cost a month over {months} months',
  'sourcing.brief.grid.budget': 'Within budget',
  'sourcing.brief.grid.coverage': 'Hours and response times met',
  'sourcing.brief.grid.notes': 'Notes',
  'sourcing.brief.grid.note':
    'Each proposal is brought to a monthly cost over {months} months: set-up fee + monthly fee × the longer of the horizon and the commitment + the extra hours expected, all divided by {months}.',
} as const satisfies Record<keyof typeof fr, string>;
