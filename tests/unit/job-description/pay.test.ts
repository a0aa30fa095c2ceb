import rules from 'modele-social';
import { describe, expect, test } from 'vitest';
import type { JobDescription } from '../../../src/domain/job-description/draft.ts';
import { lintJobDescription } from '../../../src/domain/job-description/rules.ts';
import { SMIC_HOURLY } from '../../../src/domain/job-description/smic.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

const ruleOf = (jd: JobDescription, rule: string, today = '2026-11-30') =>
  lintJobDescription(jd, catalog, { today }).filter((finding) => finding.rule === rule);

const withSalary = (
  salary: JobDescription['salary'],
  contract?: Partial<JobDescription['contract']>,
) => {
  const jd = cleanJobDescription();
  return { ...jd, salary, contract: { ...jd.contract, ...contract } };
};

describe('pay rules', () => {
  test('the SMIC table is the one of URSSAF’s rules (modele-social)', () => {
    const source = JSON.stringify((rules as Record<string, unknown>)['SMIC . horaire']);
    for (const { from, eurosPerHour } of SMIC_HOURLY) {
      const [year, month] = from.split('-');
      const when = `date >= ${month}/${year}`;
      expect(source, from).toContain(
        `{"si":"${when}","alors":"${eurosPerHour.toFixed(2)} €/heure"}`,
      );
    }
  });

  test('a full-time yearly salary under the SMIC is an error; at the SMIC it passes', () => {
    expect(
      ruleOf(
        withSalary({ min: 20000, max: 22000, currency: 'EUR', period: 'YEAR' }),
        'pay-minimum',
      ),
    ).toHaveLength(1);
    // 12.31 €/h × 35 h × 52 weeks = 22 404 € a year.
    expect(
      ruleOf(
        withSalary({ min: 22410, max: 24000, currency: 'EUR', period: 'YEAR' }),
        'pay-minimum',
      ),
    ).toEqual([]);
  });

  test('the SMIC in force on the day of the check is the one compared', () => {
    // 85 € a 7-hour day: 12,14 € an hour, above the SMIC of 1 March 2026 (12,02 €), under June's (12,31 €).
    const jd = withSalary({ min: 85, max: 95, currency: 'EUR', period: 'DAY' });
    expect(ruleOf(jd, 'pay-minimum', '2026-11-30')).toHaveLength(1);
    expect(ruleOf(jd, 'pay-minimum', '2026-03-01')).toEqual([]);
  });

  test('part-time pay is compared for the stated hours', () => {
    const partTime = { workingTime: 'part-time' as const, hoursPerWeek: 20 };
    // 12.31 €/h × 20 h × 52 / 12 = 1 066,87 € a month.
    expect(
      ruleOf(
        withSalary({ min: 1100, max: 1200, currency: 'EUR', period: 'MONTH' }, partTime),
        'pay-minimum',
      ),
    ).toEqual([]);
    expect(
      ruleOf(
        withSalary({ min: 1000, max: 1200, currency: 'EUR', period: 'MONTH' }, partTime),
        'pay-minimum',
      ),
    ).toHaveLength(1);
  });

  test('apprentices and interns are not held to the SMIC', () => {
    const jd = withSalary(
      { min: 900, max: 1000, currency: 'EUR', period: 'MONTH' },
      { type: 'apprenticeship', durationMonths: 24 },
    );
    expect(ruleOf(jd, 'pay-minimum')).toEqual([]);
  });

  test('a range whose top is more than 1.5 times its bottom is a warning', () => {
    expect(
      ruleOf(
        withSalary({ min: 30000, max: 46000, currency: 'EUR', period: 'YEAR' }),
        'pay-range-width',
      ),
    ).toHaveLength(1);
    expect(
      ruleOf(
        withSalary({ min: 30000, max: 44000, currency: 'EUR', period: 'YEAR' }),
        'pay-range-width',
      ),
    ).toEqual([]);
  });

  test('the currency follows the country', () => {
    expect(
      ruleOf(
        withSalary({ min: 30000, max: 40000, currency: 'CAD', period: 'YEAR' }),
        'pay-currency',
      ),
    ).toHaveLength(1);
    const quebec = withSalary({ min: 50000, max: 60000, currency: 'EUR', period: 'YEAR' });
    quebec.location = {
      ...quebec.location,
      city: 'Montréal',
      postalCode: undefined,
      country: 'CA',
    };
    expect(ruleOf(quebec, 'pay-currency')[0]?.message.en).toContain('CAD');
  });

  test('pay transparency: the deadline has passed after 7 June 2026, and Québec is never told', () => {
    const none = withSalary({ currency: 'EUR', period: 'YEAR' });
    const after = ruleOf(none, 'salary-range', '2026-11-30')[0];
    expect(after?.severity).toBe('warning');
    expect(after?.message.en).toContain('has passed');
    expect(after?.message.fr).toContain('est passé');
    expect(ruleOf(none, 'salary-range', '2026-05-01')[0]?.message.en).toContain(
      'must be transposed by 7 June 2026',
    );
    const quebec = {
      ...none,
      location: { ...none.location, city: 'Montréal', postalCode: undefined, country: 'CA' },
    };
    expect(ruleOf(quebec, 'salary-range')).toEqual([]);
  });
});

describe('template pay band by place', () => {
  test('a Québec job gets the CAD band with its source and year; a French one the EUR band', async () => {
    const { composeJobDescription, salaryBandFor } =
      await import('../../../src/domain/job-description/compose.ts');
    const role = catalog.roles.find((candidate) => candidate.id === 'animator');
    if (!role) throw new Error('the animator template is missing');
    const place = { city: 'Montréal', country: 'CA', remote: 'on-site' as const };
    const quebec = composeJobDescription(
      { role: 'animator', locale: 'fr', company: { name: 'X' }, location: place },
      catalog,
    );
    expect(quebec.salary.currency).toBe('CAD');
    expect(salaryBandFor(role, place).source.year).toBeGreaterThanOrEqual(2017);
    const france = composeJobDescription(
      { role: 'animator', locale: 'fr', company: { name: 'X' } },
      catalog,
    );
    expect(france.salary.currency).toBe('EUR');
    expect(
      lintJobDescription(quebec, catalog).some((finding) => finding.rule === 'pay-currency'),
    ).toBe(false);
  });
});
