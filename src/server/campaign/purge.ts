import { campaignDueForDeletion, dueForDeletion } from '../../domain/campaign/retention.ts';
import { VersionConflictError } from '../store/conflicts.ts';
import type { StoragePort } from '../store/port.ts';
import { CAMPAIGNS, parsed, withoutCandidates } from './store.ts';

/** What a campaign purge deleted: whole campaigns, and candidates inside campaigns kept. */
export interface CampaignPurgeReport {
  campaigns: number;
  candidates: number;
}

/** Far enough ahead to list every campaign, whatever its creation date. */
const EVERY_RECORD_MS = 100 * 365 * 24 * 60 * 60 * 1000;

/**
 * The campaigns' own retention (CNIL recruitment guide; `src/domain/campaign/retention.ts`), never
 * their creation date: a campaign is deleted as a whole at its end (its last day, or an early
 * close: every campaign ends) plus its retention, later while a talent-pool candidate still needs
 * it; inside a campaign kept, each candidate whose data is due (rejected plus the not-hired months,
 * undecided after the end, talent pool after their last contact plus the pool months) is removed with their scorecards. A change that loses a race with
 * a request is left for the next round.
 */
export async function purgeCampaigns(
  store: StoragePort,
  now: Date = new Date(),
): Promise<CampaignPurgeReport> {
  const report: CampaignPurgeReport = { campaigns: 0, candidates: 0 };
  const entries = await store.listCreatedBefore(
    CAMPAIGNS,
    new Date(now.getTime() + EVERY_RECORD_MS),
  );
  for (const { id } of entries) {
    const raw = await store.get<unknown>(CAMPAIGNS, id);
    if (!raw) continue;
    const record = parsed(raw);
    const { campaign, candidates } = record.data;
    const retained = candidates.map((share) => ({
      share,
      ...(share.decision ? { decision: share.decision } : {}),
    }));
    try {
      if (campaignDueForDeletion(now, campaign, retained)) {
        if (await store.delete(CAMPAIGNS, id, { expectedVersion: record.version })) {
          report.campaigns += 1;
        }
        continue;
      }
      const due = new Set(
        retained.filter((c) => dueForDeletion(now, campaign, c)).map((c) => c.share.id),
      );
      if (due.size === 0) continue;
      const updated = await store.update(CAMPAIGNS, id, withoutCandidates(record.data, due), {
        expectedVersion: record.version,
      });
      if (updated) report.candidates += due.size;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
    }
  }
  return report;
}
