/**
 * "My items on this device": what this browser saved (job descriptions, assessment results,
 * sourcing answers), kept in localStorage only, so a person who lost a private link finds it
 * again. Nothing here is sent to the server. The tools call `rememberItem()` when they save.
 */

/** The kinds of items a person can save. */
export const ITEM_KINDS = [
  'job-description',
  'assessment',
  'sourcing',
  'campaign',
  'campaign-share',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** One item saved from this browser. */
export interface RememberedItem {
  kind: ItemKind;
  /** The item's id on the server, or any stable key for items that live in their link. */
  id: string;
  /** What the person will recognise: the job title, the target role, the sourcing question. */
  title: string;
  /** The link that reopens it (private links keep their token in the fragment). */
  link: string;
  /** When it was last saved, ISO 8601. */
  savedAt: string;
}

const KEY = 'trait-d-union.my-items.v1';
/** Enough for anyone's real use; the oldest items go first beyond it. */
const MAX_ITEMS = 100;

function isItem(value: unknown): value is RememberedItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    ITEM_KINDS.includes(item['kind'] as ItemKind) &&
    typeof item['id'] === 'string' &&
    typeof item['title'] === 'string' &&
    typeof item['link'] === 'string' &&
    typeof item['savedAt'] === 'string'
  );
}

/** The items saved from this browser, newest first (empty when storage is unavailable). */
export function listItems(): RememberedItem[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isItem) : [];
  } catch {
    return [];
  }
}

function writeItems(items: RememberedItem[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(items.slice(0, MAX_ITEMS)));
  } catch {
    // Private browsing or a full quota: the list is a convenience, the links still work.
  }
}

/** Adds an item, or moves it to the top with its new title and link when it is already there. */
export function rememberItem(item: Omit<RememberedItem, 'savedAt'> & { savedAt?: string }): void {
  const others = listItems().filter((old) => !(old.kind === item.kind && old.id === item.id));
  writeItems([{ ...item, savedAt: item.savedAt ?? new Date().toISOString() }, ...others]);
}

/** Removes an item from this browser's list (the item itself stays on the server). */
export function forgetItem(kind: ItemKind, id: string): void {
  writeItems(listItems().filter((item) => !(item.kind === kind && item.id === id)));
}

/** The remembered item of that kind and id, if any. */
export function findItem(kind: ItemKind, id: string): RememberedItem | undefined {
  return listItems().find((item) => item.kind === kind && item.id === id);
}
