import { z } from 'zod';
import { defaultEndsOn } from '../../domain/campaign/end.ts';
import { SharedProfileSchema } from '../../domain/campaign/profile.ts';
import {
  CampaignSchema,
  CompetencyRatingSchema,
  ConsentSchema,
  DecisionSchema,
  RecommendationSchema,
} from '../../domain/campaign/schemas.ts';
import { LocaleSchema } from '../../domain/text/locale-schema.ts';
import { VersionConflictError } from '../store/conflicts.ts';
import { findOwnedRecord, getStore, StorageFault, type StoredRecord } from '../store/index.ts';
import { hashToken, ID_PATTERN, tokenMatches } from '../tokens.ts';

/**
 * How a campaign is stored: one record per campaign in the `campaigns` collection, holding its
 * model, its invitation, the candidates who shared (a snapshot of their result, never their raw
 * answers), the interviewers, the scorecards and the log of reveals. The record's own token is the
 * recruiter's; every other party's token is stored hashed inside it, scoped to this campaign. A
 * withdrawn candidate is removed from the record (nothing of them is kept). Changes go through
 * `changeCampaign`: read, change, write at the version read, and again on a conflict, so that two
 * candidates sharing at the same moment both land.
 */

/** The collection campaigns live in. */
export const CAMPAIGNS = 'campaigns';

const RecordId = z.string().regex(ID_PATTERN);
const TokenHash = z.string().regex(/^[0-9a-f]{64}$/);

export const StoredCandidateSchema = z.object({
  id: RecordId,
  tokenHash: TokenHash,
  labelIndex: z.number().int().min(0),
  sharedAt: z.iso.datetime(),
  locale: LocaleSchema,
  profile: SharedProfileSchema,
  displayName: z.string().optional(),
  email: z.string().optional(),
  consent: ConsentSchema,
  talentPoolConsent: ConsentSchema.optional(),
  lastContactAt: z.iso.datetime().optional(),
  revealedAt: z.iso.datetime().optional(),
  decision: DecisionSchema.optional(),
});
export type StoredCandidate = z.output<typeof StoredCandidateSchema>;

export const StoredInterviewerSchema = z.object({
  id: RecordId,
  tokenHash: TokenHash,
  label: z.string(),
  addedAt: z.iso.datetime(),
});
export type StoredInterviewer = z.output<typeof StoredInterviewerSchema>;

export const StoredScorecardSchema = z.object({
  candidateId: RecordId,
  interviewerId: RecordId,
  ratings: z.array(CompetencyRatingSchema),
  recommendation: RecommendationSchema.optional(),
  updatedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().optional(),
});
export type StoredScorecard = z.output<typeof StoredScorecardSchema>;

/**
 * A campaign stored before campaigns had a last day gets the default one, counted from its
 * creation: it ends three months after it was made, like a new campaign left at the default.
 */
function withEndsOn(campaign: unknown): unknown {
  if (typeof campaign !== 'object' || campaign === null || 'endsOn' in campaign) return campaign;
  const { createdAt } = campaign as { createdAt?: unknown };
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return campaign;
  return { ...campaign, endsOn: defaultEndsOn(new Date(createdAt)) };
}

export const StoredCampaignSchema = z.object({
  campaign: z.preprocess(
    withEndsOn,
    CampaignSchema.omit({ id: true }).extend({
      id: RecordId,
      title: z.string().trim().min(1).max(160),
    }),
  ),
  tools: z.array(z.object({ skill: z.string(), level: z.number().int().min(1).max(4) })),
  invitation: z.object({ tokenHash: TokenHash, createdAt: z.iso.datetime() }),
  candidates: z.array(StoredCandidateSchema),
  /** The next anonymous label's index: labels are never reused, even after a withdrawal. */
  nextLabelIndex: z.number().int().min(0),
  interviewers: z.array(StoredInterviewerSchema),
  scorecards: z.array(StoredScorecardSchema),
  reveals: z.array(
    z.object({
      at: z.iso.datetime(),
      by: z.literal('recruiter'),
      candidateIds: z.array(RecordId),
    }),
  ),
});
export type StoredCampaign = z.output<typeof StoredCampaignSchema>;

/** A campaign record as read: its data parsed (a record that does not parse is a server fault). */
export type CampaignRecord = StoredRecord<StoredCampaign>;

export function parsed(record: StoredRecord<unknown>): CampaignRecord {
  const data = StoredCampaignSchema.safeParse(record.data);
  if (!data.success) {
    throw new StorageFault('damaged', `${CAMPAIGNS}/${record.id} no longer parses`);
  }
  return { ...record, data: data.data };
}

const NO_HASH = '0'.repeat(64);

/** Who a request's bearer token is, within one campaign. */
export type Party =
  | { kind: 'recruiter' }
  | { kind: 'invitation' }
  | { kind: 'candidate'; id: string }
  | { kind: 'interviewer'; id: string };

/** Which party a request must be: for candidates and interviewers which one, or any interviewer. */
export type Wanted = Party | { kind: 'any-interviewer' };

function hashOf(hashes: PartyHashes, wanted: Party): string | undefined {
  switch (wanted.kind) {
    case 'recruiter':
      return undefined;
    case 'invitation':
      return hashes.invitation;
    case 'candidate':
      return hashes.candidates.get(wanted.id);
    case 'interviewer':
      return hashes.interviewers.get(wanted.id);
  }
}

