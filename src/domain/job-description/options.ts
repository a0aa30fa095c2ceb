/**
 * The closed lists of a job description, as plain constants (no zod): the draft schema is built
 * from them and the builder's dropdowns list them, so the two cannot disagree.
 */

/** Head-count bands of the hiring company. */
export const COMPANY_SIZES = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;

/** Full or part time. */
export const WORKING_TIMES = ['full-time', 'part-time'] as const;

/** Where the work happens. */
export const REMOTE_MODES = ['on-site', 'hybrid', 'full-remote'] as const;

/** Currencies a salary can be given in. */
export const SALARY_CURRENCIES = ['EUR', 'CAD', 'CHF', 'GBP', 'USD'] as const;

/** Periods a salary can be given for (schema.org `unitText`). */
export const SALARY_PERIODS = ['YEAR', 'MONTH', 'DAY', 'HOUR'] as const;

/** Countries the builder offers (the checks know their law); the schema accepts any ISO code. */
export const LOCATION_COUNTRIES = ['FR', 'BE', 'CH', 'LU', 'CA'] as const;
