import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';
import { openLowdbStore } from '../../src/server/store/lowdb-store.ts';
import { removeTempFolders, runNode, tempDataDir } from './helpers/server.ts';

afterAll(removeTempFolders);

const STORM = join(PROJECT_ROOT, 'tests', 'integration', 'helpers', 'write-storm.ts');

describe('the store killed with SIGKILL during a write storm', () => {
  it('keeps every acknowledged change in valid files, and opens again', async () => {
    const dataDir = tempDataDir();
    const child = runNode(STORM, { DATA_DIR: dataDir });
    let output = '';
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`storm too slow: ${errors}`)), 15_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        // Kill in the middle of the storm, once a good number of writes were acknowledged.
        if ((output.match(/^updated /gm) ?? []).length >= 400) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(child.signalCode).toBe('SIGKILL');

    const lines = output.split('\n');
    const created = lines.filter((l) => l.startsWith('created ')).map((l) => l.split(' ')[1]);
    const updated = new Set(
      lines.filter((l) => l.startsWith('updated ')).map((l) => l.split(' ')[1]),
    );
    expect(created.length).toBeGreaterThanOrEqual(400);

    // Every record file is complete JSON (temporary files may be left; they are not data).
    const folder = join(dataDir, 'assessments');
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json'))) {
      expect(() => JSON.parse(readFileSync(join(folder, name), 'utf8'))).not.toThrow();
    }

    // A restart opens the folder (a stale lock is taken over) and finds every acknowledged change.
    const store = await openLowdbStore({ dataDir });
    try {
      for (const id of created) {
        const record = await store.get<{ version: number }>('assessments', id ?? '');
        expect(record, `acknowledged record ${id}`).toBeDefined();
        if (updated.has(id)) expect(record?.data.version).toBe(2);
      }
      expect(await store.count('assessments')).toBeGreaterThanOrEqual(created.length);
    } finally {
      await store.close();
    }
  });
});
