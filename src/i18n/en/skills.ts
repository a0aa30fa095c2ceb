import type { skills as fr } from '../fr/skills.ts';

/** Interface strings of the skills area (the competency catalogue), in English; keys mirror the French file. */
export const skills = {
  'skills.labelled': '{label}:',
  'skills.title': 'Competency catalogue',
  'skills.description':
    'Soft skills, know-how and tools of the online community manager, each described at four observable levels.',
  'skills.lead':
    'The shared reference for recruiters and candidates: each skill is described by what a person actually does at each of four levels. The role templates and the self-assessment build on it.',
  'skills.toc': 'Catalogue contents',
  'skills.count': '{count} entries',
  'skills.kind.soft': 'Soft skills and acting in situation',
  'skills.kind.know-how': 'Know-how',
  'skills.kind.tool': 'Tools',
  'skills.kindIntro.soft':
    'Human qualities and reflexes in real situations: the mandatory criteria when hiring, since they rest on personal potential.',
  'skills.kindIntro.know-how':
    'The craft of the job: relative criteria, learned through training and practice.',
  'skills.kindIntro.tool':
    'The tool families in use today. Tools named in the source articles that have since disappeared appear only as history.',
  'skills.family.relationship': 'Relating to others',
  'skills.family.communication': 'Communication',
  'skills.family.judgement': 'Judgement in situation',
  'skills.family.self-management': 'Self-management',
  'skills.family.leadership': 'Leadership',
  'skills.family.insight': 'Curiosity and understanding',
  'skills.family.strategy': 'Strategy and planning',
  'skills.family.content': 'Content and moderation',
  'skills.family.analytics': 'Measurement and analysis',
  'skills.family.monitoring': 'Monitoring and reputation',
  'skills.family.technical': 'Technical',
  'skills.family.marketing': 'Marketing and communities',
  'skills.family.tools': 'Tools',
  'skills.category.social-networks': 'Social networks',
  'skills.category.scheduling': 'Scheduling',
  'skills.category.listening': 'Monitoring and listening',
  'skills.category.analytics': 'Audience analytics',
  'skills.category.design': 'Visual creation',
  'skills.category.community-platforms': 'Community platforms',
  'skills.category.reporting': 'Reporting',
  'skills.levels': 'The four levels',
  'skills.levelName.1': 'Discovering',
  'skills.levelName.2': 'Practising',
  'skills.levelName.3': 'Proficient',
  'skills.levelName.4': 'Expert',
  'skills.examples': 'Tools in use today',
  'skills.aliases': 'Also called',
  'skills.history': 'History',
  'skills.category': 'Used for',
} as const satisfies Record<keyof typeof fr, string>;
