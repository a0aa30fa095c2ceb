import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../src/domain/assessment/index.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/** Issue 16, point 11: no contact details in free text, consent time and version stored. */
let server: RunningServer;
let submission: Record<string, unknown>;
beforeAll(async () => {
  submission = await validAssessmentSubmission();
  server = await startedServer();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

describe('privacy of saved assessments', () => {
  it.each([
    'Retail — jean.dupont@exemple.fr',
    'Tourisme, 06 12 34 56 78',
    'marie (at) agence (dot) fr',
  ])(
    'refuses %j in a free-text field with a message saying why, and stores nothing',
    async (sector) => {
      for (const path of ['/api/assessments', '/api/assessments/score']) {
        const answer = await call(server.url, path, {
          body: { ...submission, context: { sector }, consent: true },
        });
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({
          error: 'invalid_body',
          issues: [
            {
              path: 'context.sector',
              message: expect.stringMatching(/e-mail address or phone number/),
            },
          ],
        });
      }
    },
  );

  it('stores the consent’s time and text version with the result', async () => {
    const before = Date.now();
    const created = await call(server.url, '/api/assessments', {
      body: { ...submission, context: { sector: 'Jeux vidéo' }, consent: true },
    });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    const stored = JSON.parse(
      readFileSync(join(server.dataDir, 'assessments', `${id}.json`), 'utf8'),
    ) as {
      data: { consent: { at: string; version: string } };
    };
    expect(stored.data.consent.version).toBe(CONSENT_VERSION);
    const at = Date.parse(stored.data.consent.at);
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
