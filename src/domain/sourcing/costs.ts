import type { EmployerCost, PayrollCost, PayrollSituation } from './employer-cost.ts';
import type { Assumptions, Coverage, OptionId, SourcingInput } from './input.ts';

/** Average number of weeks in a month (52 ÷ 12). */
export const WEEKS_PER_MONTH = 52 / 12;

/** Below this many hours a week there is nothing to staff: the answer says so instead of a plan. */
export const MIN_WORK_HOURS = 0.5;

/**
 * People hired for each level asked: one person covers office hours; two can split the week
 * (staggered days and a weekend rota) to cover evenings and weekends. Round-the-clock crisis
 * handling is not a matter of headcount: the sources have the internal function co-managed with
 * outside experts for crises (article 001), so employees alone reach `extended` at most and a
 * crisis request keeps the two-person rota plus outside help (the mix) or an agency.
 */
export const STAFF_FOR_COVERAGE: Record<Coverage, number> = { office: 1, extended: 2, crisis: 2 };

/** The widest coverage a number of employees can hold by themselves. */
export function coverageForPeople(people: number): Coverage {
  return people >= STAFF_FOR_COVERAGE.extended ? 'extended' : 'office';
}

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

/** How an option is staffed: who, how many, on what contract, and so what it can cover. */
export interface Staffing {
  /**
   * `employee`: hired staff; `lead`: hired staff with outside experts on call (the mix);
   * `colleague`: the owner or an employee; `apprentice`; `provider`: outside.
   */
  kind: 'employee' | 'lead' | 'colleague' | 'apprentice' | 'provider';
  /** People doing the work (for a provider: 1 freelancer, a team at an agency). */
  people: number;
  /** Contract hours per week of each hired person (0 for providers). */
  hoursPerPerson: number;
  /** Whether each hired person is on a full-time contract. */
  fullTime: boolean;
}

/** The cost of one option: recurring per month, one-off at the start, and the total over the horizon. */
export interface OptionCost {
  id: OptionId;
  /** Recurring cost per month. */
  monthlyCost: number;
  /** One-off costs: recruitment, onboarding, equipment, training, set-up fee. */
  oneOffCost: number;
  /** Hiring aid received over the horizon (the work-study aid, first year only). */
  aid: number;
  /** `oneOffCost + monthlyCost × horizonMonths − aid`. */
  totalCost: number;
  /** Weeks before the work can start. */
  startWeeks: number;
  /** Widest coverage the option can deliver, from its staffing. */
  coverage: Coverage;
  staffing: Staffing;
  /** Share of a full-time job paid in-house (hires, the colleague's time, the apprentice). */
  fte: number;
  /** Days per month billed by a freelancer; 0 otherwise. */
  freelanceDays: number;
  /** Employer cost of one hired person, per year, with its breakdown; absent for providers. */
  payroll?: PayrollCost;
}

/** Minimum wage of the country, hourly gross, read from URSSAF's engine (France) or the content. */
export interface MinimumWage {
  hourly: number;
}

/** What every option's cost formula receives. */
export interface CostContext {
  input: SourcingInput;
  assumptions: Assumptions;
  hoursPerWeek: number;
  employerCost: EmployerCost;
  minimumWage: MinimumWage;
}

type CostFormula = (context: CostContext) => Omit<OptionCost, 'id' | 'totalCost'>;

/** Full-time gross annual pay of the minimum wage. */
export function minimumAnnualPay(
  context: Pick<CostContext, 'assumptions' | 'minimumWage'>,
): number {
  return context.minimumWage.hourly * context.assumptions.fullTimeHours * 52;
}

/** Salary of an in-house hire at the chosen seniority, never below the minimum wage. */
export function hireSalary(input: SourcingInput, a: Assumptions, minimumAnnual = 0): number {
  const bySeniority = {
    junior: a.salaryJunior,
    confirmed: a.salaryConfirmed,
    senior: a.salarySenior,
  };
  return Math.max(bySeniority[input.seniority], minimumAnnual);
}

/** Contract hours are written in half hours: the work's hours rounded up to the next half hour. */
export function contractHours(hours: number): number {
  return Math.ceil(hours * 2 - 1e-9) / 2;
}

function situationFor(
  context: CostContext,
  fullTimeSalary: number,
  hours: number,
  overrides: Partial<PayrollSituation> = {},
): PayrollSituation {
  const { input, assumptions: a } = context;
  const fullTime = hours >= a.fullTimeHours - 1e-9;
  return {
    country: input.country,
    grossAnnual: fullTime ? fullTimeSalary : (fullTimeSalary * hours) / a.fullTimeHours,
    weeklyHours: fullTime ? a.fullTimeHours : hours,
    fullTime,
    executive: input.seniority === 'senior',
    headcount: input.headcount,
    transportLevyPercent: input.transportLevyPercent,
    apprentice: false,
    ...overrides,
  };
}

