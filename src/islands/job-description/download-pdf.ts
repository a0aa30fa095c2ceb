import type { JobDescriptionView } from '../../domain/job-description/present.ts';
import { buildJobDescriptionPdfModel } from '../../domain/job-description/pdf-document.ts';
import { downloadBlob } from '../download.ts';
import { renderPdfInBrowser } from '../pdf/render-in-browser.ts';

/**
 * Renders the job description's PDF in the browser and offers it as a download. Loaded with
 * `await import()` when someone asks for the PDF, so pdf-lib and the fonts stay out of the
 * builder's first load.
 */
export async function downloadJobDescriptionPdf(
  view: JobDescriptionView,
  company: string,
  fileName: string,
  format: 'full' | 'ad' = 'full',
): Promise<void> {
  const blob = await renderPdfInBrowser(buildJobDescriptionPdfModel(view, company, format));
  downloadBlob(blob, fileName);
}
