import type { PdfBlock } from './model.ts';
import {
  addGap,
  addPage,
  COLOR,
  CONTENT_HEIGHT,
  drawLine,
  drawLines,
  ensureSpace,
  linesOf,
  remaining,
  styleOf,
  TYPE,
  type Layout,
} from './layout-page.ts';

/** The block of type `T`. */
export type BlockOf<T extends PdfBlock['type']> = Extract<PdfBlock, { type: T }>;

/** How one kind of block is laid out. */
export interface BlockRenderer<B extends PdfBlock> {
  /** Draws the block from the cursor down, breaking pages where it may. */
  draw(block: B, layout: Layout): void;
  /**
   * The height of the block's first unbreakable part (a line, a row, a whole chart; a heading's
   * own lines): a heading keeps that much room under itself so it never ends a page alone.
   */
  lead(block: B, layout: Layout): number;
}

/** Space before a block, by kind. */
const GAP = { block: 7, heading: { 1: 16, 2: 12, 3: 9 } } as const;

export const headingRenderer: BlockRenderer<BlockOf<'heading'>> = {
  draw(block, layout) {
    const style = styleOf(layout, 'bold', TYPE.heading[block.level], COLOR.brand);
    addGap(layout, GAP.heading[block.level]);
    drawLines(layout, linesOf(block.text, style, layout.width), style, layout.left);
    if (block.level === 1) {
      layout.page.drawLine({
        start: { x: layout.left, y: layout.y + 1 },
        end: { x: layout.left + layout.width, y: layout.y + 1 },
        thickness: 0.6,
        color: COLOR.line,
      });
    }
    layout.y -= 3;
  },
  lead(block, layout) {
    const style = styleOf(layout, 'bold', TYPE.heading[block.level]);
    const lines = linesOf(block.text, style, layout.width).length;
    return GAP.heading[block.level] + lines * style.lineHeight + 3;
  },
};

function paragraphStyle(layout: Layout, tone: 'normal' | 'muted' | 'small' = 'normal') {
  if (tone === 'small') return styleOf(layout, 'regular', TYPE.small, COLOR.soft);
  return styleOf(layout, 'regular', TYPE.body, tone === 'muted' ? COLOR.soft : COLOR.ink);
}

export const paragraphRenderer: BlockRenderer<BlockOf<'paragraph'>> = {
  draw(block, layout) {
    const style = paragraphStyle(layout, block.tone);
    const lines = linesOf(block.text, style, layout.width);
    if (lines.length === 0) return;
    addGap(layout, GAP.block);
    drawLines(layout, lines, style, layout.left);
  },
  lead: (block, layout) => GAP.block + paragraphStyle(layout, block.tone).lineHeight,
};

const BULLET_INDENT = 14;

export const bulletsRenderer: BlockRenderer<BlockOf<'bullets'>> = {
  draw(block, layout) {
    const style = styleOf(layout, 'regular', TYPE.body);
    const marker = styleOf(layout, 'bold', TYPE.body, COLOR.brand);
    addGap(layout, GAP.block);
    const items = block.items
      .map((item) => linesOf(item, style, layout.width - BULLET_INDENT))
      .filter((lines) => lines.length > 0);
    items.forEach((lines, index) => {
      const last = items[index + 1] === undefined;
      const next = items[index + 2] === undefined ? items[index + 1] : undefined;
      // The last item never starts a page alone: the one before it moves with it when short.
      const keep = next && lines.length <= 2 ? bulletHeight(lines, style) : 0;
      const room = last ? bulletHeight(lines, style) : firstBulletHeight(lines, style);
      ensureSpace(layout, keep + (next ? bulletHeight(next, style) : room));
      drawLine(layout, '•', marker, layout.left + 3, layout.y);
      drawLines(layout, lines, style, layout.left + BULLET_INDENT);
      layout.y -= BULLET_GAP;
    });
  },
  lead(block, layout) {
    const style = styleOf(layout, 'regular', TYPE.body);
    const first = block.items
      .map((item) => linesOf(item, style, layout.width - BULLET_INDENT))
      .find((lines) => lines.length > 0);
    return GAP.block + (first ? firstBulletHeight(first, style) : 0);
  },
};

const BULLET_GAP = 2;

