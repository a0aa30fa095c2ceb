import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import {
  buildInterviewGuide,
  CompetencyModelSchema,
  CandidateProfileSchema,
} from '../../../src/domain/campaign/index.ts';
import {
  buildGuideDocument,
  GUIDE_MESSAGE_KEYS,
  guidePdfFileName,
} from '../../../src/domain/campaign/guide-pdf-document.ts';
import { renderPdf } from '../../../src/domain/pdf/render.ts';
import type { PdfBlock } from '../../../src/domain/pdf/model.ts';
import type { Locale } from '../../../src/domain/text/index.ts';
import { pickMessages } from '../../../src/i18n/index.ts';
import { loadPdfFonts } from '../../../src/server/pdf-fonts.ts';
import { loadInterviewContent } from '../../helpers/load-interview.ts';
import { hasTool, run, writeTempPdf } from '../pdf/pdf-fixtures.ts';

const content = loadInterviewContent();

// Know-how listed first and a tool in the model, so the document's order and the tool line are
// what is tested, not the input's.
const MODEL = CompetencyModelSchema.parse([
  { skill: 'reporting', level: 2, weight: 'relative' },
  { skill: 'empathy', level: 3, weight: 'mandatory' },
  { skill: 'stress-conflict', level: 3, weight: 'mandatory' },
]);
const PROFILE = CandidateProfileSchema.parse({
  levels: { empathy: 2, 'stress-conflict': 3, reporting: 2 },
  flags: [{ kind: 'careless', skills: [] }],
});

function documentFor(
  locale: Locale,
  options: { jurisdiction?: 'fr' | 'qc' | 'other'; candidate?: boolean } = {},
) {
  const guide = buildInterviewGuide(
    content,
    MODEL,
    options.jurisdiction ?? 'fr',
    locale,
    options.candidate ? PROFILE : undefined,
  );
  return buildGuideDocument({
    guide: { ...guide, notInterviewed: ['canva'] },
    messages: pickMessages(locale, GUIDE_MESSAGE_KEYS),
    job: 'Animateur·rice de communauté',
    organisation: 'Maison Lumière',
    candidateLabel: options.candidate ? 'Candidat·e A' : null,
    toolLabels: { canva: 'Canva' },
    date: new Date('2026-11-30T10:00:00Z'),
  });
}

const headings = (blocks: PdfBlock[], level: 1 | 2 | 3) =>
  blocks.flatMap((block) =>
    block.type === 'heading' && block.level === level ? [block.text] : [],
  );
const allText = (blocks: PdfBlock[]) =>
  blocks
    .map((block) =>
      block.type === 'paragraph' || block.type === 'heading'
        ? block.text
        : block.type === 'callout'
          ? `${block.title ?? ''} ${block.text}`
          : block.type === 'bullets'
            ? block.items.join(' ')
            : block.type === 'table'
              ? block.rows.flat().join(' ')
              : '',
    )
    .join('\n');

