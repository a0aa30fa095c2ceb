import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, SourceSchema } from './common.ts';

/** A figure the sourcing helper uses: a value, its unit and currency, where it comes from. */
export const FigureSchema = z.object({
  /** Stable id, e.g. `freelance-day-rate-experienced`. */
  id: IdSchema,
  /** What the figure is, in both locales; shown next to the editable value. */
  label: LocalizedTextSchema,
  /** The number itself, in `unit`. */
  value: z.number(),
  /** What the value counts: `EUR/year`, `EUR/day`, `percent`, `hours/month`, … */
  unit: z.string().min(1),
  /** Required when the unit is money: EUR for France, CAD for Québec. */
  currency: z.enum(['EUR', 'CAD']).optional(),
  /**
   * Publisher, year the figure refers to, and address when public; the name in both locales (the
   * English page shows no French wording: « Hypothèse Trait d'union » is "Trait d'union
   * assumption" there).
   */
  source: SourceSchema.extend({ name: LocalizedTextSchema }),
  /** How much to trust it: read in a source, computed, or an indicative range from a secondary source. */
  reliability: z.enum(['verified', 'computed', 'indicative']),
  /** Caveats for the reader (range, what is left out, how to replace it). */
  note: LocalizedTextSchema.optional(),
  /**
   * Why a figure more than five years old is still used (no newer public figure, the rule has not
   * changed, …). Required for such figures: the interface marks them as dated with this reason.
   */
  stillUsedBecause: LocalizedTextSchema.optional(),
});

/** A figure is dated when it refers to a year more than this many years before the current one. */
export const DATED_AFTER_YEARS = 5;

/** Whether a figure is dated in a given year (the caller passes the clock's year). */
export function isDated(figure: Figure, currentYear: number): boolean {
  return figure.source.year < currentYear - DATED_AFTER_YEARS;
}
export type Figure = z.output<typeof FigureSchema>;

/** One file of `content/sourcing/`: a themed group of figures (salaries, freelance rates, …). */
export const SourcingFileSchema = z.object({
  /** Same as the file name: `salaries`, `outside-providers`, … */
  id: IdSchema,
  /** The group's title in both locales. */
  title: LocalizedTextSchema,
  /** The figures of the group; ids are unique across all files. */
  figures: z.array(FigureSchema).min(1),
});
export type SourcingFile = z.output<typeof SourcingFileSchema>;
