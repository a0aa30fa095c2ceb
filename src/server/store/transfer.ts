import { z } from 'zod';
import { DuplicateIdError } from './conflicts.ts';
import { COLLECTION_NAMES } from './port.ts';
import type { CollectionName, StoragePort, StoredRecord } from './port.ts';
import { StoredRecordSchema } from './scan-data-dir.ts';

/**
 * Moving every record between stores (JSON files ↔ PostgreSQL) as JSON Lines: a header line, one
 * line per record exactly as stored (id, token hash, times, version, data — so links and tokens
 * keep working), and a trailer with the count per collection, by which a cut-off file is caught.
 */

/** The format's name, in the header. */
export const EXPORT_FORMAT = 'trait-d-union-records';

const CountsSchema = z.record(z.enum(COLLECTION_NAMES), z.number().int().min(0));

const HeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
});

const LineSchema = z.object({
  collection: z.enum(COLLECTION_NAMES),
  record: StoredRecordSchema.extend({ version: z.number().int().min(1) }),
});

const TrailerSchema = z.object({ end: z.literal(true), counts: CountsSchema });

/** Records per collection. */
export type Counts = Record<CollectionName, number>;

const zeroCounts = (): Counts =>
  Object.fromEntries(COLLECTION_NAMES.map((name) => [name, 0])) as Counts;

/** Writes every record of `store`, collection by collection, oldest first; resolves the counts. */
export async function exportRecords(
  store: StoragePort,
  writeLine: (line: string) => Promise<void> | void,
  now: Date = new Date(),
): Promise<Counts> {
  const counts = zeroCounts();
  await writeLine(
    JSON.stringify({ format: EXPORT_FORMAT, formatVersion: 1, exportedAt: now.toISOString() }),
  );
  const everything = new Date(8.64e15);
  for (const collection of COLLECTION_NAMES) {
    for (const { id } of await store.listCreatedBefore(collection, everything)) {
      const record = await store.get(collection, id);
      if (!record) continue; // deleted while exporting
      await writeLine(JSON.stringify({ collection, record }));
      counts[collection] += 1;
    }
  }
  await writeLine(JSON.stringify({ end: true, counts }));
  return counts;
}

/** What an import did, per collection. */
export interface ImportReport {
  /** Records in the file (checked against its trailer). */
  inFile: Counts;
  /** Records created in the target. */
  created: Counts;
  /** Records the target already held, identical (a second run of the same import). */
  alreadyThere: Counts;
  /** Records whose id the target holds with other content: left as they are, listed here. */
  conflicts: { collection: CollectionName; id: string }[];
  /** Records in the target afterwards. */
  targetCounts: Counts;
}

/** Records written at the same time during an import. */
const IMPORT_BATCH = 16;

/** Thrown for a file that is not a complete export: the message says which line and why. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

function parseLine<S extends z.ZodType>(schema: S, text: string, at: number): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportFileError(`line ${at}: not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ImportFileError(`line ${at}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** JSON with object keys sorted: PostgreSQL's JSONB does not keep the order keys were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameRecord = (a: StoredRecord<unknown>, b: StoredRecord<unknown>) =>
  a.tokenHash === b.tokenHash &&
  a.version === b.version &&
  new Date(a.createdAt).getTime() === new Date(b.createdAt).getTime() &&
  canonicalJson(a.data) === canonicalJson(b.data);

/**
 * Reads an export and creates each record in `store`, keeping ids, token hashes, times and
 * versions. The whole file is checked first (header, every line, the trailer's counts), so a
 * damaged or cut-off file imports nothing. A record already in the target unchanged is counted,
 * not duplicated, so an import can be run again after an interruption.
 */
export async function importRecords(
  store: StoragePort,
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<ImportReport> {
  const records: { collection: CollectionName; record: StoredRecord<unknown> }[] = [];
  let header = false;
  let trailer: Counts | undefined;
  let at = 0;
  for await (const raw of lines) {
    at += 1;
    const text = raw.trim();
    if (text === '') continue;
    if (trailer) throw new ImportFileError(`line ${at}: data after the end line`);
    if (!header) {
      parseLine(HeaderSchema, text, at);
      header = true;
    } else if (text.startsWith('{"end"')) {
      trailer = { ...zeroCounts(), ...parseLine(TrailerSchema, text, at).counts };
    } else {
      records.push(parseLine(LineSchema, text, at));
    }
  }
  if (!header) throw new ImportFileError('empty file: no export header');
  if (!trailer)
    throw new ImportFileError(`the file ends at line ${at} without its end line: cut off?`);
  const inFile = zeroCounts();
  for (const { collection } of records) inFile[collection] += 1;
  for (const collection of COLLECTION_NAMES) {
    if (inFile[collection] !== trailer[collection]) {
      throw new ImportFileError(
        `${collection}: ${inFile[collection]} record(s) in the file, its end line says ${trailer[collection]}`,
      );
    }
  }

  const report: ImportReport = {
    inFile,
    created: zeroCounts(),
    alreadyThere: zeroCounts(),
    conflicts: [],
    targetCounts: zeroCounts(),
  };
  const place = async ({ collection, record }: (typeof records)[number]) => {
    try {
      await store.create(collection, record);
      report.created[collection] += 1;
    } catch (error) {
      if (!(error instanceof DuplicateIdError)) throw error;
      const existing = await store.get(collection, record.id);
      if (existing && sameRecord(existing, record)) report.alreadyThere[collection] += 1;
      else report.conflicts.push({ collection, id: record.id });
    }
  };
  // A few writes at a time: much faster on PostgreSQL, still gentle on the JSON store's disk.
  for (let start = 0; start < records.length; start += IMPORT_BATCH) {
    await Promise.all(records.slice(start, start + IMPORT_BATCH).map(place));
  }
  for (const collection of COLLECTION_NAMES) {
    report.targetCounts[collection] = await store.count(collection);
  }
  return report;
}