describe('buildGuideDocument', () => {
  test('puts savoir-être and savoir-agir first, then savoir-faire, then the forbidden box', () => {
    const model = documentFor('fr');
    expect(headings(model.blocks, 1)).toEqual([
      'Savoir-être et savoir-agir',
      'Savoir-faire',
      'Questions à ne jamais poser',
    ]);
    expect(model.blocks.at(-1)).toMatchObject({ type: 'callout', tone: 'warning' });
    expect(headings(model.blocks, 2).slice(0, 2)).toEqual(
      buildInterviewGuide(content, MODEL, 'fr', 'fr')
        .competencies.slice(0, 2)
        .map((c) => c.label),
    );
  });

  test('asks two questions per competency, each with its STAR follow-ups', () => {
    const model = documentFor('en');
    const questions = headings(model.blocks, 3).filter((text) => text.startsWith('Question'));
    expect(questions).toHaveLength(2 * MODEL.length);
    const followUps = model.blocks.filter(
      (block) => block.type === 'paragraph' && block.text.startsWith('Follow-ups'),
    );
    expect(followUps).toHaveLength(2 * MODEL.length);
  });

  test('anchors each rating scale on the four level descriptors and marks the required level', () => {
    const model = documentFor('fr');
    const scales = model.blocks.filter((block) => block.type === 'table');
    expect(scales).toHaveLength(MODEL.length);
    const empathy = content.skills.find((skill) => skill.id === 'empathy');
    const first = scales[0];
    if (first?.type !== 'table' || !empathy) throw new Error('no scale');
    expect(first.rows.map((row) => row[1])).toEqual(empathy.levels.map((level) => level.fr));
    expect(first.rows.map((row) => row[0])).toEqual(['1', '2', '3 (niveau requis)', '4']);
  });

  test('cites L1132-1 for a French job and the Charte art. 18.1 for a Québec job', () => {
    const fr = allText(documentFor('fr').blocks);
    expect(fr).toContain('Code du travail, art. L1132-1');
    expect(fr).not.toContain('18.1');
    const qc = allText(documentFor('fr', { jurisdiction: 'qc' }).blocks);
    expect(qc).toContain('Charte des droits et libertés de la personne, art. 18.1');
    expect(qc).not.toContain('L1132-1');
  });

  test('a candidate’s guide adds the gap probes and the caution probes; the campaign’s does not', () => {
    const campaignWide = allText(documentFor('fr').blocks);
    expect(campaignWide).not.toContain('Écart à vérifier');
    expect(campaignWide).not.toContain('Points de vigilance');
    const candidate = documentFor('fr', { candidate: true });
    const text = allText(candidate.blocks);
    expect(text.match(/Écart à vérifier/g)).toHaveLength(1);
    expect(text).toContain('Questionnaire rempli trop vite');
    expect(candidate.subtitle).toContain('Pour\u00a0: Candidat·e A');
  });

  test('separates references with each language’s semicolon', () => {
    expect(allText(documentFor('fr').blocks)).toMatch(
      /art\. L1132-1[\u00a0\u202f]; Code du travail/,
    );
    expect(allText(documentFor('en').blocks)).toContain('art. L1132-1; Code du travail');
  });

  test('names the tools left to the self-assessment by their labels', () => {
    expect(allText(documentFor('en').blocks)).toContain(
      'Tools measured by the self-assessment, not interviewed on: Canva',
    );
  });

  test('names the file after the guide, the job and the candidate', () => {
    const messages = pickMessages('fr', GUIDE_MESSAGE_KEYS);
    expect(guidePdfFileName(messages, 'Animateur·rice (F/H)', 'Candidat·e A')).toBe(
      'guide-entretien-animateur-rice-candidat-e-a.pdf',
    );
    expect(guidePdfFileName(pickMessages('en', GUIDE_MESSAGE_KEYS), 'Manager', null)).toBe(
      'interview-guide-manager.pdf',
    );
  });
});

describe('interview guide PDF', () => {
  test('renders in both languages with its title in the metadata', async () => {
    const fonts = await loadPdfFonts();
    for (const locale of ['fr', 'en'] as const) {
      const model = documentFor(locale, { candidate: true });
      const pdf = await PDFDocument.load(await renderPdf(model, fonts));
      expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
      expect(pdf.getTitle()).toBe(model.title);
    }
  });

  test.skipIf(!hasTool('pdftotext'))(
    'keeps each competency heading on the page of its first question (needs pdftotext)',
    async () => {
      const model = documentFor('fr', { candidate: true });
      const file = writeTempPdf(await renderPdf(model, await loadPdfFonts()));
      const pages = run('pdftotext', [file, '-']).split('\f');
      for (const label of headings(model.blocks, 2)) {
        const page = pages.find((text) => text.includes(label));
        expect(page, label).toBeDefined();
        const after = page?.slice(page.indexOf(label)) ?? '';
        expect(after, label).toContain('Question 1');
      }
    },
  );
});
