import { purgeCampaigns } from './campaign/purge.ts';
import { COLLECTION_NAMES } from './store/port.ts';
import type { CollectionName, StoragePort } from './store/port.ts';

/** Collections purged by age; campaigns follow their own rule (`purgeCampaigns`). */
type AgedCollection = Exclude<CollectionName, 'campaigns'>;

/**
 * How many records a purge deleted, per collection, and (only when there were any) how many
 * campaigns and candidates inside campaigns their own retention deleted, and how many files of the
 * JSON store's `quarantine/` folder.
 */
export type PurgeReport = Record<AgedCollection, number> & {
  campaigns?: number;
  campaignCandidates?: number;
  quarantine?: number;
};

/** A store that also keeps damaged files aside (the JSON store), to be purged with the rest. */
interface WithQuarantine {
  purgeQuarantine(before: Date): Promise<number>;
}

function hasQuarantine(store: object): store is WithQuarantine {
  return typeof (store as Partial<WithQuarantine>).purgeQuarantine === 'function';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes every stored record (job descriptions and assessment results alike) created more than
 * `retentionDays` days before `now`, from disk, and the quarantined files last changed before then.
 * Hiring campaigns are not deleted by age: they follow their own retention (the recruiter's
 * period within the CNIL bounds, from the decision or the close), which `purgeCampaigns` applies.
 */
export async function purgeExpired(
  store: StoragePort,
  retentionDays: number,
  now: Date = new Date(),
): Promise<PurgeReport> {
  const before = new Date(now.getTime() - retentionDays * DAY_MS);
  const report = {} as PurgeReport;
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'campaigns') continue;
    const expired = await store.listCreatedBefore(collection, before);
    let deleted = 0;
    for (const { id } of expired) {
      if (await store.delete(collection, id)) deleted += 1;
    }
    report[collection] = deleted;
  }
  const campaigns = await purgeCampaigns(store, now);
  if (campaigns.campaigns > 0) report.campaigns = campaigns.campaigns;
  if (campaigns.candidates > 0) report.campaignCandidates = campaigns.candidates;
  // Damaged files moved aside hold personal data too: they expire like the records.
  if (hasQuarantine(store)) {
    const deleted = await store.purgeQuarantine(before);
    if (deleted > 0) report.quarantine = deleted;
  }
  return report;
}

/**
 * `purgeExpired` unless another instance of the same store is purging right now (PostgreSQL
 * advisory lock; see `StoragePort.runExclusive`): resolves the report, or undefined when skipped.
 */
export function purgeExpiredOnce(
  store: StoragePort,
  retentionDays: number,
  now: Date = new Date(),
): Promise<PurgeReport | undefined> {
  return store.runExclusive('retention-purge', () => purgeExpired(store, retentionDays, now));
}

/** One day, the interval of the scheduled purge. */
export const PURGE_INTERVAL_MS = DAY_MS;

/**
 * Purges now, then every `intervalMs` (a day by default), reporting each purge to `onPurge` and
 * each failure to `onError`; with several instances on one database, one purges at a time and the
 * others skip that round. The timer never keeps the process alive. Resolves, after the first
 * purge, to the function that stops the schedule.
 */
export async function scheduleRetention(
  store: StoragePort,
  retentionDays: number,
  handlers: { onPurge: (report: PurgeReport) => void; onError: (error: unknown) => void },
  intervalMs: number = PURGE_INTERVAL_MS,
): Promise<() => void> {
  const report = (result: PurgeReport | undefined) => {
    if (result) handlers.onPurge(result);
  };
  report(await purgeExpiredOnce(store, retentionDays));
  const timer = setInterval(() => {
    purgeExpiredOnce(store, retentionDays).then(report, handlers.onError);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
