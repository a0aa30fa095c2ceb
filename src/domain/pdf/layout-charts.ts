import type { BlockOf, BlockRenderer } from './layout-blocks.ts';
import {
  addGap,
  COLOR,
  drawLine,
  ensureSpace,
  linesOf,
  styleOf,
  TYPE,
  type Layout,
} from './layout-page.ts';
import { formatNumber, type Locale } from '../text/index.ts';

const BAR_LABEL_SHARE = 0.38;
const BAR_VALUE_WIDTH = 58;
const BAR_THICKNESS = 7;
const BAR_GAP = 6;

/** A value clamped to [0, max] as a fraction; 0 when max is not positive. */
function fractionOf(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value / max));
}

/** Formats a number with at most one decimal, in the document's locale. */
function formatValue(value: number, language: Locale): string {
  return formatNumber(value, language);
}

/** Horizontal bars: a label, a track with the value's share filled, and the value. */
export function createBarsRenderer(language: Locale): BlockRenderer<BlockOf<'bars'>> {
  return {
    draw(block, layout) {
      const label = styleOf(layout, 'regular', TYPE.body);
      const value = styleOf(layout, 'bold', TYPE.body);
      const labelWidth = layout.width * BAR_LABEL_SHARE;
      const trackX = layout.left + labelWidth + 10;
      const trackWidth = layout.width - labelWidth - 10 - BAR_VALUE_WIDTH;
      addGap(layout, 7);
      for (const item of block.items) {
        const lines = linesOf(item.label, label, labelWidth);
        const height = Math.max(1, lines.length) * label.lineHeight + BAR_GAP;
        ensureSpace(layout, height);
        const top = layout.y;
        lines.forEach((line, i) => {
          drawLine(layout, line, label, layout.left, top - i * label.lineHeight);
        });
        const barY = top - label.lineHeight / 2 - BAR_THICKNESS / 2;
        layout.page.drawRectangle({
          x: trackX,
          y: barY,
          width: trackWidth,
          height: BAR_THICKNESS,
          color: COLOR.brandTint,
        });
        const filled = trackWidth * fractionOf(item.value, item.max);
        if (filled > 0) {
          layout.page.drawRectangle({
            x: trackX,
            y: barY,
            width: filled,
            height: BAR_THICKNESS,
            color: COLOR.brand,
          });
        }
        const shown = item.valueLabel ?? formatValue(item.value, language);
        drawLine(layout, shown, value, layout.left + layout.width, top, 'right');
        layout.y = top - height;
      }
    },
    lead: (_block, layout) => 7 + styleOf(layout, 'regular', TYPE.body).lineHeight + BAR_GAP,
  };
}

const RADAR_RADIUS = 92;
const RADAR_LABEL_GAP = 10;
const RADAR_LABEL_WIDTH = 120;
const RADAR_MARGIN = 34;

/** The SVG path of a closed polygon through `points` (SVG coordinates: y grows downwards). */
function polygonPath(points: [number, number][]): string {
  return `${points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(2)} ${y.toFixed(2)}`)
    .join(' ')} Z`;
}

/** The whole height a radar block takes. */
function radarHeight(block: BlockOf<'radar'>, layout: Layout): number {
  const caption = block.caption ? styleOf(layout, 'regular', TYPE.small).lineHeight * 2 : 0;
  return 10 + 2 * (RADAR_RADIUS + RADAR_MARGIN) + caption;
}

/** A spider chart: rings for each step of the scale, one axis per item, the values' polygon. */
export const radarRenderer: BlockRenderer<BlockOf<'radar'>> = {
  draw(block, layout) {
    const count = block.axes.length;
    if (count < 3) return;
    ensureSpace(layout, radarHeight(block, layout));
    addGap(layout, 10);
    const cx = layout.left + layout.width / 2;
    const cy = layout.y - RADAR_MARGIN - RADAR_RADIUS;
    const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / count;
    const at = (i: number, r: number): [number, number] => [
      r * Math.cos(angle(i)),
      r * Math.sin(angle(i)),
    ];
    const steps = Number.isInteger(block.max) && block.max <= 5 && block.max > 0 ? block.max : 4;
    for (let step = 1; step <= steps; step++) {
      const r = (RADAR_RADIUS * step) / steps;
      layout.page.drawSvgPath(polygonPath(block.axes.map((_, i) => at(i, r))), {
        x: cx,
        y: cy,
        borderColor: COLOR.line,
        borderWidth: 0.6,
      });
    }
    block.axes.forEach((_, i) => {
      const [x, y] = at(i, RADAR_RADIUS);
      layout.page.drawLine({
        start: { x: cx, y: cy },
        end: { x: cx + x, y: cy - y },
        thickness: 0.5,
        color: COLOR.line,
      });
    });
    const values = block.axes.map((axis, i) =>
      at(i, RADAR_RADIUS * fractionOf(axis.value, block.max)),
    );
    layout.page.drawSvgPath(polygonPath(values), {
      x: cx,
      y: cy,
      color: COLOR.brand,
      opacity: 0.25,
      borderColor: COLOR.brand,
      borderWidth: 1.4,
    });
    const label = styleOf(layout, 'regular', TYPE.small, COLOR.ink);
    block.axes.forEach((axis, i) => {
      const [x, y] = at(i, RADAR_RADIUS + RADAR_LABEL_GAP);
      const cos = Math.cos(angle(i));
      const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
      const lines = linesOf(axis.label, label, RADAR_LABEL_WIDTH).slice(0, 2);
      const sin = Math.sin(angle(i));
      const blockHeight = lines.length * label.lineHeight;
      const top = cy - y + (sin < -0.2 ? blockHeight : sin > 0.2 ? 0 : blockHeight / 2);
      lines.forEach((line, n) => {
        drawLine(layout, line, label, cx + x, top - n * label.lineHeight, align);
      });
    });
    layout.y = cy - RADAR_RADIUS - RADAR_MARGIN;
    if (block.caption) {
      const caption = styleOf(layout, 'regular', TYPE.small, COLOR.soft);
      for (const line of linesOf(block.caption, caption, layout.width)) {
        drawLine(layout, line, caption, cx, layout.y, 'center');
        layout.y -= caption.lineHeight;
      }
    }
  },
  lead: (block, layout) => radarHeight(block, layout),
};
