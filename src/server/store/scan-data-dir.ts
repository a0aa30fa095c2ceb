import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DurableJsonFile, TEMP_SUFFIX, syncFolder } from './durable-json-file.ts';
import { COLLECTION_NAMES } from './port.ts';
import type { CollectionName } from './port.ts';

/** Ids the store accepts as file names: url-safe characters only, so no path can escape a folder. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What every record file must hold; anything else is a damaged file. */
export const StoredRecordSchema = z.object({
  /** Equal to the file name without `.json`. */
  id: z.string().regex(SAFE_ID),
  /** SHA-256 of the record's token, hex. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** ISO 8601 creation time. */
  createdAt: z.iso.datetime({ offset: true }),
  /** ISO 8601 time of the last update. */
  updatedAt: z.iso.datetime({ offset: true }),
  /** 1 at creation, plus one per update (files written before versions existed have none). */
  version: z.number().int().min(1).optional(),
  /** The record's content, owned by the caller. */
  data: z.unknown(),
});

/** A data file that is not a valid record, and why. */
export interface DamagedFile {
  /** Absolute path. */
  file: string;
  reason: string;
}

/** Thrown at start-up when data files are damaged and the store was told to refuse them. */
export class CorruptDataError extends Error {
  readonly files: DamagedFile[];

  constructor(files: DamagedFile[]) {
    super(
      `The data store cannot start: ${files.length} damaged file(s) that it will not overwrite:\n` +
        files.map(({ file, reason }) => `  ${file}: ${reason}`).join('\n') +
        '\nRepair or move these files away, or start with DATA_ON_CORRUPT=quarantine to have ' +
        'them moved into the quarantine folder of DATA_DIR.',
    );
    this.name = 'CorruptDataError';
    this.files = files;
  }
}

/** What to do with a damaged file at start-up: stop (default) or move it aside and go on. */
export type CorruptPolicy = 'refuse' | 'quarantine';

/** What the store keeps in memory about a record: enough to expire it and to check its token. */
export interface IndexEntry {
  /** ISO 8601 creation time. */
  createdAt: string;
  /** SHA-256 of the record's token, hex. */
  tokenHash: string;
}

/** The index the store keeps in memory: id → entry, per collection. */
export type StoreIndex = Map<CollectionName, Map<string, IndexEntry>>;

/** Mode of the data folders: the owner only (ids are read capabilities: no listing by others). */
export const FOLDER_MODE = 0o700;
/** Mode of the data files: read and written by the owner only. */
export const FILE_MODE = 0o600;

/** What opening a data folder found. */
export interface ScanResult {
  index: StoreIndex;
  /** Files moved into the quarantine folder (only with the `quarantine` policy). */
  quarantined: { from: string; to: string; reason: string }[];
  /** Temporary files of writes that never completed, removed. */
  removedTempFiles: number;
  /** Folders and files others may read or list (mode wider than 0700 / 0600), for a warning. */
  widePermissions: { path: string; mode: string }[];
}

/** The path and octal mode of a folder or file when others than the owner may use it. */
async function wideMode(
  path: string,
  allowed: number,
): Promise<{ path: string; mode: string } | undefined> {
  const mode = (await stat(path)).mode & 0o777;
  return mode & ~allowed ? { path, mode: mode.toString(8).padStart(4, '0') } : undefined;
}

/** Folder, under `DATA_DIR`, where damaged files are moved aside (purged by retention too). */
export const QUARANTINE_DIR = 'quarantine';

/** Folder of a collection. */
export function collectionDir(dataDir: string, collection: CollectionName): string {
  return join(dataDir, collection);
}

/** File of a record. */
export function recordFile(dataDir: string, collection: CollectionName, id: string): string {
  return join(dataDir, collection, `${id}.json`);
}

/** The creation time of a valid record file, or why the file is damaged. */
async function checkRecordFile(file: string, id: string): Promise<IndexEntry | { reason: string }> {
  let content: unknown;
  try {
    content = await new DurableJsonFile<unknown>(file).read();
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? `not valid JSON (${error.message})` : String(error);
    return { reason };
  }
  const parsed = StoredRecordSchema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid';
    return { reason: `not a record (${where})` };
  }
  if (parsed.data.id !== id) return { reason: `holds id ${parsed.data.id}, not ${id}` };
  return { createdAt: parsed.data.createdAt, tokenHash: parsed.data.tokenHash };
}

/** Runs `task` over `items` with at most `limit` at a time. */
async function eachLimited<T>(
  items: T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Opens a data folder: creates the collection folders, removes temporary files left by writes
 * that never completed, checks every record file and builds the in-memory index. Damaged files
 * are never overwritten: with `refuse` it throws a `CorruptDataError` naming them; with
 * `quarantine` it moves them to `DATA_DIR/quarantine/<collection>/` and reports them.
 */
export async function scanDataDir(dataDir: string, policy: CorruptPolicy): Promise<ScanResult> {
  const index: StoreIndex = new Map();
  const damaged: (DamagedFile & { collection: CollectionName; name: string })[] = [];
  let removedTempFiles = 0;
  const wide: ({ path: string; mode: string } | undefined)[] = [
    await wideMode(dataDir, FOLDER_MODE),
  ];
  for (const collection of COLLECTION_NAMES) {
    const folder = collectionDir(dataDir, collection);
    await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
    wide.push(await wideMode(folder, FOLDER_MODE));
    const entries = new Map<string, IndexEntry>();
    index.set(collection, entries);
    const names = await readdir(folder);
    const records: string[] = [];
    for (const name of names) {
      if (name.endsWith(TEMP_SUFFIX)) {
        await unlink(join(folder, name)).catch(() => undefined);
        removedTempFiles += 1;
      } else if (name.endsWith('.json')) {
        records.push(name);
      }
    }
    await eachLimited(records, 32, async (name) => {
      const file = join(folder, name);
      const id = name.slice(0, -'.json'.length);
      const checked = SAFE_ID.test(id)
        ? await checkRecordFile(file, id)
        : { reason: 'the file name is not a record id' };
      if ('reason' in checked) damaged.push({ file, reason: checked.reason, collection, name });
      else {
        entries.set(id, checked);
        wide.push(await wideMode(file, FILE_MODE));
      }
    });
  }
  if (damaged.length > 0 && policy === 'refuse') throw new CorruptDataError(damaged);
  const quarantined: ScanResult['quarantined'] = [];
  for (const { file, reason, collection, name } of damaged) {
    const folder = join(dataDir, QUARANTINE_DIR, collection);
    await mkdir(join(dataDir, QUARANTINE_DIR), { recursive: true, mode: FOLDER_MODE });
    await mkdir(folder, { recursive: true, mode: FOLDER_MODE });
    const to = join(folder, `${name}.${new Date().toISOString().replace(/[:.]/g, '-')}`);
    await rename(file, to);
    await syncFolder(folder);
    quarantined.push({ from: file, to, reason });
  }
  const widePermissions = wide.filter((entry) => entry !== undefined);
  return { index, quarantined, removedTempFiles, widePermissions };
}
