import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * The interview guide as a PDF (`GET /api/campaigns/{id}/guide?format=pdf`): read with the
 * recruiter's or an interviewer's token only, a download with the guide's file name, in the
 * asked locale, and gone for a candidate who withdrew.
 */

const NOT_FOUND = JSON.stringify({ error: 'not_found', issues: [] });

describe('the interview guide PDF', () => {
  let server: RunningServer;
  let url: string;
  let campaign: { id: string; recruiterToken: string; invitationToken: string };
  let candidate: { id: string; token: string };
  let interviewerToken: string;

  beforeAll(async () => {
    const submission = await validAssessmentSubmission();
    server = await startedServer();
    url = server.url;
    const job = await call(url, '/api/job-descriptions', {
      body: { role: 'animator', locale: 'fr', company: { name: 'Acme' } },
    });
    const { id: jobId, editToken } = job.body as { id: string; editToken: string };
    const created = await call(url, '/api/campaigns', {
      token: editToken,
      body: { jobId, organisation: 'Acme Bio' },
    });
    expect(created.status, created.text).toBe(201);
    campaign = created.body as typeof campaign;
    const shared = await call(url, `/api/campaigns/${campaign.id}/candidates`, {
      token: campaign.invitationToken,
      body: { submission, shareConsent: true, locale: 'fr' },
    });
    expect(shared.status, shared.text).toBe(201);
    candidate = shared.body as typeof candidate;
    const added = await call(url, `/api/campaigns/${campaign.id}/interviewers`, {
      token: campaign.recruiterToken,
      body: { label: 'Manager' },
    });
    interviewerToken = (added.body as { token: string }).token;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  const pdf = (path: string, token?: string) =>
    fetch(`${url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

  it('answers the candidate’s guide as a PDF download to the recruiter and an interviewer', async () => {
    for (const token of [campaign.recruiterToken, interviewerToken]) {
      const answer = await pdf(
        `/api/campaigns/${campaign.id}/guide?candidate=${candidate.id}&format=pdf`,
        token,
      );
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/pdf');
      expect(answer.headers.get('cache-control')).toBe('private, no-store');
      expect(answer.headers.get('content-disposition')).toMatch(
        /^attachment; filename="guide-entretien-.*-candidat-e-a\.pdf"$/,
      );
      const document = await PDFDocument.load(new Uint8Array(await answer.arrayBuffer()));
      expect(document.getTitle()).toMatch(/^Guide d’entretien structuré/);
      expect(document.getPageCount()).toBeGreaterThanOrEqual(2);
    }
  });

  it('speaks the asked locale', async () => {
    const answer = await pdf(
      `/api/campaigns/${campaign.id}/guide?format=pdf&locale=en`,
      campaign.recruiterToken,
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toMatch(/filename="interview-guide-/);
    const document = await PDFDocument.load(new Uint8Array(await answer.arrayBuffer()));
    expect(document.getTitle()).toMatch(/^Structured interview guide/);
  });

  it('is the API’s one 404 for no token, a candidate’s or the invitation’s token', async () => {
    for (const token of [undefined, candidate.token, campaign.invitationToken, 'x'.repeat(43)]) {
      const answer = await pdf(`/api/campaigns/${campaign.id}/guide?format=pdf`, token);
      expect(answer.status).toBe(404);
      expect(await answer.text()).toBe(NOT_FOUND);
    }
  });

  it('is gone once the candidate withdrew', async () => {
    const withdrawn = await call(url, `/api/campaigns/${campaign.id}/candidates/${candidate.id}`, {
      method: 'DELETE',
      token: candidate.token,
    });
    expect(withdrawn.status).toBe(204);
    const answer = await pdf(
      `/api/campaigns/${campaign.id}/guide?candidate=${candidate.id}&format=pdf`,
      campaign.recruiterToken,
    );
    expect(answer.status).toBe(404);
  });
});