/**
 * The campaign at `id` if `token` opens it as one of the `wanted` parties (the first that
 * matches), with the party; undefined for an unknown id, a wrong token, or a token of another
 * party or campaign: the same answer, with the token hashed in every case (no existence oracle).
 */
export async function openCampaign(
  id: string | undefined,
  token: string | undefined,
  wanted: readonly Wanted[],
): Promise<{ record: CampaignRecord; party: Party } | undefined> {
  if (!id || !ID_PATTERN.test(id)) {
    hashToken(token ?? '');
    return undefined;
  }
  if (wanted.some((w) => w.kind === 'recruiter')) {
    const owned = await findOwnedRecord<unknown>(CAMPAIGNS, id, token);
    if (owned) return { record: parsed(owned), party: { kind: 'recruiter' } };
    if (wanted.length === 1) return undefined;
  }
  const raw = await getStore().get<unknown>(CAMPAIGNS, id);
  // The hashes are compared before the record is parsed: a wrong token costs no parsing.
  const hashes = raw ? partyHashes(raw.data) : undefined;
  const parties = wanted.flatMap((party): Party[] =>
    party.kind === 'any-interviewer'
      ? [...(hashes?.interviewers.keys() ?? [])].map((iid) => ({ kind: 'interviewer', id: iid }))
      : [party],
  );
  for (const party of parties) {
    if (party.kind === 'recruiter') continue;
    const hash = hashes ? hashOf(hashes, party) : undefined;
    // Compared in constant time against a dummy when there is nothing to compare with.
    const matches = tokenMatches(token, hash ?? NO_HASH) && hash !== undefined;
    if (raw && matches) return { record: parsed(raw), party };
  }
  // As much work for an unknown id as for a wrong token.
  if (parties.length === 0) tokenMatches(token, NO_HASH);
  return undefined;
}

/** The token hashes of a stored campaign's parties, read without parsing the whole record. */
interface PartyHashes {
  invitation: string | undefined;
  candidates: Map<string, string>;
  interviewers: Map<string, string>;
}

function partyHashes(data: unknown): PartyHashes {
  const object = (value: unknown) =>
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const pairs = (value: unknown) =>
    new Map(
      (Array.isArray(value) ? (value as unknown[]) : []).flatMap((entry): [string, string][] => {
        const { id, tokenHash } = object(entry);
        return typeof id === 'string' && typeof tokenHash === 'string' ? [[id, tokenHash]] : [];
      }),
    );
  const root = object(data);
  const invitation = object(root['invitation'])['tokenHash'];
  return {
    invitation: typeof invitation === 'string' ? invitation : undefined,
    candidates: pairs(root['candidates']),
    interviewers: pairs(root['interviewers']),
  };
}

/** A refusal of a change: the answer to send, nothing written. */
export interface Refusal {
  refusal: Response;
}

/** How many times a change is tried again when another change landed in between. */
const ATTEMPTS = 12;

/**
 * Changes the campaign at `id` as the party `wanted` (with `token`): reads it, lets `change` work
 * on a copy (returning the new data and a result, or a refusal), and writes it at the version read.
 * When another change landed in between, it reads again and tries again (the token is checked
 * again: a withdrawn candidate or removed interviewer is then a 404). With `expectedVersion` (the
 * client's `If-Match`), a conflict is not retried: it is the client's 412.
 */
export async function changeCampaign<R>(
  id: string | undefined,
  token: string | undefined,
  wanted: readonly Wanted[],
  change: (
    data: StoredCampaign,
    party: Party,
    record: CampaignRecord,
  ) =>
    | { data: StoredCampaign; result: R }
    | Refusal
    | Promise<{ data: StoredCampaign; result: R } | Refusal>,
  expectedVersion?: (record: CampaignRecord) => number | undefined | Response,
): Promise<{ result: R; record: CampaignRecord } | Refusal | undefined> {
  for (let attempt = 1; ; attempt += 1) {
    const opened = await openCampaign(id, token, wanted);
    if (!opened) return undefined;
    const { record, party } = opened;
    const expected = expectedVersion?.(record);
    if (expected instanceof Response) return { refusal: expected };
    const outcome = await change(structuredClone(record.data), party, record);
    if ('refusal' in outcome) return outcome;
    try {
      const updated = await getStore().update(CAMPAIGNS, record.id, outcome.data, {
        expectedVersion: expected ?? record.version,
      });
      if (!updated) return undefined;
      return { result: outcome.result, record: parsed(updated) };
    } catch (error) {
      if (!(error instanceof VersionConflictError) || expected !== undefined) throw error;
      if (attempt >= ATTEMPTS) throw error;
    }
  }
}

/** Removes a candidate and everything about them from a campaign's data (withdrawal, purge). */
export function withoutCandidates(data: StoredCampaign, ids: ReadonlySet<string>): StoredCampaign {
  return {
    ...data,
    candidates: data.candidates.filter((c) => !ids.has(c.id)),
    scorecards: data.scorecards.filter((c) => !ids.has(c.candidateId)),
    reveals: data.reveals.map((entry) => ({
      ...entry,
      candidateIds: entry.candidateIds.filter((cid) => !ids.has(cid)),
    })),
  };
}
