import type { EmployerCost } from './employer-cost.ts';
import type { Assumptions, Coverage, OptionId, SourcingInput } from './input.ts';

/** Average number of weeks in a month (52 ÷ 12). */
export const WEEKS_PER_MONTH = 52 / 12;

/** The smallest in-house contract the model considers, as a share of full time. */
export const MIN_HIRE_FTE = 0.5;

/** Weekly hours the work needs: typed directly, or estimated from the presence. */
export function estimateWeeklyHours(input: SourcingInput, a: Assumptions): number {
  if (input.workloadMode === 'hours') return input.hoursPerWeek;
  return (
    (input.networks * a.hoursPerPlatformMonth) / WEEKS_PER_MONTH +
    input.communitySpaces * a.hoursPerSpaceWeek +
    (input.postsPerWeek * a.minutesPerPost) / 60 +
    (input.conversationsPerWeek * a.minutesPerConversation) / 60
  );
}

/** The cost of one option: recurring per month, one-off at the start, and the total over the horizon. */
export interface OptionCost {
  id: OptionId;
  /** Recurring cost per month. */
  monthlyCost: number;
  /** One-off costs: recruitment, onboarding, equipment, training, set-up fee. */
  oneOffCost: number;
  /** `oneOffCost + monthlyCost × horizonMonths`. */
  totalCost: number;
  /** Weeks before the work can start. */
  startWeeks: number;
  /** Widest coverage the option can deliver. */
  coverage: Coverage;
  /** Share of a full-time job for in-house and hybrid (the in-house part); 0 otherwise. */
  fte: number;
  /** Days per month billed by a freelancer; 0 otherwise. */
  freelanceDays: number;
}

/** What every option's cost formula receives. */
export interface CostContext {
  input: SourcingInput;
  assumptions: Assumptions;
  hoursPerWeek: number;
  employerCost: EmployerCost;
}

type CostFormula = (context: CostContext) => Omit<OptionCost, 'id' | 'totalCost'>;

/** Salary of an in-house hire at the chosen seniority. */
export function hireSalary(input: SourcingInput, a: Assumptions): number {
  const bySeniority = {
    junior: a.salaryJunior,
    confirmed: a.salaryConfirmed,
    senior: a.salarySenior,
  };
  return bySeniority[input.seniority];
}

/** Share of full time needed for some weekly hours, at least half time, rounded up to a tenth. */
export function hireFte(hours: number, fullTimeHours: number): number {
  return Math.max(MIN_HIRE_FTE, Math.ceil((hours / fullTimeHours) * 10 - 1e-9) / 10);
}

function inHouseFor(hours: number, { input, assumptions: a, employerCost }: CostContext) {
  const salary = hireSalary(input, a);
  const fte = hireFte(hours, a.fullTimeHours);
  const annual = employerCost(salary, {
    executive: input.seniority === 'senior',
    headcount: input.headcount,
    country: input.country,
  });
  const payroll = (annual * fte) / 12;
  const oneOffCost =
    a.jobBoardCost +
    (a.recruitmentFeePercent / 100) * salary * fte +
    a.equipmentCost * Math.ceil(fte) +
    a.onboardingMonths * 0.5 * payroll;
  return { payroll, fte, oneOffCost };
}

/** The cost formula of each option (`Record` so that adding an option forces a formula). */
export const COST_FORMULAS: Record<OptionId, CostFormula> = {
  'in-house': (context) => {
    const { payroll, fte, oneOffCost } = inHouseFor(context.hoursPerWeek, context);
    return {
      monthlyCost: payroll + context.assumptions.toolsMonthly,
      oneOffCost,
      startWeeks: context.assumptions.recruitmentWeeks,
      coverage: 'office',
      fte,
      freelanceDays: 0,
    };
  },
  upskill: ({ input, assumptions: a, hoursPerWeek, employerCost }) => {
    const annual = employerCost(a.traineeSalary, {
      executive: false,
      headcount: input.headcount,
      country: input.country,
    });
    const hourly = annual / (a.fullTimeHours * 52);
    return {
      monthlyCost: hoursPerWeek * WEEKS_PER_MONTH * hourly + a.toolsMonthly,
      oneOffCost: a.trainingCost,
      startWeeks: a.trainingWeeks,
      coverage: 'office',
      fte: hoursPerWeek / a.fullTimeHours,
      freelanceDays: 0,
    };
  },
  freelance: ({ assumptions: a, hoursPerWeek }) => {
    const days = (hoursPerWeek * WEEKS_PER_MONTH) / a.freelanceHoursPerDay;
    return {
      monthlyCost: Math.max(a.freelanceMinMonthly, days * a.freelanceDayRate),
      oneOffCost: 0,
      startWeeks: a.freelanceStartWeeks,
      coverage: 'extended',
      fte: 0,
      freelanceDays: days,
    };
  },
  agency: ({ assumptions: a, hoursPerWeek }) => ({
    monthlyCost: Math.max(a.agencyMinMonthly, hoursPerWeek * WEEKS_PER_MONTH * a.agencyHourlyRate),
    oneOffCost: a.agencySetupFee,
    startWeeks: a.agencyStartWeeks,
    coverage: 'crisis',
    fte: 0,
    freelanceDays: 0,
  }),
  hybrid: (context) => {
    const { input, assumptions: a, hoursPerWeek } = context;
    const outsideShare = a.hybridOutsideSharePercent / 100;
    const inside = inHouseFor(hoursPerWeek * (1 - outsideShare), context);
    const outside = hoursPerWeek * outsideShare * WEEKS_PER_MONTH * a.agencyHourlyRate;
    const onCall = input.coverage === 'office' ? 0 : a.crisisRetainerMonthly;
    return {
      monthlyCost: inside.payroll + a.toolsMonthly + outside + onCall,
      oneOffCost: inside.oneOffCost,
      startWeeks: a.recruitmentWeeks,
      coverage: 'crisis',
      fte: inside.fte,
      freelanceDays: 0,
    };
  },
};

/** Costs of one option over the horizon. */
export function costOption(id: OptionId, context: CostContext): OptionCost {
  const cost = COST_FORMULAS[id](context);
  return {
    id,
    ...cost,
    totalCost: cost.oneOffCost + cost.monthlyCost * context.input.horizonMonths,
  };
}
