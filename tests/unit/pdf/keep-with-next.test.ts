import { describe, expect, test } from 'vitest';
import { composeJobDescription } from '../../../src/domain/job-description/compose.ts';
import {
  presentJobAd,
  presentJobDescription,
} from '../../../src/domain/job-description/present.ts';
import { buildJobDescriptionPdfModel } from '../../../src/domain/job-description/pdf-document.ts';
import type { PdfBlock, PdfDocumentModel } from '../../../src/domain/pdf/model.ts';
import { renderPdf } from '../../../src/domain/pdf/render.ts';
import { loadPdfFonts } from '../../../src/server/pdf-fonts.ts';
import { catalog, cleanJobDescription } from '../job-description/fixtures.ts';

/** Where every drawn line landed: its text and page, in drawing order. */
async function placements(model: PdfDocumentModel) {
  const lines: { text: string; page: number }[] = [];
  await renderPdf(model, await loadPdfFonts(), {
    now: new Date('2026-01-01'),
    onLine: (text, page) => lines.push({ text, page }),
  });
  return lines;
}

const LONG =
  'Une phrase assez longue pour tenir sur plusieurs lignes de la colonne de texte, avec des mots ordinaires et une fin qui passe à la ligne suivante sans difficulté aucune.';

/** What may follow a heading: each kind of block, with a first part taller than one line. */
const FOLLOWERS: Record<string, PdfBlock> = {
  paragraph: { type: 'paragraph', text: `${LONG} ${LONG}` },
  bullets: { type: 'bullets', items: [`${LONG} ${LONG}`, 'Court'] },
  keyValue: { type: 'keyValue', rows: [{ label: 'Rémunération', value: `${LONG} ${LONG}` }] },
  table: {
    type: 'table',
    columns: ['Compétence', 'Niveau', 'Ce que cela veut dire'],
    widths: [0.27, 0.17, 0.56],
    rows: [['Empathie', 'niveau 3', `${LONG} ${LONG}`]],
  },
  callout: { type: 'callout', tone: 'info', title: 'À savoir', text: LONG },
};

describe('keep-with-next in the PDF renderer', () => {
  test.each(Object.keys(FOLLOWERS))(
    'a heading followed by a %s never ends a page alone, wherever it falls',
    async (kind) => {
      const follower = FOLLOWERS[kind] as PdfBlock;
      const stranded: number[] = [];
      // Slide the heading down the first page, 6 points at a time, through the page's end.
      for (let offset = 560; offset <= 720; offset += 6) {
        const lines = await placements({
          title: 'Essai',
          author: 'Test',
          language: 'fr',
          blocks: [
            { type: 'spacer', size: offset },
            { type: 'heading', level: 1, text: 'TITRE-GARDÉ' },
            follower,
          ],
        });
        const at = lines.findIndex((line) => line.text === 'TITRE-GARDÉ');
        const next = lines[at + 1];
        if (!next || next.page !== lines[at]?.page) stranded.push(offset);
      }
      expect(stranded).toEqual([]);
    },
  );

  test('the last label–value row never starts a page alone', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ label: `Ligne ${i}`, value: LONG }));
    const widows: number[] = [];
    for (let offset = 380; offset <= 700; offset += 6) {
      const lines = await placements({
        title: 'Essai',
        author: 'Test',
        language: 'fr',
        blocks: [
          { type: 'spacer', size: offset },
          { type: 'keyValue', rows },
        ],
      });
      const page = (label: string) => lines.find((line) => line.text === label)?.page;
      if (page('Ligne 6') !== page('Ligne 5')) widows.push(offset);
    }
    expect(widows).toEqual([]);
  });
});

/** Every heading of `model` and whether the line drawn after it is on the same page. */
async function strandedHeadings(model: PdfDocumentModel): Promise<string[]> {
  const headings = new Set(
    model.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : [])),
  );
  const lines = await placements(model);
  return lines.flatMap((line, index) =>
    headings.has(line.text) && lines[index + 1]?.page !== line.page ? [line.text] : [],
  );
}

describe('job-description PDFs', () => {
  const drafts = ['manager', 'animator', 'expert'].flatMap((role) =>
    (['fr', 'en'] as const).map((locale) => ({ role, locale })),
  );

  test.each(drafts)('no heading ends a page of the $role template ($locale)', async (draft) => {
    const jd = composeJobDescription({ ...draft, company: { name: 'Acme' } }, catalog);
    const model = buildJobDescriptionPdfModel(presentJobDescription(jd, catalog), 'Acme');
    expect(await strandedHeadings(model)).toEqual([]);
  });

  test.each(drafts)('the $role ad ($locale) fits on one page, salary included', async (draft) => {
    const jd = cleanJobDescription({
      role: draft.role,
      locale: draft.locale,
      salary: { min: 32000, max: 38000, currency: 'EUR', period: 'YEAR' },
    });
    const model = buildJobDescriptionPdfModel(presentJobAd(jd, catalog), 'Acme', 'ad');
    const lines = await placements(model);
    expect(new Set(lines.map((line) => line.page))).toEqual(new Set([0]));
    expect(lines.some((line) => /32[\s,]000/.test(line.text))).toBe(true);
  });
});