/** A bullet's room when it may break: its first two lines (no single line left behind). */
function firstBulletHeight(lines: string[], style: { lineHeight: number }): number {
  return style.lineHeight * Math.min(lines.length, 2);
}

/** A whole bullet's room. */
function bulletHeight(lines: string[], style: { lineHeight: number }): number {
  return style.lineHeight * lines.length + BULLET_GAP;
}

const KEY_SHARE = 0.32;
const COLUMN_GAP = 12;

export const keyValueRenderer: BlockRenderer<BlockOf<'keyValue'>> = {
  draw(block, layout) {
    const label = styleOf(layout, 'bold', TYPE.body);
    const value = styleOf(layout, 'regular', TYPE.body);
    const labelWidth = layout.width * KEY_SHARE;
    const valueX = layout.left + labelWidth + COLUMN_GAP;
    const valueWidth = layout.width - labelWidth - COLUMN_GAP;
    addGap(layout, GAP.block);
    const heights = block.rows.map((row) => keyValueRowHeight(row, layout));
    block.rows.forEach((row, index) => {
      const labelLines = linesOf(row.label, label, labelWidth);
      const valueLines = linesOf(row.value, value, valueWidth);
      const height = heights[index] ?? 0;
      // The last row (often the salary or the closing date) never sits alone on a new page:
      // the row before it comes along.
      const widow = index === heights.length - 2 ? (heights[index + 1] ?? 0) + KEY_ROW_GAP : 0;
      if (height + widow <= CONTENT_HEIGHT) ensureSpace(layout, height + widow);
      else if (height <= CONTENT_HEIGHT) ensureSpace(layout, height);
      const top = layout.y;
      labelLines.forEach((line, i) => {
        drawLine(layout, line, label, layout.left, top - i * label.lineHeight);
      });
      valueLines.forEach((line, i) => {
        drawLine(layout, line, value, valueX, top - i * value.lineHeight);
      });
      layout.y = top - height - KEY_ROW_GAP;
    });
  },
  lead(block, layout) {
    const first = block.rows[0];
    return GAP.block + (first ? Math.min(keyValueRowHeight(first, layout), CONTENT_HEIGHT) : 0);
  },
};

const KEY_ROW_GAP = 3;

/** The height of one label–value row (the taller of its two wrapped columns). */
function keyValueRowHeight(row: { label: string; value: string }, layout: Layout): number {
  const label = styleOf(layout, 'bold', TYPE.body);
  const value = styleOf(layout, 'regular', TYPE.body);
  const labelWidth = layout.width * KEY_SHARE;
  const valueWidth = layout.width - labelWidth - COLUMN_GAP;
  const lines = Math.max(
    linesOf(row.label, label, labelWidth).length,
    linesOf(row.value, value, valueWidth).length,
    1,
  );
  return lines * value.lineHeight;
}

const CELL_PADDING = 4;

/** The width of each column of a table, in points. */
function columnWidths(block: BlockOf<'table'>, width: number): number[] {
  const count = block.columns.length;
  const fractions =
    block.widths?.length === count ? block.widths : block.columns.map(() => 1 / count);
  return fractions.map((fraction) => fraction * width);
}

