import type { JobDescription } from './draft.ts';
import type { RuleId } from './findings.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import { PAY_TRANSPARENCY_STATUS } from './pay-transparency-status.ts';
import { finding, type Rule } from './rule-helpers.ts';
import { LEGAL_WEEKLY_HOURS, smicOn } from './smic.ts';

/** A range whose top is more than this times its bottom says little about the pay. */
export const MAX_RANGE_RATIO = 1.5;

/** Weeks per year, to turn weekly hours into monthly or yearly hours. */
const WEEKS_PER_YEAR = 52;

/** Countries of the EU (where directive 2023/970 applies) that use the euro, and others. */
const EU_COUNTRIES = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
const EURO_COUNTRIES = new Set(
  'AT BE HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES'.split(' '),
);
const CURRENCY_OF: Record<string, string> = { CA: 'CAD', GB: 'GBP', CH: 'CHF', US: 'USD' };

/** The currency of the job's place, if the product knows it. */
export function expectedCurrency(country: string, jurisdiction: Jurisdiction): string | undefined {
  if (jurisdiction === 'QC' || jurisdiction === 'CA') return 'CAD';
  if (jurisdiction === 'FR' || EURO_COUNTRIES.has(country)) return 'EUR';
  return CURRENCY_OF[country];
}

/** Gross pay per hour for the stated working time, or undefined when the hours are unknown. */
export function hourlyPay(
  amount: number,
  jd: Pick<JobDescription, 'salary' | 'contract'>,
): number | undefined {
  const weekly =
    jd.contract.workingTime === 'full-time'
      ? (jd.contract.hoursPerWeek ?? LEGAL_WEEKLY_HOURS)
      : jd.contract.hoursPerWeek;
  if (weekly === undefined || weekly <= 0) return undefined;
  switch (jd.salary.period) {
    case 'HOUR':
      return amount;
    case 'DAY':
      return amount / (weekly / 5);
    case 'MONTH':
      return amount / ((weekly * WEEKS_PER_YEAR) / 12);
    case 'YEAR':
      return amount / (weekly * WEEKS_PER_YEAR);
  }
}

const euros = (value: number) => value.toFixed(2).replace('.', ',');

/** Checks on pay: the SMIC, the width of the range, the currency, pay transparency. */
export const PAY_RULES = {
  'salary-range'(jd, context) {
    const { min, max } = jd.salary;
    if (min !== undefined && max !== undefined) return [];
    const eu = context.jurisdiction === 'FR' || EU_COUNTRIES.has(jd.location.country);
    if (!eu || context.jurisdiction === 'QC' || context.jurisdiction === 'CA') return [];
    const passed = context.today >= PAY_TRANSPARENCY_STATUS.deadline;
    const status = PAY_TRANSPARENCY_STATUS.france;
    const none = min === undefined && max === undefined;
    return [
      finding(
        'salary-range',
        'warning',
        'salary',
        {
          fr: `${none ? 'L’annonce ne donne pas de rémunération' : 'L’annonce ne donne qu’une borne de rémunération'}. La directive (UE) 2023/970 demande d’indiquer la rémunération ou sa fourchette dans l’offre ou avant l’entretien ; ${passed ? 'son délai de transposition, le 7 juin 2026, est passé' : 'elle doit être transposée d’ici le 7 juin 2026'} ; ${status.fr} (sources : ${PAY_TRANSPARENCY_STATUS.sources.join(' ; ')}).`,
          en: `${none ? 'The posting gives no pay' : 'The posting gives only one bound of the pay'}. Directive (EU) 2023/970 asks for the pay or its range in the offer or before the interview; ${passed ? 'its transposition deadline, 7 June 2026, has passed' : 'it must be transposed by 7 June 2026'}; ${status.en} (sources: ${PAY_TRANSPARENCY_STATUS.sources.join('; ')}).`,
        },
        {
          fr: 'Indiquez une fourchette (minimum et maximum) fondée sur des critères objectifs.',
          en: 'Give a range (minimum and maximum) based on objective criteria.',
        },
        ['eu-2023-970'],
      ),
    ];
  },

  'pay-minimum'(jd, context) {
    if (context.jurisdiction !== 'FR' || jd.salary.currency !== 'EUR') return [];
    // Apprentices and interns are paid on other scales; freelancers are not employees.
    if (jd.contract.type !== 'cdi' && jd.contract.type !== 'cdd') return [];
    const amount = jd.salary.min ?? jd.salary.max;
    if (amount === undefined) return [];
    const hourly = hourlyPay(amount, jd);
    const smic = smicOn(context.today);
    if (hourly === undefined || hourly >= smic.eurosPerHour - 0.005) return [];
    const field = jd.salary.min !== undefined ? 'salary.min' : 'salary.max';
    return [
      finding(
        'pay-minimum',
        'error',
        field,
        {
          fr: `Pour le temps de travail indiqué, ce salaire revient à ${euros(hourly)} € brut de l’heure, sous le SMIC (${euros(smic.eurosPerHour)} € brut de l’heure depuis le ${smic.from}).`,
          en: `For the stated working time, this pay comes to €${hourly.toFixed(2)} gross per hour, below the French minimum wage (SMIC, €${smic.eurosPerHour.toFixed(2)} gross per hour since ${smic.from}).`,
        },
        {
          fr: 'Relevez le salaire au moins au SMIC pour ces heures, ou corrigez la période ou la durée du travail.',
          en: 'Raise the pay to at least the SMIC for these hours, or correct the period or the working time.',
        },
        ['fr-l3231-2'],
      ),
    ];
  },

  'pay-range-width'(jd) {
    const { min, max } = jd.salary;
    if (min === undefined || max === undefined || min <= 0 || max <= min * MAX_RANGE_RATIO)
      return [];
    return [
      finding(
        'pay-range-width',
        'warning',
        'salary.max',
        {
          fr: `La fourchette va du simple à ${(max / min).toFixed(1).replace('.', ',')} fois : elle ne dit presque rien de la rémunération.`,
          en: `The top of the range is ${(max / min).toFixed(1)} times its bottom: it says little about the pay.`,
        },
        {
          fr: 'Resserrez la fourchette (le haut à moins d’une fois et demie le bas) ou publiez une fourchette par niveau.',
          en: 'Narrow the range (top under one and a half times the bottom) or publish one range per level.',
        },
        [],
      ),
    ];
  },

  'pay-currency'(jd, context) {
    const expected = expectedCurrency(jd.location.country, context.jurisdiction);
    if (!expected || jd.salary.currency === expected) return [];
    if (jd.salary.min === undefined && jd.salary.max === undefined) return [];
    return [
      finding(
        'pay-currency',
        'warning',
        'salary.currency',
        {
          fr: `La rémunération est en ${jd.salary.currency} pour un poste payé en ${expected}.`,
          en: `The pay is in ${jd.salary.currency} for a job paid in ${expected}.`,
        },
        {
          fr: `Indiquez la rémunération en ${expected}.`,
          en: `Give the pay in ${expected}.`,
        },
        [],
        { excerpt: jd.salary.currency },
      ),
    ];
  },
} satisfies Partial<Record<RuleId, Rule>>;
