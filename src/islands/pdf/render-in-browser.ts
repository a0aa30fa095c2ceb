import type { PdfDocumentModel } from '../../domain/pdf/model.ts';
import { renderPdf } from '../../domain/pdf/render.ts';
import { loadBrowserPdfFonts } from './load-fonts.ts';

/**
 * Renders a document model to a PDF in the browser. Import this module with `await import()` from
 * a click handler, so pdf-lib, fontkit and the fonts stay out of the page's initial bundle.
 */
export async function renderPdfInBrowser(model: PdfDocumentModel): Promise<Blob> {
  const bytes = await renderPdf(model, await loadBrowserPdfFonts());
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
