import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processStartTime } from '../../src/server/store/data-dir-lock.ts';
import { removeTempFolders, startedServer, startServer, tempDataDir } from './helpers/server.ts';

afterAll(removeTempFolders);

describe('storage housekeeping (issue 16, points 3 and 8)', () => {
  it('starts although the stale lock’s process id now belongs to another live process', async () => {
    const dataDir = tempDataDir();
    // A live process that is not a server: its id is reused, its start time is not the lock's.
    const other = spawn('sleep', ['30']);
    try {
      const pid = other.pid ?? 0;
      writeFileSync(
        join(dataDir, 'store.lock'),
        JSON.stringify({
          pid,
          startTime: String(Number(processStartTime(pid)) - 1000),
          instance: 'old',
        }),
      );
      const server = await startedServer({ dataDir });
      const lock = JSON.parse(readFileSync(join(dataDir, 'store.lock'), 'utf8')) as {
        pid: number;
        startTime: string;
        instance: string;
      };
      expect(lock.pid).toBe(server.child.pid);
      expect(lock.startTime).toMatch(/^\d+$/);
      expect(lock.instance).toMatch(/^[0-9a-f]{16}$/);
      await server.stop();
    } finally {
      other.kill();
    }
  }, 30_000);

  it('still refuses a lock whose process runs with the recorded start time', async () => {
    const dataDir = tempDataDir();
    const first = await startedServer({ dataDir });
    try {
      const second = await startServer({ dataDir });
      if ('url' in second) await second.stop();
      expect(second).toMatchObject({ exitCode: 1 });
    } finally {
      await first.stop();
    }
  }, 30_000);

  it('purges quarantined files older than RETENTION_DAYS at start-up', async () => {
    const dataDir = tempDataDir();
    const folder = join(dataDir, 'quarantine', 'assessments');
    mkdirSync(folder, { recursive: true });
    const old = join(folder, 'abc.json.2024-01-01T00-00-00-000Z');
    const young = join(folder, 'def.json.2026-11-29T00-00-00-000Z');
    writeFileSync(old, '{"name":"someone"}');
    writeFileSync(young, '{');
    const longAgo = new Date(Date.now() - 40 * 86_400_000);
    utimesSync(old, longAgo, longAgo);
    const server = await startedServer({ dataDir, env: { RETENTION_DAYS: '30' } });
    await server.stop();
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
    expect(server.output()).toMatch(/quarantine: 1/);
  }, 30_000);

  it('creates data folders 0700 and files 0600, and warns at start-up when they are wider', async () => {
    const dataDir = join(tempDataDir(), 'fresh');
    const server = await startedServer({ dataDir });
    const created = await fetch(`${server.url}/api/job-descriptions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ role: 'manager', locale: 'fr', company: { name: 'Acme' } }),
    });
    const { id } = (await created.json()) as { id: string };
    await server.stop();
    expect(server.output()).not.toMatch(/Warning: .*read by other users/);
    const file = join(dataDir, 'job-descriptions', `${id}.json`);
    for (const folder of [
      dataDir,
      join(dataDir, 'job-descriptions'),
      join(dataDir, 'assessments'),
    ]) {
      expect((statSync(folder).mode & 0o777).toString(8), folder).toBe('700');
    }
    expect((statSync(file).mode & 0o777).toString(8)).toBe('600');

    chmodSync(dataDir, 0o755);
    chmodSync(file, 0o644);
    const again = await startedServer({ dataDir });
    await again.stop();
    expect(again.output()).toMatch(
      /Warning: 2 data folder\(s\) or file\(s\) can be read by other users/,
    );
    expect(again.output()).toContain(`${dataDir} (0755)`);
    expect(again.output()).toContain(`${file} (0644)`);
  }, 30_000);
});
