import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newCredentials } from '../../src/server/tokens.ts';
import { removeTempFolders, startedServer, startServer, tempDataDir } from './helpers/server.ts';

afterAll(removeTempFolders);

const DAY_MS = 86_400_000;

/** Writes a record file the way the store does, created `daysAgo` days ago. */
function writeRecord(dataDir: string, collection: string, daysAgo: number): string {
  const { id, tokenHash } = newCredentials();
  const at = new Date(Date.now() - daysAgo * DAY_MS).toISOString();
  mkdirSync(join(dataDir, collection), { recursive: true });
  writeFileSync(
    join(dataDir, collection, `${id}.json`),
    JSON.stringify({ id, tokenHash, createdAt: at, updatedAt: at, data: { daysAgo } }),
  );
  return id;
}

describe('server start-up', () => {
  it('refuses to start on a damaged data file, names it and leaves it untouched', async () => {
    const dataDir = tempDataDir();
    writeRecord(dataDir, 'assessments', 1);
    const damaged = join(dataDir, 'assessments', `${newCredentials().id}.json`);
    writeFileSync(damaged, '{"id":"abc","tokenHash":');
    const result = await startServer({ dataDir });
    expect('url' in result).toBe(false);
    if ('url' in result) return result.stop();
    expect(result.exitCode).toBe(1);
    expect(result.output).toContain(damaged);
    expect(result.output).toMatch(/not valid JSON/);
    expect(readFileSync(damaged, 'utf8')).toBe('{"id":"abc","tokenHash":');
  });

  it('with DATA_ON_CORRUPT=quarantine, moves the damaged file aside, says so and serves', async () => {
    const dataDir = tempDataDir();
    const kept = writeRecord(dataDir, 'job-descriptions', 1);
    const damaged = join(dataDir, 'job-descriptions', `${newCredentials().id}.json`);
    writeFileSync(damaged, '');
    const server = await startedServer({ dataDir, env: { DATA_ON_CORRUPT: 'quarantine' } });
    try {
      expect(server.output()).toContain(damaged);
      expect(existsSync(damaged)).toBe(false);
      const moved = readdirSync(join(dataDir, 'quarantine', 'job-descriptions'));
      expect(moved).toHaveLength(1);
      expect(existsSync(join(dataDir, 'job-descriptions', `${kept}.json`))).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('refuses an invalid setting with a message naming it', async () => {
    const result = await startServer({ env: { RETENTION_DAYS: 'forever' } });
    if ('url' in result) await result.stop();
    expect(result).toMatchObject({ exitCode: 1 });
    expect('output' in result && typeof result.output === 'string' ? result.output : '').toContain(
      'RETENTION_DAYS',
    );
  });

  it('purges the items older than RETENTION_DAYS from disk at start-up', async () => {
    const dataDir = tempDataDir();
    const old = [
      writeRecord(dataDir, 'assessments', 31),
      writeRecord(dataDir, 'job-descriptions', 400),
    ];
    const young = [
      writeRecord(dataDir, 'assessments', 29),
      writeRecord(dataDir, 'job-descriptions', 0),
    ];
    const server = await startedServer({ dataDir, env: { RETENTION_DAYS: '30' } });
    try {
      const files = [
        ...readdirSync(join(dataDir, 'assessments')),
        ...readdirSync(join(dataDir, 'job-descriptions')),
      ];
      for (const id of old) expect(files).not.toContain(`${id}.json`);
      for (const id of young) expect(files).toContain(`${id}.json`);
      expect(server.output()).toMatch(/deleted 2 item/);
    } finally {
      await server.stop();
    }
  });

  it('lets one server only use a data folder, and releases it on a clean stop', async () => {
    const dataDir = tempDataDir();
    const first = await startedServer({ dataDir });
    const second = await startServer({ dataDir });
    if ('url' in second) await second.stop();
    expect(second).toMatchObject({ exitCode: 1 });
    expect('output' in second ? String(second.output) : '').toMatch(/one process/);
    await first.stop();
    const third = await startedServer({ dataDir });
    await third.stop();
  });

  it('restarts after SIGKILL on the same data folder (the lock of the dead process is taken over)', async () => {
    const dataDir = tempDataDir();
    const first = await startedServer({ dataDir });
    await first.stop('SIGKILL');
    const second = await startedServer({ dataDir });
    await second.stop();
  });
});
