import { rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { createMeasure, wrapText, type MeasureText } from './layout-text.ts';

/** A4 in points. */
export const PAGE_SIZE: [number, number] = [595.28, 841.89];

/** Margins in points; the bottom one leaves room for the footer. */
export const MARGIN = { left: 56, right: 56, top: 58, bottom: 66 } as const;

/** Type sizes in points. */
export const TYPE = {
  title: 21,
  subtitle: 12,
  heading: { 1: 15, 2: 12.5, 3: 11 },
  body: 10.25,
  small: 8.5,
  footer: 8,
} as const;

/** Line height as a multiple of the type size. */
export const LEADING = 1.42;

/** The site's palette (global.css), for print. */
export const COLOR = {
  ink: rgb(0.106, 0.141, 0.188),
  soft: rgb(0.29, 0.333, 0.396),
  brand: rgb(0.059, 0.361, 0.388),
  line: rgb(0.851, 0.867, 0.89),
  brandTint: rgb(0.894, 0.945, 0.945),
  info: rgb(0.059, 0.361, 0.388),
  warning: rgb(0.541, 0.353, 0),
  success: rgb(0.122, 0.42, 0.227),
  warningTint: rgb(0.984, 0.945, 0.863),
  successTint: rgb(0.902, 0.953, 0.918),
} as const;

/** A font at one size, with a cached measure. */
export interface TextStyle {
  font: PDFFont;
  size: number;
  color: RGB;
  measure: MeasureText;
  /** Distance between two baselines. */
  lineHeight: number;
}

/**
 * The state of the layout: the current page and the vertical position (`y`, the top of the next
 * thing to draw, in PDF points from the bottom of the page).
 */
export interface Layout {
  doc: PDFDocument;
  page: PDFPage;
  y: number;
  /** Left edge and width of the text column. */
  left: number;
  width: number;
  regular: PDFFont;
  bold: PDFFont;
  /** Cache keys for the two fonts (their bytes). */
  regularKey: object;
  boldKey: object;
  /** True until something is drawn on the current page; spacing before a block is skipped then. */
  atPageTop: boolean;
  /** Multiplies the space between blocks (below 1 for a compact document). */
  gapScale?: number;
  /** Told of every line drawn, with its page (0-based): lets tests check where lines landed. */
  onLine?: ((text: string, page: number) => void) | undefined;
}

/** The top of the text column. */
export const CONTENT_TOP = PAGE_SIZE[1] - MARGIN.top;

/** The height available on an empty page. */
export const CONTENT_HEIGHT = CONTENT_TOP - MARGIN.bottom;

/** A text style for `weight` at `size`. */
export function styleOf(
  layout: Layout,
  weight: 'regular' | 'bold',
  size: number,
  color: RGB = COLOR.ink,
): TextStyle {
  const font = weight === 'bold' ? layout.bold : layout.regular;
  const key = weight === 'bold' ? layout.boldKey : layout.regularKey;
  return { font, size, color, measure: createMeasure(font, size, key), lineHeight: size * LEADING };
}

/** Starts a new page and puts the cursor at its top. */
export function addPage(layout: Layout): void {
  layout.page = layout.doc.addPage(PAGE_SIZE);
  layout.y = CONTENT_TOP;
  layout.atPageTop = true;
}

/** Space left on the current page. */
export function remaining(layout: Layout): number {
  return layout.y - MARGIN.bottom;
}

/** Moves to a new page unless `height` fits on the current one (or the page is still empty). */
export function ensureSpace(layout: Layout, height: number): void {
  if (height > remaining(layout) && !layout.atPageTop) addPage(layout);
}

/** Adds vertical space, except at the top of a page. */
export function addGap(layout: Layout, gap: number): void {
  if (!layout.atPageTop) layout.y -= gap * (layout.gapScale ?? 1);
}

/** Wraps `text` for `style` within `width`. */
export function linesOf(text: string, style: TextStyle, width: number): string[] {
  return wrapText(text, width, style.measure);
}

/**
 * Draws one line whose box starts at `top` (its baseline sits a little lower), at `x`, aligned
 * left, right (x is then the right edge) or centred (x is the centre).
 */
export function drawLine(
  layout: Layout,
  text: string,
  style: TextStyle,
  x: number,
  top: number,
  align: 'left' | 'right' | 'center' = 'left',
): void {
  const width = align === 'left' ? 0 : style.measure(text);
  const start = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
  const baseline = top - (style.lineHeight - style.size) / 2 - style.size * 0.8;
  layout.page.drawText(text, {
    x: start,
    y: baseline,
    size: style.size,
    font: style.font,
    color: style.color,
  });
  layout.atPageTop = false;
  layout.onLine?.(text, layout.doc.getPageCount() - 1);
}

/**
 * Draws wrapped lines at `x` from the cursor down, breaking pages between lines as needed.
 * Returns nothing; the cursor ends under the last line.
 */
export function drawLines(layout: Layout, lines: string[], style: TextStyle, x: number): void {
  for (const line of lines) {
    ensureSpace(layout, style.lineHeight);
    drawLine(layout, line, style, x, layout.y);
    layout.y -= style.lineHeight;
  }
}
