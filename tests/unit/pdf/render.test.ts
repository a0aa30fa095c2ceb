import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { wrapText } from '../../../src/domain/pdf/layout-text.ts';
import type { PdfDocumentModel } from '../../../src/domain/pdf/model.ts';
import { pageLabel, renderPdf } from '../../../src/domain/pdf/render.ts';
import { loadPdfFonts } from '../../../src/server/pdf-fonts.ts';
import { hasTool, run, writeTempPdf } from './pdf-fixtures.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** A French document that uses every block type and the characters French needs. */
const SAMPLE = {
  title: 'Fiche de poste : Animateur / Animatrice de communauté (F/H)',
  subtitle: 'Société « Cœur & Cie », Lyon',
  author: "Trait d'union",
  subject: 'Test du moteur PDF',
  language: 'fr',
  keywords: ['communauté', 'fiche de poste'],
  footer: 'Cœur & Cie — document de test',
  blocks: [
    { type: 'heading', level: 1, text: 'Objectif du poste' },
    {
      type: 'paragraph',
      text: `Faire grandir l’espace d’entraide des client·es${NNBSP}: 12${NNBSP}500${NBSP}€ de budget annuel, « réponse en moins de 24${NBSP}h${NNBSP}».`,
    },
    { type: 'bullets', items: ['Modérer les échanges', 'Préparer l’œuvre collective à Noël'] },
    {
      type: 'keyValue',
      rows: [
        { label: 'Contrat', value: 'CDI, temps plein' },
        { label: 'Rémunération', value: `38${NNBSP}000 – 45${NNBSP}000${NBSP}€ brut par an` },
      ],
    },
    {
      type: 'table',
      columns: ['Compétence', 'Niveau', 'Poids'],
      rows: [
        ['Empathie', '3 / 4', 'obligatoire'],
        ['Rédaction', '4 / 4', 'obligatoire'],
      ],
      widths: [0.5, 0.25, 0.25],
    },
    { type: 'callout', tone: 'warning', title: 'À vérifier', text: 'Ligne rouge à préciser.' },
    { type: 'spacer', size: 12 },
    {
      type: 'bars',
      items: [
        { label: 'Écoute', value: 3, max: 4 },
        { label: 'Réactivité', value: 2.5, max: 4, valueLabel: '2,5 / 4' },
      ],
    },
    { type: 'pageBreak' },
    { type: 'heading', level: 2, text: 'Profil en étoile' },
    {
      type: 'radar',
      max: 4,
      caption: 'Niveaux déclarés, de 1 à 4',
      axes: [
        { label: 'Empathie', value: 3 },
        { label: 'Rigueur', value: 2 },
        { label: 'Rédaction', value: 4 },
        { label: 'Diplomatie', value: 1 },
        { label: 'Curiosité', value: 3 },
      ],
    },
  ],
} satisfies PdfDocumentModel;

describe('wrapText', () => {
  const measure = (text: string) => text.length * 5;

  test('never breaks at a no-break space or a narrow no-break space', () => {
    const text = `aaaa 12${NNBSP}500${NBSP}€ bbbb${NNBSP}: cccc dddd`;
    for (const width of [50, 60, 70, 80]) {
      const lines = wrapText(text, width, measure);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(line).not.toMatch(/^[:€5]/);
    }
  });

  test('keeps every line within the width and loses no word', () => {
    const text = 'le chat mange la souris verte dans le jardin fleuri de la maison';
    const lines = wrapText(text, 80, measure);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(80);
    expect(lines.join(' ')).toBe(text);
  });

  test('cuts a word longer than the line and honours explicit line breaks', () => {
    expect(wrapText('abcdefghij', 20, measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('un\ndeux', 500, measure)).toEqual(['un', 'deux']);
    expect(wrapText('', 500, measure)).toEqual([]);
  });
});

describe('pageLabel', () => {
  test('is localised', () => {
    expect(pageLabel('fr', 2, 3)).toBe('Page 2 / 3');
    expect(pageLabel('en', 2, 3)).toBe('Page 2 of 3');
  });
});

describe('renderPdf', () => {
  test('produces an A4 document with its metadata, one page per break', async () => {
    const bytes = await renderPdf(SAMPLE, await loadPdfFonts(), {
      now: new Date('2026-11-22T10:00:00Z'),
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(2);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(pdf.getTitle()).toBe(SAMPLE.title);
    expect(pdf.getAuthor()).toBe("Trait d'union");
    expect(pdf.getSubject()).toBe('Test du moteur PDF');
    expect(pdf.getKeywords()).toBe('communauté fiche de poste');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-22T10:00:00.000Z');
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe('fr-FR');
  });

  test('embeds both fonts as subsets, so the file stays small', async () => {
    const bytes = await renderPdf(SAMPLE, await loadPdfFonts());
    expect(bytes.byteLength).toBeLessThan(80_000);
  });

  // Without pdftotext this test cannot look at the pages: it is skipped, and counted and named as
  // skipped by `npm test`, rather than passing without checking anything.
  test.skipIf(!hasTool('pdftotext'))(
    'never leaves a heading alone at the bottom of a page (needs pdftotext)',
    async () => {
      const filler = Array.from({ length: 40 }, (_, i) => ({
        type: 'paragraph' as const,
        text: `Paragraphe ${i + 1} : une ligne de texte pour remplir la page.`,
      }));
      const blocks = [
        ...filler.slice(0, 37),
        { type: 'heading' as const, level: 2 as const, text: 'Titre gardé avec la suite' },
        { type: 'paragraph' as const, text: 'Première ligne de la section.' },
      ];
      const fonts = await loadPdfFonts();
      for (let extra = 0; extra < 6; extra++) {
        const model = { ...SAMPLE, blocks: [...filler.slice(0, extra), ...blocks] };
        const pdf = await renderPdf(model, fonts);
        const pages = run('pdftotext', ['-layout', writeTempPdf(pdf), '-']).split('\f');
        const headingPage = pages.findIndex((text) => text.includes('Titre gardé avec la suite'));
        expect(headingPage).toBeGreaterThanOrEqual(0);
        expect(pages[headingPage]).toContain('Première ligne de la section.');
      }
    },
  );

  test.skipIf(!hasTool('qpdf') || !hasTool('pdffonts') || !hasTool('pdftotext'))(
    'passes qpdf, embeds Inter and gives the accented text back (needs qpdf, poppler-utils)',
    async () => {
      const file = writeTempPdf(await renderPdf(SAMPLE, await loadPdfFonts()));
      expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
      const fonts = run('pdffonts', [file]);
      expect(fonts).toMatch(/Inter-Regular.*CID TrueType.*yes/);
      expect(fonts).toMatch(/Inter-Bold.*CID TrueType.*yes/);
      const text = run('pdftotext', [file, '-']).replace(/[ \n]+/g, ' ');
      for (const expected of [
        'Animateur / Animatrice de communauté (F/H)',
        '« Cœur & Cie »',
        'l’œuvre collective à Noël',
        `12${NNBSP}500${NBSP}€`,
        'Rémunération',
        'Page 1 / 2',
        'Page 2 / 2',
        'Cœur & Cie — document de test',
        'Diplomatie',
      ]) {
        // pdftotext gives no-break spaces back as plain spaces.
        expect(text).toContain(expected.replace(/[\u00a0\u202f]/g, ' '));
      }
    },
  );
});
