import { afterAll, describe, expect, it } from 'vitest';
import { addMonths, endOfDay, utcDay } from '../../src/domain/campaign/calendar.ts';
import { defaultEndsOn, latestEndsOn } from '../../src/domain/campaign/end.ts';
import { CAMPAIGNS, type StoredCampaign } from '../../src/server/campaign/store.ts';
import { openLowdbStore } from '../../src/server/store/lowdb-store.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { removeTempFolders, startedServer, tempDataDir } from './helpers/server.ts';

afterAll(removeTempFolders);

const DAY = 86_400_000;

interface EndAnswer {
  campaign: { closedAt: string | null; endsOn: string; endsAt: string };
  end: {
    endsOn: string;
    endsAt: string;
    ended: boolean;
    closedEarly: boolean;
    earliestEndsOn: string;
    latestEndsOn: string;
    deletionDate: string;
  };
  invitation: { status: string };
}

/**
 * A campaign always ends (GDPR, CNIL recruitment guide: candidates not hired are kept a limited
 * time after the recruitment ends): a last day set at creation (three months ahead by default, at
 * most twelve), moved or closed early by the recruiter; once over, the invitation takes nobody
 * and the undecided candidates' deletion counts from it. The server's clock cannot be moved, so
 * "time passes" by writing a past last day into the stored campaign while the server is stopped.
 */
