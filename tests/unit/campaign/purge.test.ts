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
 * The campaigns' own retention, with a fixed clock: a campaign goes as a whole at its close plus
 * the not-hired months (later while a consenting talent-pool candidate still needs it); inside a
 * campaign kept, each candidate goes when due (rejected: decision + 3 months; undecided: close + 3
 * months; talent pool: last contact + 24 months, only with consent). The age purge (RETENTION_DAYS)
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

function campaign(closedAt: string | undefined, candidates: ReturnType<typeof candidate>[]) {
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
      ...(closedAt ? { closedAt } : {}),
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
  const open = campaign(undefined, [rejected, recentReject, undecided, pool, poolWithoutConsent]);
  // Closed more than 3 months ago, nobody in the pool: deleted as a whole.
  const ended = campaign('2026-01-20T00:00:00.000Z', [candidate({})]);
  // Closed 6 weeks ago: kept until 15 June.
  const recent = campaign('2026-03-15T00:00:00.000Z', [candidate({})]);
  // Closed long ago but a consenting pool candidate still counts: kept, the undecided one goes.
  const stillPooled = candidate({
    pool: true,
    decision: decided('talent-pool', '2026-01-10T00:00:00.000Z'),
    lastContactAt: '2026-02-01T00:00:00.000Z',
  });
  const leftUndecided = candidate({});
  const pooled = campaign('2026-01-10T00:00:00.000Z', [stillPooled, leftUndecided]);
  for (const record of [open, ended, recent, pooled]) await store.create(CAMPAIGNS, record);

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

  // Later: the recent campaign's close + 3 months passes; then the pool's last contact + 24 months.
  expect(await purgeCampaigns(store, new Date('2026-06-15T00:00:00.000Z'))).toEqual({
    campaigns: 1,
    candidates: 1,
  });
  expect(await read(recent.id)).toBeUndefined();
  expect((await read(open.id))?.candidates.map((c) => c.id)).toEqual([undecided.id, pool.id]);
  // The open campaign's pool candidate: decided 15 January 2026, kept 24 months.
  expect(await purgeCampaigns(store, new Date('2028-01-31T23:00:00.000Z'))).toEqual({
    campaigns: 0,
    candidates: 1,
  });
  expect(await purgeCampaigns(store, new Date('2028-02-01T00:00:00.000Z'))).toEqual({
    campaigns: 1,
    candidates: 0,
  });
  expect(await read(pooled.id)).toBeUndefined();
  // The open campaign keeps its undecided candidate until it closes.
  expect((await read(open.id))?.candidates.map((c) => c.id)).toEqual([undecided.id]);
}

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
