import type { AssessmentCatalog, AssessmentResult } from '../../domain/assessment/index.ts';
import { buildAssessmentReport } from '../../domain/assessment/pdf-document.ts';
import type { ReportMessages } from '../../domain/assessment/pdf-document.ts';
import { renderPdfInBrowser } from '../pdf/render-in-browser.ts';
import { downloadBlob } from '../download.ts';
import type { Locale } from '../../domain/text/index.ts';

/**
 * Builds and downloads the PDF report in the browser. Loaded with `await import()` on click, so
 * pdf-lib and the fonts stay out of the wizard's first download.
 */
export async function downloadReport(input: {
  result: AssessmentResult;
  catalog: AssessmentCatalog;
  locale: Locale;
  messages: ReportMessages;
  date: Date;
  fileName: string;
}): Promise<void> {
  const blob = await renderPdfInBrowser(buildAssessmentReport(input));
  downloadBlob(blob, input.fileName);
}
