import { buildAssessmentReport } from '../../domain/assessment/pdf-document.ts';
import type { AssessmentReportInput } from '../../domain/assessment/pdf-document.ts';
import { renderPdfInBrowser } from '../pdf/render-in-browser.ts';
import { downloadBlob } from '../download.ts';

/**
 * Builds and downloads the PDF report in the browser from the results view model. Loaded with
 * `await import()` on click, so pdf-lib and the fonts stay out of the wizard's first download.
 * The name, if any, goes into the file and nowhere else.
 */
export async function downloadReport(input: AssessmentReportInput & { fileName: string }) {
  const blob = await renderPdfInBrowser(buildAssessmentReport(input));
  downloadBlob(blob, input.fileName);
}
