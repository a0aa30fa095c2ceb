import type { AnswerStatus } from '../../../src/domain/sourcing/evaluate.ts';
import type { OptionId, SourcingInputDraft } from '../../../src/domain/sourcing/input.ts';

/**
 * What an expert would answer for a company: the options they would accept as the plan (first is
 * their own pick), the status when it matters (`closest` when nothing can fit as asked), options
 * that must never be the plan, and why. Written from the profile alone, before the model was
 * tuned; the model is measured against them (`npm run eval:sourcing`), never the other way round.
 */
export interface ExpertExpectation {
  accept: readonly OptionId[] | 'no-work';
  status?: AnswerStatus;
  never?: readonly OptionId[];
  why: string;
}

/** A company profile: its inputs and the expert's answer. */
export interface Profile {
  name: string;
  draft: SourcingInputDraft;
  expected: ExpertExpectation;
}

/** 27 company profiles, France and Québec, from a village bakery to a 500-person brand. */
export const PROFILES: readonly Profile[] = [
  {
    name: 'village bakery, 3 staff, 2 h a week, 300 € a month',
    draft: { headcount: 3, monthlyBudget: 300, workloadMode: 'hours', hoursPerWeek: 2 },
    expected: {
      accept: ['upskill'],
      why: 'two hours a week are done by the owner or an employee after a short training (article 002); nothing else comes near 300 €',
    },
  },
  {
    name: 'craft shop, 5 staff, nobody to train, 5 h a week',
    draft: {
      headcount: 5,
      monthlyBudget: 1200,
      workloadMode: 'hours',
      hoursPerWeek: 5,
      canTrain: false,
    },
    expected: {
      accept: ['freelance'],
      why: 'too little work for a hire and nobody in-house: a freelance package is the flexible, cheap answer',
    },
  },
  {
    name: 'industrial SME, 200 staff, a full-time job close to sales and HR',
    draft: {
      headcount: 200,
      monthlyBudget: 6000,
      workloadMode: 'hours',
      hoursPerWeek: 35,
      horizonMonths: 36,
      closeness: 5,
      independence: 5,
    },
    expected: {
      accept: ['in-house'],
      why: 'a full-time, long-term role that works with every department: continuity, synergy, skills kept (article 000)',
    },
  },
  {
    name: 'product launch in two weeks for three months, outside voice valued',
    draft: {
      headcount: 20,
      monthlyBudget: 4000,
      workloadMode: 'hours',
      hoursPerWeek: 12,
      horizonMonths: 3,
      startWithinWeeks: 2,
      outsideVoice: 4,
      canTrain: false,
    },
    expected: {
      accept: ['freelance'],
      why: 'short, urgent and part-time: a freelancer starts within days and stops after the launch',
    },
  },
  {
    name: 'consumer brand, 120 staff, reputation at stake, crises at any hour',
    draft: {
      headcount: 120,
      monthlyBudget: 9000,
      networks: 4,
      conversationsPerWeek: 200,
      coverage: 'crisis',
      objectives: ['e-reputation', 'customer-service'],
      closeness: 4,
      independence: 4,
      horizonMonths: 24,
    },
    expected: {
      accept: ['hybrid'],
      why: 'an in-house lead keeps the voice and the links with departments; outside experts cover crises round the clock (article 001)',
    },
  },
  {
    name: 'online shop, 50 staff, customer service on evenings and weekends',
    draft: {
      headcount: 50,
      monthlyBudget: 9000,
      networks: 4,
      postsPerWeek: 10,
      conversationsPerWeek: 150,
      coverage: 'extended',
      objectives: ['customer-service', 'acquisition'],
      closeness: 4,
      horizonMonths: 24,
    },
    expected: {
      accept: ['hybrid', 'in-house', 'part-time'],
      why: 'about 47 h a week over evenings and weekends: two people on a rota, or a lead with outside cover',
    },
  },
  {
    name: 'tech start-up, 15 staff, 12 h a week within a month, nobody to train',
    draft: {
      headcount: 15,
      monthlyBudget: 2500,
      workloadMode: 'hours',
      hoursPerWeek: 12,
      canTrain: false,
      startWithinWeeks: 4,
    },
    expected: {
      accept: ['freelance'],
      why: 'a hire takes about nine weeks (Apec); a freelancer starts now and fits the budget',
    },
  },
  {
    name: 'Québec SME, 30 staff, 32 h a week, two-year plan',
    draft: {
      country: 'qc',
      headcount: 30,
      monthlyBudget: 8000,
      workloadMode: 'hours',
      hoursPerWeek: 32,
      horizonMonths: 24,
      closeness: 4,
    },
    expected: {
      accept: ['in-house', 'part-time'],
      why: 'nearly a full week for two years: an employee costs less than outside hours and stays close to the team',
    },
  },
  {
    name: 'federation wanting a neutral voice, 6 h a week, small budget',
    draft: {
      headcount: 40,
      monthlyBudget: 1500,
      workloadMode: 'hours',
      hoursPerWeek: 6,
      outsideVoice: 5,
      independence: 1,
      canTrain: false,
    },
    expected: {
      accept: ['freelance'],
      why: 'distance, neutrality and credibility matter most (article 000) and the budget rules out an agency',
    },
  },
  {
    name: 'retail group, 300 staff, 60 h a week',
    draft: {
      headcount: 300,
      monthlyBudget: 12000,
      workloadMode: 'hours',
      hoursPerWeek: 60,
      horizonMonths: 24,
    },
    expected: {
      accept: ['in-house', 'hybrid'],
      why: 'more than one full-time job for two years: two hires cost far less than 60 outside hours a week',
    },
  },
  {
    name: 'regional chain, crisis cover within a month, nobody to train',
    draft: {
      headcount: 80,
      monthlyBudget: 12000,
      networks: 3,
      postsPerWeek: 8,
      conversationsPerWeek: 40,
      coverage: 'crisis',
      objectives: ['visibility', 'e-reputation'],
      closeness: 2,
      independence: 2,
      outsideVoice: 4,
      startWithinWeeks: 4,
      canTrain: false,
    },
    expected: {
      accept: ['agency'],
      why: 'round-the-clock cover within a month needs several people at once: only an agency has them ready (article 003)',
    },
  },
  {
    name: 'e-commerce, 150 staff, seven-day coverage and crisis handling',
    draft: {
      headcount: 150,
      monthlyBudget: 10000,
      networks: 4,
      postsPerWeek: 12,
      conversationsPerWeek: 300,
      coverage: 'crisis',
      objectives: ['customer-service', 'e-reputation'],
      closeness: 4,
      horizonMonths: 24,
    },
    expected: {
      accept: ['hybrid', 'agency'],
      why: 'crises need an on-call team; an in-house lead with outside experts keeps customer care close (article 001)',
    },
  },
  {
    name: 'small Québec non-profit, 8 staff, 4 h a week, 500 $ a month',
    draft: {
      country: 'qc',
      headcount: 8,
      monthlyBudget: 500,
      workloadMode: 'hours',
      hoursPerWeek: 4,
      objectives: ['visibility', 'internal'],
    },
    expected: {
      accept: ['upskill'],
      why: 'a few hours a week and a tiny budget: a staff member or volunteer coordinator trained briefly',
    },
  },
  {
    name: 'no online presence planned yet',
    draft: { headcount: 12, workloadMode: 'hours', hoursPerWeek: 0 },
    expected: {
      accept: 'no-work',
      why: 'with no workload there is nothing to staff and nobody to train',
    },
  },
  {
    name: 'nobody to train, evenings and weekends, 40 h a week, 2 000 € a month',
    draft: {
      headcount: 25,
      monthlyBudget: 2000,
      workloadMode: 'hours',
      hoursPerWeek: 40,
      coverage: 'extended',
      canTrain: false,
    },
    expected: {
      accept: ['part-time', 'in-house', 'hybrid', 'freelance', 'agency'],
      status: 'closest',
      never: ['upskill'],
      why: 'nothing fits 40 h of evening work for 2 000 €; the plan must show what to change, never the ruled-out training',
    },
  },
  {
    name: 'micro company, 2 staff, 1 h a week, 100 € a month',
    draft: { headcount: 2, monthlyBudget: 100, workloadMode: 'hours', hoursPerWeek: 1 },
    expected: {
      accept: ['upskill'],
      why: 'one hour a week is the owner’s job after a short course',
    },
  },
  {
    name: 'SME open to work-study, 20 staff, 25 h a week, tight budget, three years',
    draft: {
      headcount: 20,
      monthlyBudget: 1800,
      workloadMode: 'hours',
      hoursPerWeek: 25,
      horizonMonths: 36,
      canTrain: false,
    },
    expected: {
      accept: ['apprentice'],
      why: 'a real part-time job for three years on a small budget: an apprentice with the hiring aid, tutored in-house',
    },
  },
  {
    name: 'the same company in Québec (no work-study contract)',
    draft: {
      country: 'qc',
      headcount: 20,
      monthlyBudget: 2700,
      workloadMode: 'hours',
      hoursPerWeek: 25,
      horizonMonths: 36,
      canTrain: false,
    },
    expected: {
      accept: ['part-time', 'in-house', 'freelance', 'hybrid'],
      never: ['apprentice'],
      why: 'the French apprenticeship does not exist there; a part-time hire is the natural answer',
    },
  },
  {
    name: 'law firm, confidentiality first, 10 h a week',
    draft: {
      headcount: 35,
      monthlyBudget: 3000,
      workloadMode: 'hours',
      hoursPerWeek: 10,
      independence: 5,
      outsideVoice: 1,
      closeness: 4,
    },
    expected: {
      accept: ['upskill', 'part-time'],
      why: 'client confidentiality and knowledge of the firm: keep it inside, with a trained associate',
    },
  },
  {
    name: 'event company, a three-month season, 20 h a week, start in two weeks',
    draft: {
      headcount: 12,
      monthlyBudget: 6000,
      workloadMode: 'hours',
      hoursPerWeek: 20,
      horizonMonths: 3,
      startWithinWeeks: 2,
      canTrain: false,
      outsideVoice: 3,
    },
    expected: {
      accept: ['freelance'],
      why: 'a short season starting now: a freelancer, no hiring costs to amortise',
    },
  },
  {
    name: 'hotel, 40 staff, reviews answered on weekends, 15 h a week',
    draft: {
      headcount: 40,
      monthlyBudget: 3000,
      workloadMode: 'hours',
      hoursPerWeek: 15,
      coverage: 'extended',
      objectives: ['customer-service', 'e-reputation'],
      canTrain: false,
    },
    expected: {
      accept: ['freelance'],
      why: 'weekend hours and no one to train: a freelancer with flexible hours (article 003) fits the budget',
    },
  },
  {
    name: 'national brand, 500 staff, 80 h a week, crises, three years',
    draft: {
      headcount: 500,
      monthlyBudget: 25000,
      workloadMode: 'hours',
      hoursPerWeek: 80,
      coverage: 'crisis',
      objectives: ['e-reputation', 'customer-service', 'visibility'],
      closeness: 4,
      independence: 4,
      horizonMonths: 36,
    },
    expected: {
      accept: ['hybrid', 'in-house'],
      why: 'a cell of several people in-house, with outside experts for crises and launches (article 001)',
    },
  },
  {
    name: 'franchise network wanting a broad strategic view, 20 h a week',
    draft: {
      headcount: 60,
      monthlyBudget: 7000,
      workloadMode: 'hours',
      hoursPerWeek: 20,
      objectives: ['e-reputation', 'acquisition', 'visibility'],
      outsideVoice: 5,
      independence: 1,
      closeness: 1,
      canTrain: false,
    },
    expected: {
      accept: ['agency'],
      why: 'several people and a broader strategic view matter most, independence does not (article 003)',
    },
  },
  {
    name: 'SME, 25 staff, 28 h a week, two years, nobody to train',
    draft: {
      headcount: 25,
      monthlyBudget: 3800,
      workloadMode: 'hours',
      hoursPerWeek: 28,
      horizonMonths: 24,
      closeness: 4,
      canTrain: false,
    },
    expected: {
      accept: ['part-time', 'in-house'],
      why: 'four days a week for two years, close to the team: a part-time hire sized to the work',
    },
  },
  {
    name: 'start-up needing someone next week, 8 h a week for six months',
    draft: {
      headcount: 10,
      monthlyBudget: 2000,
      workloadMode: 'hours',
      hoursPerWeek: 8,
      horizonMonths: 6,
      startWithinWeeks: 1,
      canTrain: false,
    },
    expected: { accept: ['freelance'], why: 'only a freelancer starts within a week' },
  },
  {
    name: 'no budget at all, 10 h a week',
    draft: { headcount: 6, monthlyBudget: 0, workloadMode: 'hours', hoursPerWeek: 10 },
    expected: {
      accept: ['upskill'],
      status: 'closest',
      why: 'nothing is free; the cheapest real plan is a trained colleague, with the budget it needs stated',
    },
  },
  {
    name: 'customer care, 30 staff, 300 messages a week, office hours, 5 000 €',
    draft: {
      headcount: 30,
      monthlyBudget: 5000,
      networks: 2,
      postsPerWeek: 4,
      conversationsPerWeek: 300,
      objectives: ['customer-service'],
      closeness: 4,
      horizonMonths: 24,
      canTrain: false,
    },
    expected: {
      accept: ['in-house', 'hybrid', 'part-time'],
      why: 'over 40 h of customer care a week, close to the service team: staff it in-house, trimming volume if the budget is short',
    },
  },
];
