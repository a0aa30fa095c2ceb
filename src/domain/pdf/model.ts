import type { Locale } from '../text/index.ts';
/**
 * A PDF document as plain data (STYLE rule 12: model first, then render). Builders such as
 * `job-description.ts` return a `PdfDocumentModel`; `renderPdf` turns it into bytes. Keeping the
 * model free of pdf-lib types lets tests check wording and order without parsing a PDF.
 */

/** One block of content; the renderer dispatches on `type`. */
export type PdfBlock =
  | {
      type: 'heading';
      /** 1 = section title, 2 = sub-section, 3 = small heading. */
      level: 1 | 2 | 3;
      text: string;
    }
  | {
      type: 'paragraph';
      /** Wrapped text; `\n` forces a line break. */
      text: string;
      /** `muted` is grey, `small` is grey and smaller (notes, sources). Default `normal`. */
      tone?: 'normal' | 'muted' | 'small';
    }
  | { type: 'bullets'; items: string[] }
  | {
      type: 'keyValue';
      /** Label in bold on the left, wrapped value on the right. */
      rows: { label: string; value: string }[];
    }
  | {
      type: 'table';
      columns: string[];
      /** Each row has one cell per column; cells wrap. */
      rows: string[][];
      /** Column widths as fractions summing to 1; equal widths when absent. */
      widths?: number[];
    }
  | {
      type: 'bars';
      /** Horizontal bars, one per item: `value` out of `max`; `valueLabel` replaces the number. */
      items: { label: string; value: number; max: number; valueLabel?: string }[];
    }
  | {
      type: 'radar';
      /** At least three axes; values from 0 to `max`. */
      axes: { label: string; value: number }[];
      max: number;
      caption?: string;
    }
  | {
      type: 'callout';
      tone: 'info' | 'warning' | 'success';
      title?: string;
      text: string;
    }
  | {
      type: 'spacer';
      /** Vertical space in points. */
      size: number;
    }
  | { type: 'pageBreak' };

/** A whole document: metadata, an optional page footer and the blocks in reading order. */
export interface PdfDocumentModel {
  /** Drawn large at the top of the first page, and stored as the PDF title. */
  title: string;
  /** Drawn under the title on the first page. */
  subtitle?: string;
  /** Stored as the PDF author. */
  author: string;
  /** Stored as the PDF subject. */
  subject?: string;
  /** Language of the text: stored in the catalogue and used for the page footer. */
  language: Locale;
  /** Stored as the PDF keywords. */
  keywords?: string[];
  /** Small text at the bottom of every page, left of the page number ("Page 2 / 3"). */
  footer?: string;
  /** `compact` tightens the space between blocks (a one-page ad); `normal` by default. */
  density?: 'normal' | 'compact';
  blocks: PdfBlock[];
}

/** The TTF (or OTF) bytes of the two weights; WOFF does not work with pdf-lib. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}
