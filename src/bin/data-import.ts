/**
 * `npm run data:import -- <file.jsonl>`: creates every record of an export in the configured
 * store (PostgreSQL when DATABASE_URL is set, else the JSON store on DATA_DIR), then checks the
 * counts: every record of the file must be in the store afterwards. Exits 1 when the file is
 * damaged or cut off (nothing imported), or when a record could not be placed.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readServerConfig } from '../server/config.ts';
import { COLLECTION_NAMES, openConfiguredStore } from '../server/store/index.ts';
import { importRecords } from '../server/store/transfer.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('Usage: npm run data:import -- <file.jsonl>\n');
  process.exit(2);
}
try {
  const store = await openConfiguredStore(readServerConfig());
  try {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const report = await importRecords(store, lines);
    process.stdout.write(`Imported ${file} into ${store.location}\n`);
    let complete = report.conflicts.length === 0;
    for (const collection of COLLECTION_NAMES) {
      const placed = report.created[collection] + report.alreadyThere[collection];
      const ok = placed === report.inFile[collection];
      complete &&= ok;
      process.stdout.write(
        `  ${collection}: ${report.inFile[collection]} in the file, ${report.created[collection]} created, ` +
          `${report.alreadyThere[collection]} already there; the store now holds ${report.targetCounts[collection]} ` +
          `${ok ? '(count check passed)' : '(COUNT CHECK FAILED)'}\n`,
      );
    }
    for (const { collection, id } of report.conflicts) {
      process.stderr.write(
        `  ${collection}/${id}: the store holds another record with this id; left as it is\n`,
      );
    }
    if (!complete) process.exitCode = 1;
  } finally {
    await store.close();
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