describe('the end of a campaign', () => {
  it('is set at creation, bounded, moved, closed early, reopened, and reached by time alone', async () => {
    const dataDir = tempDataDir();
    const submission = await validAssessmentSubmission();
    let server = await startedServer({ dataDir });
    let url = server.url;
    const now = new Date();
    const today = utcDay(now);
    const job = (
      await call(url, '/api/job-descriptions', {
        body: { role: 'animator', locale: 'fr', company: { name: 'Acme' } },
      })
    ).body as { id: string; editToken: string };
    const create = (extra: object) =>
      call(url, '/api/campaigns', {
        token: job.editToken,
        body: { jobId: job.id, organisation: 'Acme', ...extra },
      });

    // Out of bounds: before today, beyond twelve months, not a date.
    const dayAfterLatest = utcDay(new Date(endOfDay(latestEndsOn(now)).getTime()));
    for (const endsOn of [utcDay(new Date(now.getTime() - DAY)), dayAfterLatest, '2027-02-30']) {
      const refused = await create({ endsOn });
      expect(refused.status, refused.text).toBe(400);
      expect((refused.body as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
        'endsOn',
      ]);
    }

    // Left out: three months ahead, shown to the recruiter with the bounds of a new last day.
    const made = (await create({})).body as {
      id: string;
      recruiterToken: string;
      invitationToken: string;
    };
    const base = `/api/campaigns/${made.id}`;
    const recruiter = async () => {
      const answer = await call(url, base, { token: made.recruiterToken });
      expect(answer.status, answer.text).toBe(200);
      return answer.body as EndAnswer;
    };
    const patch = (body: object) =>
      call(url, base, { method: 'PATCH', token: made.recruiterToken, body });
    const invitation = async () =>
      (
        (await call(url, `${base}/invitation`, { token: made.invitationToken })).body as {
          open: boolean;
        }
      ).open;
    const share = () =>
      call(url, `${base}/candidates`, {
        token: made.invitationToken,
        body: { submission, shareConsent: true, locale: 'fr' },
      });

    const fresh = await recruiter();
    expect(fresh.campaign).toMatchObject({ endsOn: defaultEndsOn(now), closedAt: null });
    expect(fresh.end).toMatchObject({
      endsOn: defaultEndsOn(now),
      endsAt: endOfDay(defaultEndsOn(now)).toISOString(),
      ended: false,
      closedEarly: false,
      earliestEndsOn: today,
      latestEndsOn: latestEndsOn(now),
    });
    expect(fresh.invitation.status).toBe('active');

    // Moved within the bounds; refused beyond them.
    expect((await patch({ endsOn: dayAfterLatest })).status).toBe(400);
    const inTenDays = utcDay(new Date(now.getTime() + 10 * DAY));
    const moved = await patch({ endsOn: inTenDays });
    expect(moved.status, moved.text).toBe(200);
    expect((moved.body as EndAnswer).campaign.endsOn).toBe(inTenDays);

    // An undecided candidate sees when their data goes: the end plus the not-hired months.
    const shared = await share();
    expect(shared.status, shared.text).toBe(201);
    const candidate = shared.body as { id: string; token: string; share: { deletionDate: string } };
    expect(candidate.share.deletionDate).toBe(addMonths(endOfDay(inTenDays), 3).toISOString());

    // Closed early: the last day becomes today, the end is the close; no new candidate.
    const closed = await patch({ closed: true });
    expect(closed.status, closed.text).toBe(200);
    const closedView = closed.body as EndAnswer;
    expect(closedView.campaign.endsOn).toBe(today);
    expect(closedView.campaign.closedAt).toBe(closedView.end.endsAt);
    expect(closedView.end).toMatchObject({ ended: true, closedEarly: true });
    expect(closedView.invitation.status).toBe('closed');
    expect(await invitation()).toBe(false);
    expect((await share()).status).toBe(409);
    const closedMove = await patch({ endsOn: inTenDays });
    expect(closedMove.status, closedMove.text).toBe(409);
    expect((await patch({ closed: true, endsOn: inTenDays })).status).toBe(400);

    // Reopened without a day: three months ahead again.
    const reopened = await patch({ closed: false });
    expect(reopened.status, reopened.text).toBe(200);
    expect((reopened.body as EndAnswer).campaign).toMatchObject({
      endsOn: defaultEndsOn(now),
      closedAt: null,
    });
    expect(await invitation()).toBe(true);
    await server.stop();

    // Nobody closes it; its last day passes (written into the store while the server is down).
    const yesterday = utcDay(new Date(now.getTime() - DAY));
    const store = await openLowdbStore({ dataDir });
    try {
      const record = await store.get<StoredCampaign>(CAMPAIGNS, made.id);
      if (!record) throw new Error('the campaign is not stored');
      const data = structuredClone(record.data);
      data.campaign.endsOn = yesterday;
      await store.update(CAMPAIGNS, made.id, data, { expectedVersion: record.version });
    } finally {
      await store.close();
    }
    server = await startedServer({ dataDir });
    url = server.url;
    try {
      const ended = await recruiter();
      expect(ended.end).toMatchObject({ ended: true, closedEarly: false, endsOn: yesterday });
      expect(ended.campaign.closedAt).toBe(endOfDay(yesterday).toISOString());
      expect(ended.invitation.status).toBe('closed');
      expect(await invitation()).toBe(false);
      const late = await share();
      expect(late.status, late.text).toBe(409);
      expect(late.body).toMatchObject({
        error: 'campaign_closed',
        issues: [{ message: expect.stringContaining(`last day ${yesterday}`) as string }],
      });
      // The undecided candidate now counts as not hired from that end.
      const own = await call(url, `${base}/candidates/${candidate.id}`, {
        token: candidate.token,
      });
      expect((own.body as { share: { deletionDate: string } }).share.deletionDate).toBe(
        addMonths(endOfDay(yesterday), 3).toISOString(),
      );
      expect(ended.end.deletionDate).toBe(addMonths(endOfDay(yesterday), 3).toISOString());
      // Moving the day of an ended campaign needs an explicit reopening.
      expect((await patch({ endsOn: inTenDays })).status).toBe(409);
      const again = await patch({ closed: false, endsOn: inTenDays });
      expect(again.status, again.text).toBe(200);
      expect((again.body as EndAnswer).end).toMatchObject({ ended: false, endsOn: inTenDays });
      expect((await share()).status).toBe(201);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
