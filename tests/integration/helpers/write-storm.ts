/**
 * A write storm against the real store, run as a child process by the crash test: it opens the
 * store on DATA_DIR and keeps creating and then updating records, printing a line for every change
 * only once the store has acknowledged it (`created <id>` / `updated <id> <version>`), until killed.
 */
import { openLowdbStore } from '../../../src/server/store/lowdb-store.ts';
import { newCredentials } from '../../../src/server/tokens.ts';

const dataDir = process.env['DATA_DIR'];
if (!dataDir) throw new Error('DATA_DIR is required');
const store = await openLowdbStore({ dataDir });
const padding = 'x'.repeat(2000);

async function worker(): Promise<never> {
  for (;;) {
    const { id, tokenHash } = newCredentials();
    const now = new Date().toISOString();
    await store.create('assessments', {
      id,
      tokenHash,
      createdAt: now,
      updatedAt: now,
      data: { version: 1, padding },
    });
    process.stdout.write(`created ${id}\n`);
    await store.update('assessments', id, { version: 2, padding });
    process.stdout.write(`updated ${id} 2\n`);
  }
}

process.stdout.write('ready\n');
await Promise.all(Array.from({ length: 16 }, worker));
