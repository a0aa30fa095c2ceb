import { z } from 'zod';
import { typesetFrench } from '../text/typography.ts';

/** A stable identifier: lower-case words joined by hyphens (`stress-management`). */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/**
 * The same text in both locales; neither may be empty, so the locales cannot drift apart. The
 * French wording is typeset when the content is loaded (no-break spaces before `: ; ! ?` and inside
 * « », curly apostrophes), so authors type ordinary spaces and every surface gets the same text.
 */
export const LocalizedTextSchema = z.object({
  /** French wording. */
  fr: z.string().trim().min(1).transform(typesetFrench),
  /** English wording. */
  en: z.string().trim().min(1),
});
export type LocalizedText = z.output<typeof LocalizedTextSchema>;

/** A list of texts in both locales (alternative titles, for instance); lists may differ in length. */
export const LocalizedListSchema = z.object({
  fr: z.array(z.string().trim().min(1).transform(typesetFrench)),
  en: z.array(z.string().trim().min(1)),
});
export type LocalizedList = z.output<typeof LocalizedListSchema>;

/**
 * The five source articles in `shared/seeds/`, by their number: 000 CommentCaMarche 2016,
 * 001 job sheet 2009, 002 blog 2017, 003 Québec agency blog, 004 weqli blog.
 */
export const ArticleIdSchema = z.enum(['000', '001', '002', '003', '004']);
export type ArticleId = z.output<typeof ArticleIdSchema>;

/** A required or descriptive level on the catalogue's four-step scale (1 = starting, 4 = expert). */
export const LevelSchema = z.number().int().min(1).max(4);
export type Level = z.output<typeof LevelSchema>;

/** Where a figure comes from: who published it, when, and (when public) where. */
export const SourceSchema = z.object({
  /** Publisher and title, e.g. "Baromètre BDM / HelloWork". */
  name: z.string().min(2),
  /** Year the figure refers to. */
  year: z.number().int().min(2000).max(2100),
  /** Public address of the source, when there is one. */
  url: z.url().optional(),
});
export type Source = z.output<typeof SourceSchema>;
