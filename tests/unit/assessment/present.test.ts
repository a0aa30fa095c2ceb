import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import {
  buildNormsSample,
  buildQuestionnaire,
  compareToNorms,
  evaluateAssessment,
  percentileOf,
  PRESENT_MESSAGE_KEYS,
  presentAssessment,
} from '../../../src/domain/assessment/index.ts';
import type { Answers } from '../../../src/domain/assessment/index.ts';
import {
  buildAssessmentReport,
  REPORT_MESSAGE_KEYS,
} from '../../../src/domain/assessment/pdf-document.ts';
import { renderPdf } from '../../../src/domain/pdf/render.ts';
import { pickMessages } from '../../../src/i18n/index.ts';
import { loadPdfFonts } from '../../../src/server/pdf-fonts.ts';
import { FIXTURE_CATALOG, must } from './fixture.ts';

const questionnaire = buildQuestionnaire(FIXTURE_CATALOG);
const ANSWERS: Answers = {
  'empathy-1': 5,
  'empathy-2': 4,
  'empathy-3': 2,
  'empathy-4': 1,
  empathy: 3,
  'calm-1': 4,
  'calm-2': 2,
  'calm-3': 4,
  'calm-4': 2,
  calm: 3,
  'rigour-1': 5,
  'rigour-2': 1,
  'rigour-3': 5,
  'rigour-4': 1,
  rigour: 4,
  'attention-two': 2,
  'attention-five': 5,
  'impression-one': 2,
  'impression-two': 1,
  'angry-customer': 'b',
  'weekly-report': 'a',
  reporting: 2,
  strategy: 1,
  scheduler: 2,
  'listening-tool': 0,
  'analytics-tool': 3,
};
const submission = {
  version: questionnaire.version,
  locale: 'en' as const,
  answers: ANSWERS,
  context: {},
  elapsedSeconds: 900,
};
const view = (locale: 'fr' | 'en' = 'en', norms?: Parameters<typeof evaluateAssessment>[3]) =>
  presentAssessment({
    result: evaluateAssessment(FIXTURE_CATALOG, questionnaire, { ...submission, locale }, norms),
    catalog: FIXTURE_CATALOG,
    answers: ANSWERS,
    locale,
    messages: pickMessages(locale, PRESENT_MESSAGE_KEYS),
  });

describe('presentAssessment', () => {
  test('gives the legend of the four levels and names each skill’s level', () => {
    const model = view();
    expect(model.legend.map((entry) => entry.name)).toEqual([
      'Starting',
      'Developing',
      'Proficient',
      'Expert',
    ]);
    expect(model.soft.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(model.knowHow.map((s) => s.number)).toEqual([4, 5]);
  });

  test('explains each score by the answers that made it and the rule that capped it', () => {
    const rigour = must(
      view().soft.find((s) => s.id === 'rigour'),
      'rigour',
    );
    expect(rigour.why.lines).toHaveLength(5);
    expect(rigour.why.lines[1]).toContain('worded the other way round');
    expect(rigour.why.cap).toContain('self-report alone does not give level 4');
    expect(rigour.level).toBe(3);
  });

  test('reviews each scenario: the choice, the best choice and why', () => {
    const reviews = view().scenarios;
    const angry = must(
      reviews.find((r) => r.id === 'angry-customer'),
      'angry-customer',
    );
    expect(angry.chosen).toMatchObject({
      text: 'angry-customer option b',
      rationale: 'angry-customer why b',
    });
    expect(angry.best).toEqual({
      text: 'angry-customer option c',
      rationale: 'angry-customer why c',
    });
    expect(
      must(
        reviews.find((r) => r.id === 'weekly-report'),
        'weekly',
      ).best,
    ).toBeUndefined();
  });

  test('typesets French text and states the confidence', () => {
    const model = view('fr');
    expect(model.confidence.level).toBe('high');
    expect(model.confidence.text).toMatch(/^Confiance élevée\u00a0:/);
  });

  test('says when there are not enough results to compare, and gives percentiles when there are', () => {
    expect(view().norms).toContain('not available');
    const few = buildNormsSample(questionnaire.version, []);
    expect(view('en', few).norms).toContain('at least 30');
    const scores = Array.from({ length: 40 }, (_, i) => ({
      skills: [{ skill: 'empathy', score: i * 2 }],
    }));
    const ready = view('en', buildNormsSample(questionnaire.version, scores));
    expect(ready.norms).toContain('40 results');
    expect(
      must(
        ready.soft.find((s) => s.id === 'empathy'),
        'empathy',
      ).percentile,
    ).toMatch(/above \d+ %/);
  });
});

describe('norms', () => {
  test('mid-rank percentile, and never another version’s sample', () => {
    expect(percentileOf(50, [10, 50, 90, 100])).toBe(38);
    const sample = { version: 'q2-a', count: 100, skills: { empathy: [1, 2, 3] } };
    expect(compareToNorms({ skills: [] }, 'q2-b', sample)).toEqual({ status: 'unavailable' });
  });
});

describe('the PDF report', () => {
  const messages = pickMessages('en', REPORT_MESSAGE_KEYS);
  test('prints the name only when one is given', () => {
    const named = buildAssessmentReport({
      view: view(),
      messages,
      date: new Date('2026-11-30'),
      name: 'Ada Martin',
    });
    expect(named.subtitle).toBe('Prepared for Ada Martin · Result of 30 November 2026');
    const anonymous = buildAssessmentReport({
      view: view(),
      messages,
      date: new Date('2026-11-30'),
    });
    expect(anonymous.subtitle).toBe('Result of 30 November 2026');
  });

  test('renders the legend, the review and every skill’s why, then loads back as a PDF', async () => {
    const model = buildAssessmentReport({ view: view(), messages, date: new Date('2026-11-30') });
    const headings = model.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings).toEqual(
      expect.arrayContaining(['The four levels', 'The situations, looking back', 'Why this score']),
    );
    const bytes = await renderPdf(model, await loadPdfFonts());
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThan(1);
  });
});
