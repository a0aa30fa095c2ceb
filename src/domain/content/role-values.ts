/**
 * The closed lists of the role model, as plain constants (no zod) so that islands can show them
 * in dropdowns without loading the schemas. The schemas in `role.ts` are built from them.
 */

/** Article 001: hire on savoir-être and savoir-agir (mandatory) before savoir-faire (relative). */
export const WEIGHT_CLASSES = ['mandatory', 'relative'] as const;

/** Contract types a job description can offer. */
export const CONTRACT_TYPES = ['cdi', 'cdd', 'freelance', 'apprenticeship', 'internship'] as const;

/** Seniority bands used for salaries, the templates and the sourcing helper. */
export const SENIORITY_LEVELS = ['junior', 'confirmed', 'senior'] as const;
