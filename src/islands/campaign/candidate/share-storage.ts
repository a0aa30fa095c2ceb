import type { Shared } from './ShareForm.tsx';

/**
 * What the invitation page keeps in this browser: the wizard's answers for this campaign (apart
 * from the standalone self-assessment's), and the private link once the result was shared, so a
 * reload shows the link instead of offering to share a second time.
 */

/** The wizard's autosave key for one campaign's invitation. */
export function wizardStorageKey(campaignId: string): string {
  return `trait-d-union.campaign.${campaignId}.assessment.v1`;
}

const sharedKey = (campaignId: string) => `trait-d-union.campaign.${campaignId}.shared.v1`;

/** The share made from this browser for this campaign, if any. */
export function loadShared(campaignId: string): Shared | undefined {
  try {
    const parsed: unknown = JSON.parse(
      window.localStorage.getItem(sharedKey(campaignId)) ?? 'null',
    );
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { candidateId, link } = parsed as Record<string, unknown>;
    return typeof candidateId === 'string' && typeof link === 'string'
      ? { candidateId, link }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the share made for this campaign (a full or blocked storage only loses this). */
export function saveShared(campaignId: string, shared: Shared): void {
  try {
    window.localStorage.setItem(sharedKey(campaignId), JSON.stringify(shared));
  } catch {
    // Private browsing or a full quota: the link is also shown on screen.
  }
}

/** Forgets the share (after it was withdrawn from this browser). */
export function forgetShared(campaignId: string): void {
  try {
    window.localStorage.removeItem(sharedKey(campaignId));
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}
