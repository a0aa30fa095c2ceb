import { PDFDocument, type PDFFont } from 'pdf-lib';
import { fontkitAdapter } from './fontkit-adapter.ts';
import {
  bulletsRenderer,
  calloutRenderer,
  headingRenderer,
  keyValueRenderer,
  pageBreakRenderer,
  paragraphRenderer,
  spacerRenderer,
  tableRenderer,
  type BlockOf,
  type BlockRenderer,
} from './layout-blocks.ts';
import { createBarsRenderer, radarRenderer } from './layout-charts.ts';
import {
  addPage,
  COLOR,
  CONTENT_HEIGHT,
  CONTENT_TOP,
  drawLine,
  drawLines,
  ensureSpace,
  linesOf,
  MARGIN,
  PAGE_SIZE,
  styleOf,
  TYPE,
  type Layout,
} from './layout-page.ts';
import type { PdfBlock, PdfDocumentModel, PdfFonts } from './model.ts';
import { localeTag, type Locale } from '../text/index.ts';

/** One renderer per block type; the compiler checks that every type has one. */
type Renderers = { [T in PdfBlock['type']]: BlockRenderer<BlockOf<T>> };

function renderersFor(language: Locale): Renderers {
  return {
    heading: headingRenderer,
    paragraph: paragraphRenderer,
    bullets: bulletsRenderer,
    keyValue: keyValueRenderer,
    table: tableRenderer,
    bars: createBarsRenderer(language),
    radar: radarRenderer,
    callout: calloutRenderer,
    spacer: spacerRenderer,
    pageBreak: pageBreakRenderer,
  };
}

/** Draws `block` with the renderer of its type. */
function drawBlock(renderers: Renderers, block: PdfBlock, layout: Layout): void {
  (renderers[block.type] as BlockRenderer<PdfBlock>).draw(block, layout);
}

/** The room `block` needs at the top of a page, used to keep a heading with what follows. */
function leadOf(renderers: Renderers, block: PdfBlock, layout: Layout): number {
  return (renderers[block.type] as BlockRenderer<PdfBlock>).lead(block, layout);
}

/** The page-number label in the document's language. */
export function pageLabel(language: Locale, page: number, total: number): string {
  return language === 'fr' ? `Page ${page} / ${total}` : `Page ${page} of ${total}`;
}

function drawTitle(model: PdfDocumentModel, layout: Layout): void {
  const title = styleOf(layout, 'bold', TYPE.title, COLOR.ink);
  drawLines(layout, linesOf(model.title, title, layout.width), title, layout.left);
  if (model.subtitle) {
    const subtitle = styleOf(layout, 'regular', TYPE.subtitle, COLOR.soft);
    layout.y -= 2;
    drawLines(layout, linesOf(model.subtitle, subtitle, layout.width), subtitle, layout.left);
  }
  layout.y -= 6;
}

function drawFooters(model: PdfDocumentModel, layout: Layout): void {
  const style = styleOf(layout, 'regular', TYPE.footer, COLOR.soft);
  const pages = layout.doc.getPages();
  const top = MARGIN.bottom - 26;
  pages.forEach((page, index) => {
    layout.page = page;
    const number = pageLabel(model.language, index + 1, pages.length);
    const right = PAGE_SIZE[0] - MARGIN.right;
    page.drawLine({
      start: { x: MARGIN.left, y: top + 6 },
      end: { x: right, y: top + 6 },
      thickness: 0.5,
      color: COLOR.line,
    });
    drawLine(layout, number, style, right, top, 'right');
    if (model.footer) {
      const room = layout.width - style.measure(number) - 16;
      const [first] = linesOf(model.footer, style, room);
      if (first) drawLine(layout, first, style, MARGIN.left, top);
    }
  });
}

/** The share of the usual space between blocks that a compact document keeps. */
const COMPACT_GAPS = 0.55;

/** Options that make output reproducible in tests. */
export interface RenderOptions {
  /** Creation and modification date stored in the metadata; now by default. */
  now?: Date;
  /** Called with every line of text drawn in the body and its page (0-based), for tests. */
  onLine?: (text: string, page: number) => void;
}

/**
 * Renders `model` as an A4 PDF with the two fonts embedded as subsets, page numbers in the
 * footer and the document metadata (title, author, subject, keywords, language, producer, dates).
 * Pure apart from the clock: the same code runs on the server and in the browser.
 */
export async function renderPdf(
  model: PdfDocumentModel,
  fonts: PdfFonts,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkitAdapter as never);
  const [regular, bold]: PDFFont[] = await Promise.all([
    doc.embedFont(fonts.regular, { subset: true }),
    doc.embedFont(fonts.bold, { subset: true }),
  ]);
  const now = options.now ?? new Date();
  doc.setTitle(model.title, { showInWindowTitleBar: true });
  doc.setAuthor(model.author);
  if (model.subject) doc.setSubject(model.subject);
  if (model.keywords && model.keywords.length > 0) doc.setKeywords(model.keywords);
  doc.setLanguage(localeTag(model.language));
  doc.setProducer("Trait d'union (pdf-lib)");
  doc.setCreator("Trait d'union");
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const page = doc.addPage(PAGE_SIZE);
  const layout: Layout = {
    doc,
    page,
    y: CONTENT_TOP,
    left: MARGIN.left,
    width: PAGE_SIZE[0] - MARGIN.left - MARGIN.right,
    regular: regular as PDFFont,
    bold: bold as PDFFont,
    regularKey: fonts.regular,
    boldKey: fonts.bold,
    atPageTop: true,
    onLine: options.onLine,
    gapScale: model.density === 'compact' ? COMPACT_GAPS : 1,
  };
  drawTitle(model, layout);

  const renderers = renderersFor(model.language);
  /** A heading's own room plus that of what follows it (through consecutive headings). */
  const keepRoom = (index: number): number => {
    const block = model.blocks[index];
    if (!block || block.type === 'pageBreak') return 0;
    const own = Math.max(0, leadOf(renderers, block, layout));
    return block.type === 'heading' ? own + keepRoom(index + 1) : own;
  };
  model.blocks.forEach((block, index) => {
    if (block.type === 'heading') ensureSpace(layout, Math.min(keepRoom(index), CONTENT_HEIGHT));
    drawBlock(renderers, block, layout);
  });
  if (layout.doc.getPageCount() === 0) addPage(layout);
  layout.onLine = undefined;
  drawFooters(model, layout);
  return doc.save();
}