/** A team of hired people: payroll per month and the one-off costs of hiring them. */
function hireTeam(context: CostContext, people: number, hoursPerPerson: number) {
  const { input, assumptions: a } = context;
  const salary = hireSalary(input, a, minimumAnnualPay(context));
  const payroll = context.employerCost(situationFor(context, salary, hoursPerPerson));
  const fte = (people * Math.min(hoursPerPerson, a.fullTimeHours)) / a.fullTimeHours;
  const monthlyPayroll = (people * payroll.total) / 12;
  const oneOffCost =
    people * a.jobBoardCost +
    (a.recruitmentFeePercent / 100) * payroll.gross * people +
    a.equipmentCost * people +
    a.onboardingMonths * 0.5 * monthlyPayroll;
  return { payroll, monthlyPayroll, fte, oneOffCost };
}

/** Part-time hires for some hours: people needed for the coverage, each at least the legal minimum. */
export function partTimeStaffing(hours: number, input: SourcingInput, a: Assumptions) {
  const people = STAFF_FOR_COVERAGE[input.coverage];
  const hoursPerPerson = contractHours(Math.max(a.partTimeMinHours, hours / people, 1));
  return { people, hoursPerPerson };
}

/** The cost formula of each option (`Record` so that adding an option forces a formula). */
export const COST_FORMULAS: Record<OptionId, CostFormula> = {
  'in-house': (context) => {
    const { input, assumptions: a, hoursPerWeek } = context;
    const people = Math.max(
      Math.ceil(hoursPerWeek / a.fullTimeHours - 1e-9),
      STAFF_FOR_COVERAGE[input.coverage],
    );
    const team = hireTeam(context, people, a.fullTimeHours);
    return {
      monthlyCost: team.monthlyPayroll + a.toolsMonthly,
      oneOffCost: team.oneOffCost,
      aid: 0,
      startWeeks: a.recruitmentWeeks,
      coverage: coverageForPeople(people),
      staffing: { kind: 'employee', people, hoursPerPerson: a.fullTimeHours, fullTime: true },
      fte: team.fte,
      freelanceDays: 0,
      payroll: team.payroll,
    };
  },
  'part-time': (context) => {
    const { input, assumptions: a, hoursPerWeek } = context;
    const { people, hoursPerPerson } = partTimeStaffing(hoursPerWeek, input, a);
    const team = hireTeam(context, people, Math.min(hoursPerPerson, a.fullTimeHours));
    return {
      monthlyCost: team.monthlyPayroll + a.toolsMonthly,
      oneOffCost: team.oneOffCost,
      aid: 0,
      startWeeks: a.recruitmentWeeks,
      coverage: coverageForPeople(people),
      staffing: { kind: 'employee', people, hoursPerPerson, fullTime: false },
      fte: team.fte,
      freelanceDays: 0,
      payroll: team.payroll,
    };
  },
  upskill: (context) => {
    const { assumptions: a, hoursPerWeek } = context;
    const salary = Math.max(a.traineeSalary, minimumAnnualPay(context));
    const payroll = context.employerCost(
      situationFor(context, salary, a.fullTimeHours, { executive: false }),
    );
    const hourly = payroll.total / (a.fullTimeHours * 52);
    return {
      monthlyCost: hoursPerWeek * WEEKS_PER_MONTH * hourly + a.toolsMonthly,
      oneOffCost: a.trainingCost,
      aid: 0,
      startWeeks: a.trainingWeeks,
      coverage: 'office',
      staffing: { kind: 'colleague', people: 1, hoursPerPerson: hoursPerWeek, fullTime: false },
      fte: hoursPerWeek / a.fullTimeHours,
      freelanceDays: 0,
      payroll,
    };
  },
  apprentice: (context) => {
    const { input, assumptions: a } = context;
    const gross = (a.apprenticePaySharePercent / 100) * minimumAnnualPay(context);
    const payroll = context.employerCost(
      situationFor(context, gross, a.fullTimeHours, { executive: false, apprentice: true }),
    );
    const tutorSalary = Math.max(a.salaryConfirmed, minimumAnnualPay(context));
    const tutorHourly =
      context.employerCost(situationFor(context, tutorSalary, a.fullTimeHours)).total /
      (a.fullTimeHours * 52);
    const tutor = a.apprenticeTutorHours * WEEKS_PER_MONTH * tutorHourly;
    const coaching = (a.apprenticeCoachingHoursMonth * a.freelanceDayRate) / a.freelanceHoursPerDay;
    return {
      monthlyCost: payroll.total / 12 + tutor + coaching + a.toolsMonthly,
      oneOffCost: a.equipmentCost,
      aid: aidOverHorizon(payroll, input.horizonMonths),
      startWeeks: a.apprenticeStartWeeks,
      coverage: 'office',
      staffing: {
        kind: 'apprentice',
        people: 1,
        hoursPerPerson: apprenticeHours(a),
        fullTime: true,
      },
      fte: 1,
      freelanceDays: 0,
      payroll,
    };
  },
  freelance: ({ assumptions: a, hoursPerWeek }) => {
    const days = (hoursPerWeek * WEEKS_PER_MONTH) / a.freelanceHoursPerDay;
    return {
      monthlyCost: Math.max(a.freelanceMinMonthly, days * a.freelanceDayRate),
      oneOffCost: 0,
      aid: 0,
      startWeeks: a.freelanceStartWeeks,
      // One person, but with flexible hours (article 003): evenings and weekends by arrangement.
      coverage: 'extended',
      staffing: { kind: 'provider', people: 1, hoursPerPerson: 0, fullTime: false },
      fte: 0,
      freelanceDays: days,
    };
  },
  agency: ({ assumptions: a, hoursPerWeek }) => ({
    monthlyCost: Math.max(a.agencyMinMonthly, hoursPerWeek * WEEKS_PER_MONTH * a.agencyHourlyRate),
    oneOffCost: a.agencySetupFee,
    aid: 0,
    startWeeks: a.agencyStartWeeks,
    coverage: 'crisis',
    staffing: { kind: 'provider', people: 3, hoursPerPerson: 0, fullTime: false },
    fte: 0,
    freelanceDays: 0,
  }),
  hybrid: (context) => {
    const { input, assumptions: a, hoursPerWeek } = context;
    const outsideShare = a.hybridOutsideSharePercent / 100;
    const insideHours = hoursPerWeek * (1 - outsideShare);
    const people = Math.max(1, Math.ceil(insideHours / a.fullTimeHours - 1e-9));
    const hoursPerPerson = Math.min(
      a.fullTimeHours,
      contractHours(Math.max(a.partTimeMinHours, insideHours / people)),
    );
    const team = hireTeam(context, people, hoursPerPerson);
    const outside = hoursPerWeek * outsideShare * WEEKS_PER_MONTH * a.agencyHourlyRate;
    const onCall = input.coverage === 'office' ? 0 : a.crisisRetainerMonthly;
    return {
      monthlyCost: team.monthlyPayroll + a.toolsMonthly + outside + onCall,
      oneOffCost: team.oneOffCost,
      aid: 0,
      startWeeks: a.recruitmentWeeks,
      coverage: 'crisis',
      staffing: {
        kind: 'lead',
        people,
        hoursPerPerson,
        fullTime: hoursPerPerson >= a.fullTimeHours,
      },
      fte: team.fte,
      freelanceDays: 0,
      payroll: team.payroll,
    };
  },
};

