import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { composeJobDescription } from '../../../src/domain/job-description/compose.ts';
import { presentJobDescription } from '../../../src/domain/job-description/present.ts';
import { buildJobDescriptionPdfModel } from '../../../src/domain/job-description/pdf-document.ts';
import { renderPdf } from '../../../src/domain/pdf/render.ts';
import { loadPdfFonts } from '../../../src/server/pdf-fonts.ts';
import { hasTool, run, writeTempPdf } from '../pdf/pdf-fixtures.ts';
import { catalog, cleanJobDescription } from './fixtures.ts';

describe('buildJobDescriptionPdfModel', () => {
  test('one level-1 heading per section, in the view’s order, with the company as author', () => {
    const jd = cleanJobDescription();
    const view = presentJobDescription(jd, catalog);
    const model = buildJobDescriptionPdfModel(view, jd.company.name);
    const headings = model.blocks.flatMap((block) =>
      block.type === 'heading' && block.level === 1 ? [block.text] : [],
    );
    expect(headings).toEqual(view.sections.map((section) => section.heading));
    expect(model).toMatchObject({ title: jd.title, author: 'Maison Lumière', language: 'fr' });
    const table = model.blocks.find((block) => block.type === 'table');
    expect(table?.type === 'table' && table.columns[0]).toBe('Compétence');
  });
});

describe('job description PDF', () => {
  test.each(['manager', 'animator', 'expert'])(
    'the %s template renders in both languages with its title in the metadata',
    async (role) => {
      const fonts = await loadPdfFonts();
      for (const locale of ['fr', 'en'] as const) {
        const jd = composeJobDescription({ role, locale, company: { name: 'Acme' } }, catalog);
        const model = buildJobDescriptionPdfModel(presentJobDescription(jd, catalog), 'Acme');
        const pdf = await PDFDocument.load(await renderPdf(model, fonts));
        expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
        expect(pdf.getTitle()).toBe(jd.title);
        expect(pdf.getAuthor()).toBe('Acme');
      }
    },
  );

  test.skipIf(!hasTool('pdftotext') || !hasTool('pdffonts') || !hasTool('qpdf'))(
    'is valid, embeds Inter, and gives back the accented French text',
    async () => {
      const jd = cleanJobDescription();
      const model = buildJobDescriptionPdfModel(
        presentJobDescription(jd, catalog),
        jd.company.name,
      );
      const file = writeTempPdf(await renderPdf(model, await loadPdfFonts()));
      expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
      expect(run('pdffonts', [file])).toMatch(/Inter-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/);
      const text = run('pdftotext', [file, '-']).replace(/[ \n]+/g, ' ');
      for (const expected of [
        'Animateur / Animatrice de communauté',
        'Périmètre et règles de décision',
        'Compétences attendues',
        'L’entreprise',
        'Maison Lumière',
        'réponse en moins de 24 heures ouvrées',
        'Page 1 /',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );
});
