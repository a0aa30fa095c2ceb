/**
 * The hiring campaign on PostgreSQL, with two server processes on one database (a schema of its
 * own, dropped afterwards): candidates sharing at the same moment through both instances all land
 * in the one campaign record (versioned changes, tried again on a conflict), and a withdrawal made
 * on one instance is gone from the other's view and from the database at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminQuery,
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../helpers/postgres.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

const suite = SKIP_POSTGRES ? describe.skip : describe;

suite('the campaign on PostgreSQL, two instances', () => {
  const schema = newSchemaName('tdu_campaign');
  let servers: RunningServer[] = [];
  let submission: Record<string, unknown>;

  beforeAll(async () => {
    submission = await validAssessmentSubmission();
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      DATABASE_POOL_SIZE: '4',
    };
    servers = [await startedServer({ env }), await startedServer({ env })];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await dropSchema(schema);
    removeTempFolders();
  });

  it('lands every concurrent share across instances; a withdrawal is gone everywhere', async () => {
    const [first, second] = servers as [RunningServer, RunningServer];
    const job = (
      await call(first.url, '/api/job-descriptions', {
        body: { role: 'expert', locale: 'en', company: { name: 'Acme' } },
      })
    ).body as { id: string; editToken: string };
    const created = await call(first.url, '/api/campaigns', {
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

    const shares = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call((i % 2 === 0 ? first : second).url, `${base}/candidates`, {
          token: campaign.invitationToken,
          body: { submission, shareConsent: true, locale: 'en', displayName: `Person ${i}` },
        }),
      ),
    );
    expect(shares.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    const view = await call(second.url, `${base}?sort=label`, { token: campaign.recruiterToken });
    const rows = (view.body as { view: { candidates: { id: string; letter: string }[] } }).view
      .candidates;
    expect(rows.map((row) => row.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);

    const leaving = shares[3]?.body as { id: string; token: string };
    const withdrawn = await call(first.url, `${base}/candidates/${leaving.id}`, {
      method: 'DELETE',
      token: leaving.token,
    });
    expect(withdrawn.status).toBe(204);
    const after = await call(second.url, base, { token: campaign.recruiterToken });
    expect(after.text).not.toContain(leaving.id);
    expect((after.body as { view: { total: number } }).view.total).toBe(7);
    const stored = await adminQuery(
      `SELECT data::text AS data FROM "${schema}".records WHERE collection = 'campaigns' AND id = $1`,
      [campaign.id],
    );
    const data = (stored.rows[0] as { data: string }).data;
    expect(data).not.toContain(leaving.id);
    expect(data).not.toContain('Person 3');
    expect(data).toContain('Person 2');
  }, 60_000);
});
