import { afterAll, describe, expect, it } from 'vitest';
import type { Decision } from '../../../src/domain/campaign/schemas.ts';
import { purgeCampaigns } from '../../../src/server/campaign/purge.ts';
import { CAMPAIGNS, type StoredCampaign } from '../../../src/server/campaign/store.ts';
import { purgeExpired } from '../../../src/server/retention.ts';
import { createMemoryStore } from '../../../src/server/store/memory-store.ts';
import type { StoragePort } from '../../../src/server/store/port.ts';
import { openPostgresStore } from '../../../src/server/store/postgres/postgres-store.ts';
import { newCredentials } from '../../../src/server/tokens.ts';
import {
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../../helpers/postgres.ts';

/**
 * The campaigns' own retention, with a fixed clock: a campaign goes as a whole at its end (its last
 * day, or an early close) plus the not-hired months, later while a consenting talent-pool
 * candidate still needs it, and a campaign nobody closed ends all the same; inside a campaign
 * kept, each candidate goes when due (rejected: decision + 3 months; undecided: end + 3 months;
 * talent pool: last contact + 24 months, only with consent). The age purge (RETENTION_DAYS)
 * never deletes a campaign by its creation date. On the in-memory store and on PostgreSQL (the
 * collection list is shared by both adapters).
 */

const NOW = new Date('2026-05-01T12:00:00.000Z');
const LONG_AGO = '2020-01-01T00:00:00.000Z';
const consent = {
  givenAt: '2025-12-01T00:00:00.000Z',
  textVersion: 'talent-pool-2026-11',
  locale: 'fr' as const,
};

function candidate(options: { decision?: Decision; pool?: boolean; lastContactAt?: string }) {
  const { id, tokenHash } = newCredentials();
  return {
    id,
    tokenHash,
    labelIndex: 0,
    sharedAt: '2025-12-01T00:00:00.000Z',
    locale: 'fr' as const,
    profile: {
      questionnaireVersion: 'q2-test',
      levels: { empathy: 3 },
      toolLevels: {},
      flags: [],
      cautions: [],
      confidence: 'high' as const,
      scoredAt: '2025-12-01T00:00:00.000Z',
    },
    displayName: `Person ${id}`,
    consent: { ...consent, textVersion: 'share-2026-11' },
    ...(options.pool ? { talentPoolConsent: consent } : {}),
    ...(options.lastContactAt ? { lastContactAt: options.lastContactAt } : {}),
    ...(options.decision ? { decision: options.decision } : {}),
  };
}

function campaign(
  end: { endsOn: string; closedAt?: string },
  candidates: ReturnType<typeof candidate>[],
) {
  const { id, tokenHash } = newCredentials();
  const interviewer = newCredentials();
  const data: StoredCampaign = {
    campaign: {
      id,
      jobId: 'job',
      title: 'Community manager',
      organisation: 'Acme',
      locale: 'fr',
      jurisdiction: 'fr',
      model: [{ skill: 'empathy', level: 3, weight: 'mandatory' }],
      retention: { notHiredMonths: 3, talentPoolMonths: 24 },
      createdAt: LONG_AGO,
      ...end,
    },
    tools: [],
    invitation: { tokenHash: newCredentials().tokenHash, createdAt: LONG_AGO },
    candidates: candidates.map((c, labelIndex) => ({ ...c, labelIndex })),
    nextLabelIndex: candidates.length,
    interviewers: [
      { id: interviewer.id, tokenHash: interviewer.tokenHash, label: 'Manager', addedAt: LONG_AGO },
    ],
    scorecards: candidates.map((c) => ({
      candidateId: c.id,
      interviewerId: interviewer.id,
      ratings: [{ skill: 'empathy', rating: 2, evidence: `about ${c.id}` }],
      updatedAt: LONG_AGO,
    })),
    reveals: [{ at: LONG_AGO, by: 'recruiter', candidateIds: candidates.map((c) => c.id) }],
  };
  return { id, tokenHash, createdAt: LONG_AGO, updatedAt: LONG_AGO, data };
}

const decided = (outcome: Decision['outcome'], decidedAt: string) => ({ outcome, decidedAt });

async function scenario(store: StoragePort) {
  // Open, made long ago: the age purge must leave it; inside it, each candidate by their own rule.
  const rejected = candidate({ decision: decided('rejected', '2026-01-15T00:00:00.000Z') });
  const recentReject = candidate({ decision: decided('rejected', '2026-03-01T00:00:00.000Z') });
  const undecided = candidate({});
  const pool = candidate({
    pool: true,
    decision: decided('talent-pool', '2026-01-15T00:00:00.000Z'),
  });
  const poolWithoutConsent = candidate({
    decision: decided('talent-pool', '2026-01-15T00:00:00.000Z'),
  });
  // Its last day is 31 October 2026: it ends at midnight UTC, 1 November.
  const open = campaign({ endsOn: '2026-10-31' }, [
    rejected,
    recentReject,
    undecided,
    pool,
    poolWithoutConsent,
  ]);
  // Closed more than 3 months ago, nobody in the pool: deleted as a whole.
  const ended = campaign({ endsOn: '2026-01-20', closedAt: '2026-01-20T00:00:00.000Z' }, [
    candidate({}),
  ]);
  // Closed 6 weeks ago: kept until 15 June.
  const recent = campaign({ endsOn: '2026-03-15', closedAt: '2026-03-15T00:00:00.000Z' }, [
    candidate({}),
  ]);
  // Forgotten: nobody closed it, but its last day (28 February) ended it; kept until 1 June.
  const forgotten = campaign({ endsOn: '2026-02-28' }, [candidate({}), candidate({})]);
  // Closed long ago but a consenting pool candidate still counts: kept, the undecided one goes.
  const stillPooled = candidate({
    pool: true,
    decision: decided('talent-pool', '2026-01-10T00:00:00.000Z'),
    lastContactAt: '2026-02-01T00:00:00.000Z',
  });
  const leftUndecided = candidate({});
  const pooled = campaign({ endsOn: '2026-01-10', closedAt: '2026-01-10T00:00:00.000Z' }, [
    stillPooled,
    leftUndecided,
  ]);
  for (const record of [open, ended, recent, pooled, forgotten]) {
    await store.create(CAMPAIGNS, record);
  }

  // The age purge with a one-day retention: campaigns are not purged by age.
  const report = await purgeExpired(store, 1, NOW);
  expect(report).toMatchObject({ campaigns: 1, campaignCandidates: 3 });

  const read = async (id: string) => (await store.get<StoredCampaign>(CAMPAIGNS, id))?.data;
  expect(await read(ended.id)).toBeUndefined();
  const openNow = await read(open.id);
  expect(openNow?.candidates.map((c) => c.id).sort()).toEqual(
    [recentReject.id, undecided.id, pool.id].sort(),
  );
  // Nothing of a purged candidate stays: scorecards and reveal entries go with them.
  const text = JSON.stringify(openNow);
  for (const gone of [rejected.id, poolWithoutConsent.id]) expect(text).not.toContain(gone);
  expect(openNow?.scorecards).toHaveLength(3);
  expect((await read(recent.id))?.candidates).toHaveLength(1);
  const pooledNow = await read(pooled.id);
  expect(pooledNow?.candidates.map((c) => c.id)).toEqual([stillPooled.id]);

  expect((await read(forgotten.id))?.candidates).toHaveLength(2);

  // The forgotten campaign: its end (1 March) + 3 months is 1 June; a day before, all is kept.
  expect(await purgeCampaigns(store, new Date('2026-05-31T00:00:00.000Z'))).toEqual({
    campaigns: 0,
    candidates: 0,
  });
  expect((await read(forgotten.id))?.candidates).toHaveLength(2);
  // A day after: the forgotten campaign goes as a whole, and the open one's rejection of 1 March.
  expect(await purgeCampaigns(store, new Date('2026-06-02T00:00:00.000Z'))).toEqual({
    campaigns: 1,
    candidates: 1,
  });
  expect(await read(forgotten.id)).toBeUndefined();
  expect((await read(open.id))?.candidates.map((c) => c.id)).toEqual([undecided.id, pool.id]);
  // The recent campaign's close + 3 months.
  expect(await purgeCampaigns(store, new Date('2026-06-15T00:00:00.000Z'))).toEqual({
    campaigns: 1,
    candidates: 0,
  });
  expect(await read(recent.id)).toBeUndefined();

  // The open campaign's undecided candidate counts as not hired from its end (1 November 2026):
  // kept a day before 1 February 2027, gone a day after.
  expect(await purgeCampaigns(store, new Date('2027-01-31T00:00:00.000Z'))).toEqual({
    campaigns: 0,
    candidates: 0,
  });
  expect(await purgeCampaigns(store, new Date('2027-02-02T00:00:00.000Z'))).toEqual({
    campaigns: 0,
    candidates: 1,
  });
  expect((await read(open.id))?.candidates.map((c) => c.id)).toEqual([pool.id]);
  // Its pool candidate (decided 15 January 2026, kept 24 months) keeps it until 15 January 2028.
  expect(await purgeCampaigns(store, new Date('2028-01-14T00:00:00.000Z'))).toEqual({
    campaigns: 0,
    candidates: 0,
  });
  expect(await purgeCampaigns(store, new Date('2028-01-16T00:00:00.000Z'))).toEqual({
    campaigns: 1,
    candidates: 0,
  });
  expect(await read(open.id)).toBeUndefined();
  // The closed campaign's pool candidate: last contact 1 February 2026 + 24 months.
  expect(await purgeCampaigns(store, new Date('2028-01-31T00:00:00.000Z'))).toEqual({
    campaigns: 0,
    candidates: 0,
  });
  expect(await purgeCampaigns(store, new Date('2028-02-02T00:00:00.000Z'))).toEqual({
    campaigns: 1,
    candidates: 0,
  });
  expect(await read(pooled.id)).toBeUndefined();
}

it('a campaign stored before campaigns had a last day ends three months after it was made', async () => {
  const store = createMemoryStore();
  const record = campaign({ endsOn: '2026-01-01' }, [candidate({})]);
  const older: Partial<StoredCampaign['campaign']> = { ...record.data.campaign };
  delete older.endsOn;
  await store.create(CAMPAIGNS, { ...record, data: { ...record.data, campaign: older } });
  // Made 1 January 2020: ended 1 April 2020, deleted 1 July 2020 — not kept for ever.
  expect(await purgeCampaigns(store, new Date('2020-06-30T00:00:00.000Z'))).toEqual({
    campaigns: 0,
    candidates: 0,
  });
  expect(await purgeCampaigns(store, new Date('2020-07-02T00:00:00.000Z'))).toEqual({
    campaigns: 1,
    candidates: 0,
  });
});

describe('the campaign purge (fixed clock)', () => {
  it('follows the campaigns’ own retention on the in-memory store', async () => {
    await scenario(createMemoryStore());
  });

  const schemas: string[] = [];
  afterAll(async () => {
    for (const schema of schemas) await dropSchema(schema);
  });
  it.skipIf(SKIP_POSTGRES)('follows the same rule on PostgreSQL', async () => {
    const schema = newSchemaName();
    schemas.push(schema);
    const store = await openPostgresStore({ url: TEST_DATABASE_URL, poolSize: 2, schema });
    try {
      await scenario(store);
    } finally {
      await store.close();
    }
  });
});
