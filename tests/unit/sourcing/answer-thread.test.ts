import { describe, expect, test } from 'vitest';
import { quebecRatesFromFigures } from '../../../src/domain/sourcing/employer-cost.ts';
import type { SourcingView } from '../../../src/domain/sourcing/present.ts';
import * as payroll from '../../../src/server/payroll/french-employer-cost.ts';
import { answerJson } from '../../../src/server/sourcing/answer-json.ts';
import { answerInThread } from '../../../src/server/sourcing/answer-thread.ts';
import { FIGURES, FILES, input } from './helpers.ts';
import { PROFILES } from './profiles.ts';

const content = { files: FILES, quebec: quebecRatesFromFigures(FIGURES) };
const decoded = (json: Uint8Array) => JSON.parse(new TextDecoder().decode(json)) as SourcingView;

describe('the sourcing answer thread', () => {
  test('answers exactly what the same work on this thread gives, in both locales', async () => {
    const cases = [
      { values: input(), locale: 'fr' as const },
      { values: input(PROFILES[0]?.draft), locale: 'en' as const },
      {
        values: input({ country: 'qc', headcount: 6, monthlyBudget: 1200 }),
        locale: 'fr' as const,
      },
    ];
    // Asked together: the thread takes them in turn and each reply goes to its own request.
    const fromThread = await Promise.all(
      cases.map(({ values, locale }) => answerInThread(values, locale, 2026, content)),
    );
    cases.forEach(({ values, locale }, index) => {
      const here = answerJson(values, locale, 2026, content, payroll);
      const there = fromThread[index] ?? new Uint8Array();
      expect(Buffer.from(there).equals(Buffer.from(here))).toBe(true);
    });
    expect(decoded(fromThread[2] ?? new Uint8Array()).options.length).toBeGreaterThan(3);
  }, 120_000);
});