export const tableRenderer: BlockRenderer<BlockOf<'table'>> = {
  draw(block, layout) {
    const header = styleOf(layout, 'bold', TYPE.small + 0.5);
    const cell = styleOf(layout, 'regular', TYPE.small + 0.5);
    const widths = columnWidths(block, layout.width);
    const lefts = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0));

    const drawRow = (cells: string[], style: typeof cell, shaded: boolean) => {
      const lines = widths.map((width, i) =>
        linesOf(cells[i] ?? '', style, width - 2 * CELL_PADDING),
      );
      const height =
        Math.max(1, ...lines.map((l) => l.length)) * style.lineHeight + 2 * CELL_PADDING;
      if (shaded) {
        layout.page.drawRectangle({
          x: layout.left,
          y: layout.y - height,
          width: layout.width,
          height,
          color: COLOR.brandTint,
        });
      }
      lines.forEach((cellLines, column) => {
        cellLines.forEach((line, i) => {
          const top = layout.y - CELL_PADDING - i * style.lineHeight;
          drawLine(layout, line, style, (lefts[column] ?? 0) + CELL_PADDING, top);
        });
      });
      layout.y -= height;
      layout.page.drawLine({
        start: { x: layout.left, y: layout.y },
        end: { x: layout.left + layout.width, y: layout.y },
        thickness: 0.5,
        color: COLOR.line,
      });
    };
    const rowHeight = (cells: string[], style: typeof cell) =>
      Math.max(
        1,
        ...widths.map((w, i) => linesOf(cells[i] ?? '', style, w - 2 * CELL_PADDING).length),
      ) *
        style.lineHeight +
      2 * CELL_PADDING;

    addGap(layout, GAP.block);
    const first = block.rows[0];
    ensureSpace(layout, rowHeight(block.columns, header) + (first ? rowHeight(first, cell) : 0));
    drawRow(block.columns, header, true);
    for (const row of block.rows) {
      const height = rowHeight(row, cell);
      if (height > remaining(layout) && height <= CONTENT_HEIGHT - 40) {
        addPage(layout);
        drawRow(block.columns, header, true);
      }
      drawRow(row, cell, false);
    }
  },
  lead(block, layout) {
    const header = styleOf(layout, 'bold', TYPE.small + 0.5);
    const cell = styleOf(layout, 'regular', TYPE.small + 0.5);
    const widths = columnWidths(block, layout.width);
    const height = (cells: string[], style: typeof cell) =>
      Math.max(
        1,
        ...widths.map((w, i) => linesOf(cells[i] ?? '', style, w - 2 * CELL_PADDING).length),
      ) *
        style.lineHeight +
      2 * CELL_PADDING;
    const first = block.rows[0];
    return GAP.block + height(block.columns, header) + (first ? height(first, cell) : 0);
  },
};

const CALLOUT_PADDING = 9;
const CALLOUT_BAR = 3;

export const calloutRenderer: BlockRenderer<BlockOf<'callout'>> = {
  draw(block, layout) {
    const title = styleOf(layout, 'bold', TYPE.body);
    const text = styleOf(layout, 'regular', TYPE.body);
    const inner = layout.width - 2 * CALLOUT_PADDING - CALLOUT_BAR;
    const titleLines = block.title ? linesOf(block.title, title, inner) : [];
    const textLines = linesOf(block.text, text, inner);
    const height =
      titleLines.length * title.lineHeight +
      textLines.length * text.lineHeight +
      2 * CALLOUT_PADDING;
    addGap(layout, GAP.block + 2);
    const x = layout.left + CALLOUT_BAR + CALLOUT_PADDING;
    if (height > CONTENT_HEIGHT) {
      drawLines(layout, titleLines, title, x);
      drawLines(layout, textLines, text, x);
      return;
    }
    ensureSpace(layout, height);
    const tint = { info: COLOR.brandTint, warning: COLOR.warningTint, success: COLOR.successTint };
    const bottom = layout.y - height;
    layout.page.drawRectangle({
      x: layout.left,
      y: bottom,
      width: layout.width,
      height,
      color: tint[block.tone],
    });
    layout.page.drawRectangle({
      x: layout.left,
      y: bottom,
      width: CALLOUT_BAR,
      height,
      color: COLOR[block.tone],
    });
    layout.y -= CALLOUT_PADDING;
    drawLines(layout, titleLines, title, x);
    drawLines(layout, textLines, text, x);
    layout.y = bottom - 2;
  },
  lead(block, layout) {
    const text = styleOf(layout, 'regular', TYPE.body);
    const inner = layout.width - 2 * CALLOUT_PADDING - CALLOUT_BAR;
    const lines =
      linesOf(block.text, text, inner).length +
      (block.title ? linesOf(block.title, text, inner).length : 0);
    return Math.min(GAP.block + 2 + lines * text.lineHeight + 2 * CALLOUT_PADDING, CONTENT_HEIGHT);
  },
};

export const spacerRenderer: BlockRenderer<BlockOf<'spacer'>> = {
  draw(block, layout) {
    addGap(layout, Math.max(0, block.size));
  },
  lead: () => 0,
};

export const pageBreakRenderer: BlockRenderer<BlockOf<'pageBreak'>> = {
  draw(_block, layout) {
    if (!layout.atPageTop) addPage(layout);
  },
  lead: () => 0,
};
