import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { buildQuestionnaire, evaluateAssessment } from '../../../src/domain/assessment/index.ts';
import {
  buildAssessmentReport,
  REPORT_MESSAGE_KEYS,
} from '../../../src/domain/assessment/pdf-document.ts';
import type { PdfBlock } from '../../../src/domain/pdf/model.ts';
import { renderPdf } from '../../../src/domain/pdf/render.ts';
import { pickMessages } from '../../../src/i18n/index.ts';
import { loadPdfFonts } from '../../../src/server/pdf-fonts.ts';
import { FIXTURE_CATALOG, must, WORKED_ANSWERS } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const result = evaluateAssessment(FIXTURE_CATALOG, questionnaire, {
  version: questionnaire.version,
  answers: { ...WORKED_ANSWERS, 'calm-1': 5, 'calm-2': 5, 'empathy-1': 5, 'empathy-3': 5 },
  context: { targetRole: 'manager' },
  elapsedSeconds: 20,
});
const build = (locale: 'fr' | 'en') =>
  buildAssessmentReport({
    result,
    catalog: FIXTURE_CATALOG,
    locale,
    messages: pickMessages(locale, REPORT_MESSAGE_KEYS),
    date: new Date('2026-11-22T10:00:00Z'),
  });
const ofType = <T extends PdfBlock['type']>(blocks: PdfBlock[], type: T) =>
  blocks.filter((block): block is Extract<PdfBlock, { type: T }> => block.type === type);

describe('buildAssessmentReport', () => {
  test('dates the report in the reader’s language', () => {
    expect(build('fr').subtitle).toBe('Résultat du 22 novembre 2026');
    expect(build('en').subtitle).toBe('Result of 22 November 2026');
    expect(build('fr').language).toBe('fr');
  });

  test('shows the cautions first, as a warning', () => {
    const [, caution] = build('en').blocks;
    expect(caution).toMatchObject({ type: 'callout', tone: 'warning' });
    const text = caution?.type === 'callout' ? caution.text : '';
    expect(text).toContain('about 1 min'); // 20 s for 11 items, 33 s expected
    expect(text).toContain('calm, empathy'); // contradictory pairs, by skill label
  });

  test('numbers the soft skills in the table, and draws them as a radar from three on', () => {
    const [table] = ofType(build('en').blocks, 'table');
    expect(table?.rows.map((row) => row.slice(0, 2))).toEqual([
      ['1', 'calm'],
      ['2', 'empathy'],
    ]);
    // Two axes make no radar; a third soft skill does.
    expect(ofType(build('en').blocks, 'radar')).toEqual([]);
    const third = { ...must(FIXTURE_CATALOG.skills[0], 'empathy'), id: 'curiosity' };
    third.statements = third.statements.map((s) => ({
      ...s,
      id: s.id.replace('empathy', 'curiosity'),
    }));
    const catalog = { ...FIXTURE_CATALOG, skills: [...FIXTURE_CATALOG.skills, third] };
    const wider = buildQuestionnaire(catalog);
    const scored = evaluateAssessment(catalog, wider, {
      version: wider.version,
      answers: { ...WORKED_ANSWERS, 'curiosity-1': 5, 'curiosity-2': 5, 'curiosity-3': 1 },
      context: {},
    });
    const model = buildAssessmentReport({
      result: scored,
      catalog,
      locale: 'en',
      messages: pickMessages('en', REPORT_MESSAGE_KEYS),
      date: new Date('2026-11-22T10:00:00Z'),
    });
    expect(ofType(model.blocks, 'radar')[0]?.axes).toEqual([
      { label: '1', value: 47 },
      { label: '2', value: 100 },
      { label: '3', value: 77 },
    ]);
  });

  test('lists each role with the target first, then strengths and gaps with the way forward', () => {
    const headings = ofType(build('en').blocks, 'heading').filter((h) => h.level === 3);
    expect(headings.map((h) => h.text)).toEqual([
      `Manager · Target role — ${result.roles[0]?.fit} / 100`,
      `Animator — ${result.roles[1]?.fit} / 100`,
    ]);
    const bullets = ofType(build('en').blocks, 'bullets').flatMap((b) => b.items);
    expect(bullets.some((line) => /Next step \(level \d\): \w+ level \d$/.test(line))).toBe(true);
  });
});

describe('the rendered report', () => {
  test('is a valid A4 PDF with its metadata and the words of the model', async () => {
    const bytes = await renderPdf(build('fr'), await loadPdfFonts(), {
      now: new Date('2026-11-22T10:00:00Z'),
    });
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Auto-évaluation\u00a0: savoir-être, situations et outils');
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    const file = join(mkdtempSync(join(tmpdir(), 'assessment-report-')), 'report.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Adéquation avec les rôles');
    expect(text).toContain('Manager');
  });
});
