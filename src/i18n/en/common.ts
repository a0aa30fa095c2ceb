import type { common as fr } from '../fr/common.ts';

/** Interface strings shared by every page, in English; keys mirror the French dictionary. */
export const common = {
  'site.name': 'Trait d’union',
  'site.tagline': 'Hiring a community manager, with method',
  'site.description':
    'A toolkit for hiring an online community manager: role templates, a checked job description, a skills self-assessment, and help choosing between hiring, training, a freelancer and an agency.',
  'a11y.skip': 'Skip to content',
  'nav.label': 'Main navigation',
  'nav.home': 'Home',
  'nav.roles': 'Roles',
  'nav.skills': 'Skills',
  'nav.jobDescription': 'Job description',
  'nav.assessment': 'Self-assessment',
  'nav.sourcing': 'Hire or outsource',
  'nav.menu': 'Menu',
  'lang.label': 'Language',
  'lang.switchTo': 'Français',
  'lang.switchToLabel': 'Lire cette page en français',
  'footer.privacy': 'Privacy',
  'footer.method': 'Method and sources',
  'footer.note':
    'Trait d’union helps you decide; it is not legal advice and does not replace a recruitment professional.',
  'home.title': 'Trait d’union — hiring a community manager',
  'home.lead':
    'A community manager is the link between a company and the voice of its customers online. Trait d’union helps you define the role, write a compliant job ad, assess skills, and choose the right way to fill the position.',
  'home.audience.title': 'Who is it for?',
  'home.audience.hr.title': 'HR teams and hiring managers',
  'home.audience.hr.text':
    'Start from a proven role template, adapt it to your company, check it against the law, and export the job description as a PDF and as a JobPosting.',
  'home.audience.sme.title': 'Small-business owners',
  'home.audience.sme.text':
    'Compare hiring, training an employee, a freelancer, an agency or a mix, with costs over your horizon and the reasons behind the recommendation.',
  'home.audience.candidate.title': 'Candidates',
  'home.audience.candidate.text':
    'Rate your soft skills, your judgement in real situations and your tool mastery honestly, then see how you fit each role and how to grow.',
  'home.tools.title': 'Four tools',
  'home.tool.roles.title': 'Role templates',
  'home.tool.roles.text':
    'Manager, Animator, Expert: three roles in one community cell, with missions, competencies, tools and perimeter.',
  'home.tool.roles.cta': 'Compare the roles',
  'home.tool.jobDescription.title': 'Job-description builder',
  'home.tool.jobDescription.text':
    'A job description adapted to your company, checked (non-discrimination, language, pay range) and ready to export.',
  'home.tool.jobDescription.cta': 'Write a job description',
  'home.tool.assessment.title': 'Skills self-assessment',
  'home.tool.assessment.text':
    'Soft skills, situations and tools: your scores, your fit with each role and ways to grow, in 20 minutes.',
  'home.tool.assessment.cta': 'Start the self-assessment',
  'home.tool.sourcing.title': 'Sourcing decision helper',
  'home.tool.sourcing.text':
    'Hire, train in-house, freelancer, agency or a mix: costs, feasibility and reasons for your situation.',
  'home.tool.sourcing.cta': 'Compare the options',
  'home.principles.title': 'Our principles',
  'home.principles.sources':
    'Every figure cites its source and year; the calculation method is published.',
  'home.principles.privacy': 'Your answers stay in your browser unless you choose to save them.',
  'home.principles.bilingual': 'Everything exists in French and English.',
  'page.updated': 'Updated',
  'privacy.title': 'Privacy',
  'method.title': 'Method and sources',
  'error.404.title': 'Page not found',
  'error.404.text': 'This page does not exist, or no longer does.',
  'error.500.title': 'Something went wrong',
  'error.500.text':
    'The server could not show this page. Your saved data is not lost; please try again in a moment.',
  'error.backHome': 'Back to home',
} as const satisfies Record<keyof typeof fr, string>;
