import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { documentLabels } from '../../domain/job-description/labels.ts';
import type { JobDescriptionView, ViewItem } from '../../domain/job-description/present.ts';

/**
 * The job description as a Word file (`.docx`) HR can edit and post: the same view as the page and
 * the PDF, written with the maintained `docx` library. Headings keep with the next paragraph and
 * table rows do not split across pages, so Word never leaves a heading alone at a page's foot.
 */

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'D9DDE3' } as const;
const CELL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders: CELL_BORDERS,
    children: [new Paragraph({ keepLines: true, children: [new TextRun({ text, bold })] })],
  });
}

function childrenOf(item: ViewItem, levelColumns: readonly string[], colon: string): FileChild[] {
  switch (item.type) {
    case 'paragraph':
      return [new Paragraph({ text: item.text })];
    case 'list':
      return [
        ...(item.title
          ? [new Paragraph({ text: item.title, heading: HeadingLevel.HEADING_3, keepNext: true })]
          : []),
        ...item.items.map((entry) => new Paragraph({ text: entry, bullet: { level: 0 } })),
      ];
    case 'facts':
      return item.rows.map(
        (row) =>
          new Paragraph({
            keepLines: true,
            children: [
              new TextRun({ text: `${row.label}${colon}`, bold: true }),
              new TextRun(row.value),
            ],
          }),
      );
    case 'levels':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: levelColumns.map((label, i) => cell(label, [27, 17, 56][i] ?? 33, true)),
            }),
            ...item.rows.map(
              (row) =>
                new TableRow({
                  cantSplit: true,
                  children: [
                    cell(row.label, 27),
                    cell(row.note ? `${row.levelText}, ${row.note}` : row.levelText, 17),
                    cell(row.descriptor, 56),
                  ],
                }),
            ),
          ],
        }),
      ];
  }
}

/** Renders the view as the bytes of a `.docx` file. */
export async function renderJobDescriptionDocx(
  view: JobDescriptionView,
  company: string,
): Promise<Uint8Array> {
  const labels = documentLabels(view.locale);
  const language = view.locale === 'fr' ? 'fr-FR' : 'en-GB';
  const colon = view.locale === 'fr' ? '\u00a0: ' : ': ';
  const document = new Document({
    creator: company,
    title: view.title,
    subject: labels.page,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: language } } } },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: view.title, heading: HeadingLevel.TITLE, keepNext: true }),
          new Paragraph({
            alignment: AlignmentType.LEFT,
            children: [new TextRun({ text: view.subtitle, color: '4A5565' })],
          }),
          ...view.sections.flatMap((section) => [
            new Paragraph({
              text: section.heading,
              heading: HeadingLevel.HEADING_2,
              keepNext: true,
            }),
            ...section.items.flatMap((item) =>
              childrenOf(item, item.type === 'levels' ? labels.levelColumns[item.kind] : [], colon),
            ),
          ]),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
