import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, SourceSchema } from './common.ts';

/** A figure the sourcing helper uses: a value, its unit and currency, where it comes from. */
export const FigureSchema = z.object({
  /** Stable id, e.g. `freelance-day-rate-experienced`. */
  id: IdSchema,
  label: LocalizedTextSchema,
  value: z.number(),
  /** What the value counts: `EUR/year`, `EUR/day`, `percent`, `hours/month`, … */
  unit: z.string().min(1),
  currency: z.enum(['EUR', 'CAD']).optional(),
  source: SourceSchema,
  /** How much to trust it: read in a source, computed, or an indicative range from a secondary source. */
  reliability: z.enum(['verified', 'computed', 'indicative']),
  note: LocalizedTextSchema.optional(),
});
export type Figure = z.output<typeof FigureSchema>;

/** One file of `content/sourcing/`: a themed group of figures (salaries, freelance rates, …). */
export const SourcingFileSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  figures: z.array(FigureSchema).min(1),
});
export type SourcingFile = z.output<typeof SourcingFileSchema>;
