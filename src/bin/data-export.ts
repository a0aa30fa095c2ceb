/**
 * `npm run data:export -- <file.jsonl>`: writes every record of the configured store (PostgreSQL
 * when DATABASE_URL is set, else the JSON store on DATA_DIR, which must not be in use by a
 * running server) to a JSON Lines file, and prints the count per collection.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readServerConfig } from '../server/config.ts';
import { openConfiguredStore } from '../server/store/index.ts';
import { exportRecords } from '../server/store/transfer.ts';

const file = process.argv[2];
if (!file) {
  process.stderr.write('Usage: npm run data:export -- <file.jsonl>\n');
  process.exit(2);
}
try {
  const store = await openConfiguredStore(readServerConfig());
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  try {
    const counts = await exportRecords(store, async (line) => {
      if (!out.write(`${line}\n`)) await once(out, 'drain');
    });
    out.end();
    await once(out, 'finish');
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    process.stdout.write(`Exported ${total} record(s) from ${store.location} to ${file}\n`);
    for (const [collection, n] of Object.entries(counts)) {
      process.stdout.write(`  ${collection}: ${n}\n`);
    }
  } finally {
    await store.close();
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
