import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../src/domain/campaign/retention.ts';
import { purgeExpired } from '../../src/server/retention.ts';
import { openLowdbStore } from '../../src/server/store/lowdb-store.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call, readAllFiles } from './helpers/http.ts';
import { removeTempFolders, startedServer, tempDataDir } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * The campaigns' retention on the JSON store, end to end: a campaign made and filled through the
 * API, closed and decided, then purged with a clock set months ahead. The age purge never takes a
 * campaign by its creation date; the campaign's own rule takes the rejected and undecided
 * candidates after the not-hired months, keeps the consenting talent-pool candidate, and deletes
 * the whole campaign file after the pool's months.
 */
describe('the campaign purge on the JSON store', () => {
  it('deletes candidates and then the campaign by its own retention, not by age', async () => {
    const dataDir = tempDataDir();
    const submission = await validAssessmentSubmission();
    let server = await startedServer({ dataDir });
    const url = server.url;
    const job = (
      await call(url, '/api/job-descriptions', {
        body: { role: 'animator', locale: 'fr', company: { name: 'Acme' } },
      })
    ).body as { id: string; editToken: string };
    const created = await call(url, '/api/campaigns', {
      token: job.editToken,
      body: { jobId: job.id, organisation: 'Acme' },
    });
    expect(created.status, created.text).toBe(201);
    const campaign = created.body as {
      id: string;
      recruiterToken: string;
      invitationToken: string;
    };
    const base = `/api/campaigns/${campaign.id}`;
    const share = async (displayName: string, talentPoolConsent: boolean) => {
      const answer = await call(url, `${base}/candidates`, {
        token: campaign.invitationToken,
        body: { submission, shareConsent: true, talentPoolConsent, displayName, locale: 'fr' },
      });
      expect(answer.status, answer.text).toBe(201);
      return answer.body as { id: string; token: string };
    };
    const rejected = await share('Rita Rejected', false);
    const pooled = await share('Paul Pooled', true);
    const undecided = await share('Ursula Undecided', false);
    for (const [candidate, outcome] of [
      [rejected, 'rejected'],
      [pooled, 'talent-pool'],
    ] as const) {
      const decided = await call(url, `${base}/candidates/${candidate.id}/decision`, {
        method: 'PUT',
        token: campaign.recruiterToken,
        body: { outcome },
      });
      expect(decided.status, decided.text).toBe(200);
    }
    const closed = await call(url, base, {
      method: 'PATCH',
      token: campaign.recruiterToken,
      body: { closed: true },
    });
    expect(closed.status, closed.text).toBe(200);
    await server.stop();

    const file = join(dataDir, 'campaigns', `${campaign.id}.json`);
    const onDisk = () =>
      readAllFiles(join(dataDir, 'campaigns'))
        .map((f) => f.content)
        .join('\n');
    const now = new Date();
    const store = await openLowdbStore({ dataDir });
    try {
      // A zero-day age purge tomorrow takes the job description, never the campaign.
      const tomorrow = new Date(now.getTime() + 86_400_000);
      expect(await purgeExpired(store, 0, tomorrow)).toEqual({
        'job-descriptions': 1,
        assessments: 0,
      });
      expect(onDisk()).toContain('Rita Rejected');

      // Three months and a day later: rejected and undecided go, the pool stays.
      const later = new Date(addMonths(now, 3).getTime() + 86_400_000);
      expect(await purgeExpired(store, 10_000, later)).toMatchObject({ campaignCandidates: 2 });
      expect(existsSync(file)).toBe(true);
      for (const gone of ['Rita Rejected', 'Ursula Undecided', rejected.id, undecided.id]) {
        expect(onDisk(), gone).not.toContain(gone);
      }
      expect(onDisk()).toContain('Paul Pooled');
    } finally {
      await store.close();
    }

    // The server reads what the purge left: the pooled candidate only.
    server = await startedServer({ dataDir });
    const view = await call(server.url, base, { token: campaign.recruiterToken });
    expect(view.status, view.text).toBe(200);
    expect(
      (view.body as { view: { candidates: { id: string }[] } }).view.candidates.map((c) => c.id),
    ).toEqual([pooled.id]);
    expect(
      (await call(server.url, `${base}/candidates/${rejected.id}`, { token: rejected.token }))
        .status,
    ).toBe(404);
    await server.stop();

    // After the pool's 24 months, the whole campaign file goes.
    const reopened = await openLowdbStore({ dataDir });
    try {
      const end = new Date(addMonths(now, 24).getTime() + 86_400_000);
      expect(await purgeExpired(reopened, 10_000, end)).toMatchObject({ campaigns: 1 });
      expect(existsSync(file)).toBe(false);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
