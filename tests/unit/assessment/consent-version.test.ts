import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { AssessmentContextSchema, CONSENT_VERSION } from '../../../src/domain/assessment/index.ts';
import { ContextFormSchema } from '../../../src/domain/assessment/form.ts';
import { assessment as en } from '../../../src/i18n/en/assessment.ts';
import { assessment as fr } from '../../../src/i18n/fr/assessment.ts';

/**
 * Issue 16, point 11: the consent stored with a result names the version of the text the person
 * agreed to. The version is pinned to the text here: changing the consent text without a new
 * `CONSENT_VERSION` fails this test.
 */
const PINNED: Record<string, string> = {
  '2026-11-30': '01a26ecacbebe456',
};

describe('the consent text version', () => {
  test('matches the consent text in both locales', () => {
    const digest = createHash('sha256')
      .update(`${fr['assessment.save.consent']}\n${en['assessment.save.consent']}`)
      .digest('hex')
      .slice(0, 16);
    expect(PINNED[CONSENT_VERSION], `bump CONSENT_VERSION and pin ${digest}`).toBe(digest);
  });
});

describe('free-text context fields', () => {
  test.each(['jean.dupont@gmail.com', '06 12 34 56 78', 'Tourisme, +33 6 12 34 56 78'])(
    'refuse %j, saying why, in the API schema and in the form',
    (sector) => {
      const api = AssessmentContextSchema.safeParse({ sector });
      expect(api.success).toBe(false);
      expect(api.error?.issues[0]?.message).toMatch(/e-mail address or phone number/);
      const form = ContextFormSchema.safeParse({ yearsOfExperience: '', sector, targetRole: '' });
      expect(form.error?.issues[0]?.message).toBe('contact');
    },
  );

  test('accept an ordinary sector', () => {
    expect(AssessmentContextSchema.safeParse({ sector: 'Jeux vidéo, 2019-2024' }).success).toBe(
      true,
    );
  });
});