/** Weekly hours an apprentice is at work: full time less the time at school. */
export function apprenticeHours(a: Assumptions): number {
  return a.fullTimeHours * (1 - a.apprenticeSchoolSharePercent / 100);
}

/** The hiring aid received over a horizon: the first year's aid, for the months it covers. */
function aidOverHorizon(payroll: PayrollCost, horizonMonths: number): number {
  return (payroll.firstYearAid * Math.min(12, horizonMonths)) / 12;
}

/** Costs of one option over the horizon. */
export function costOption(id: OptionId, context: CostContext): OptionCost {
  const cost = COST_FORMULAS[id](context);
  return {
    id,
    ...cost,
    totalCost: cost.oneOffCost + cost.monthlyCost * context.input.horizonMonths - cost.aid,
  };
}

/**
 * The same option over another horizon. Only the aid (the apprentice's, first year only) and the
 * total depend on the horizon: monthly and one-off costs do not (tested against `costOption`).
 */
export function atHorizon(cost: OptionCost, horizonMonths: number): OptionCost {
  const aid =
    cost.staffing.kind === 'apprentice' && cost.payroll
      ? aidOverHorizon(cost.payroll, horizonMonths)
      : cost.aid;
  return { ...cost, aid, totalCost: cost.oneOffCost + cost.monthlyCost * horizonMonths - aid };
}
