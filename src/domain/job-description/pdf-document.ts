import { documentLabels, type DocumentLabels } from './labels.ts';
import type { JobDescriptionView, ViewItem } from './present.ts';
import type { PdfBlock, PdfDocumentModel } from '../pdf/model.ts';

/** The PDF blocks of one item of the view. */
function blocksOf(item: ViewItem, labels: DocumentLabels): PdfBlock[] {
  switch (item.type) {
    case 'paragraph':
      return [{ type: 'paragraph', text: item.text }];
    case 'list':
      return [
        ...(item.title ? [{ type: 'heading' as const, level: 3 as const, text: item.title }] : []),
        { type: 'bullets', items: item.items },
      ];
    case 'facts':
      return [{ type: 'keyValue', rows: item.rows }];
    case 'levels':
      return [
        {
          type: 'table',
          columns: [...labels.levelColumns[item.kind]],
          widths: [0.27, 0.17, 0.56],
          rows: item.rows.map((row) => [
            row.label,
            row.note ? `${row.levelText}, ${row.note}` : row.levelText,
            row.descriptor,
          ]),
        },
      ];
  }
}

/**
 * The job description as a PDF document model: the title and the company line on top, one
 * heading per section, lists as bullets, facts as label–value rows, required levels as a table.
 * `format: 'ad'` names the document as the one-page ad (its view comes from `presentJobAd`).
 */
export function buildJobDescriptionPdfModel(
  view: JobDescriptionView,
  company: string,
  format: 'full' | 'ad' = 'full',
): PdfDocumentModel {
  const labels = documentLabels(view.locale);
  const kind = format === 'ad' ? labels.ad : labels.page;
  return {
    title: view.title,
    subtitle: view.subtitle,
    author: company,
    subject: `${kind} — ${view.title}`,
    language: view.locale,
    keywords: [kind, 'community management', company],
    footer: `${kind} · ${company}`,
    density: format === 'ad' ? 'compact' : 'normal',
    blocks: view.sections.flatMap((section) => [
      { type: 'heading' as const, level: 1 as const, text: section.heading },
      ...section.items.flatMap((item) => blocksOf(item, labels)),
    ]),
  };
}
