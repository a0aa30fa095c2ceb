import { describe, expect, test } from 'vitest';
import { decideSourcing } from '../../../src/domain/sourcing/decide.ts';
import type { OptionId, SourcingInputDraft } from '../../../src/domain/sourcing/input.ts';
import { FILES, REAL_EMPLOYER_COST, input } from './helpers.ts';

/**
 * Realistic companies and the answer a community-management consultant would give them, with why.
 * Costs use URSSAF's engine (France) and the research's rates (Québec); other figures are the
 * sourced defaults of `content/sourcing`.
 */
const PROFILES: [name: string, draft: SourcingInputDraft, expected: OptionId, why: string][] = [
  [
    'village bakery, 3 staff, one Facebook page, a keen employee',
    { headcount: 3, monthlyBudget: 1000, networks: 1, postsPerWeek: 3, conversationsPerWeek: 10 },
    'upskill',
    'under 10 h a week and a small budget: train the employee who already knows the customers (article 002)',
  ],
  [
    'craft shop, 5 staff, nobody to train, 5 h a week',
    { headcount: 5, monthlyBudget: 1200, workloadMode: 'hours', hoursPerWeek: 5, canTrain: false },
    'freelance',
    'too little work for a hire and nobody in-house: a freelancer package is the flexible, cheap answer',
  ],
  [
    'industrial SME, 200 staff, a full-time job, close to sales and HR',
    {
      headcount: 200,
      monthlyBudget: 6000,
      workloadMode: 'hours',
      hoursPerWeek: 35,
      horizonMonths: 36,
      closeness: 5,
      independence: 5,
    },
    'in-house',
    'a full-time, long-term role that works with every department: continuity, synergy and skills kept (article 000)',
  ],
  [
    'product launch in two weeks for three months, an outside voice valued',
    {
      headcount: 20,
      monthlyBudget: 4000,
      workloadMode: 'hours',
      hoursPerWeek: 12,
      horizonMonths: 3,
      startWithinWeeks: 2,
      outsideVoice: 4,
      canTrain: false,
    },
    'freelance',
    'short, urgent and part-time: a freelancer starts within days and stops after the launch',
  ],
  [
    'consumer brand, 120 staff, reputation at stake, crises at any hour',
    {
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
    'hybrid',
    'an in-house lead keeps the voice and the links with the departments; outside experts cover crises round the clock (article 001)',
  ],
  [
    'online shop, 50 staff, customer service on evenings and weekends',
    {
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
    'hybrid',
    'one employee cannot cover evenings and weekends; an in-house lead plus outside cover can',
  ],
  [
    'tech start-up, 15 staff, 12 h a week, needed within a month, nobody to train',
    {
      headcount: 15,
      monthlyBudget: 2500,
      workloadMode: 'hours',
      hoursPerWeek: 12,
      canTrain: false,
      startWithinWeeks: 4,
    },
    'freelance',
    'a hire takes about nine weeks (Apec); a freelancer starts now and fits the budget',
  ],
  [
    'Québec SME, 30 staff, 32 h a week, two-year plan',
    {
      country: 'qc',
      headcount: 30,
      monthlyBudget: 8000,
      workloadMode: 'hours',
      hoursPerWeek: 32,
      horizonMonths: 24,
      closeness: 4,
    },
    'in-house',
    'nearly a full-time week for two years: an employee costs less than outside hours and stays close to the team',
  ],
  [
    'federation wanting a neutral voice, 6 h a week, small budget',
    {
      headcount: 40,
      monthlyBudget: 1500,
      workloadMode: 'hours',
      hoursPerWeek: 6,
      outsideVoice: 5,
      independence: 1,
      canTrain: false,
    },
    'freelance',
    'distance, neutrality and credibility matter most (article 000) and the budget rules out an agency',
  ],
  [
    'retail group, 300 staff, 60 h a week of work',
    {
      headcount: 300,
      monthlyBudget: 12000,
      workloadMode: 'hours',
      hoursPerWeek: 60,
      horizonMonths: 24,
    },
    'in-house',
    'more than one full-time job for two years: hiring is far cheaper than 60 outside hours a week',
  ],
  [
    'regional chain, crisis cover needed within a month, nobody to train',
    {
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
    'agency',
    'round-the-clock cover within a month needs several people at once: only an agency has them ready (article 003)',
  ],
];

describe('decideSourcing on realistic company profiles', () => {
  test.each(PROFILES.map(([name, draft, expected, why]) => [name, expected, draft, why] as const))(
    '%s → %s',
    (_name, expected, draft, why) => {
      const answer = decideSourcing(input(draft), FILES, REAL_EMPLOYER_COST);
      expect(answer.recommendation, why).toBe(expected);
      expect(answer.recommendationFeasible, why).toBe(true);
      const best = answer.options[0];
      expect(best?.id).toBe(expected);
      expect(best?.reasons.length).toBeGreaterThan(0);
    },
  );
});
