import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ConfigError, readServerConfig } from '../../../src/server/config.ts';
import { purgeExpired, scheduleRetention } from '../../../src/server/retention.ts';
import { createMemoryStore } from '../../../src/server/store/memory-store.ts';
import { openLowdbStore } from '../../../src/server/store/lowdb-store.ts';
import { newCredentials } from '../../../src/server/tokens.ts';

describe('the retention purge', () => {
  it('deletes from disk the records older than the retention period, in both collections', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdu-purge-'));
    const store = await openLowdbStore({ dataDir: dir });
    const now = new Date('2026-11-22T12:00:00Z');
    const make = (daysAgo: number) => {
      const { id, tokenHash } = newCredentials();
      const at = new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
      return { id, tokenHash, createdAt: at, updatedAt: at, data: { daysAgo } };
    };
    const expired = [make(731), make(2000)];
    const kept = [make(729), make(0)];
    for (const record of [...expired, ...kept]) await store.create('assessments', record);
    const oldJob = make(800);
    await store.create('job-descriptions', oldJob);

    expect(await purgeExpired(store, 730, now)).toEqual({
      'job-descriptions': 1,
      assessments: 2,
    });
    for (const { id } of expired) {
      expect(existsSync(join(dir, 'assessments', `${id}.json`))).toBe(false);
    }
    for (const { id } of kept) expect(await store.get('assessments', id)).toBeDefined();
    expect(existsSync(join(dir, 'job-descriptions', `${oldJob.id}.json`))).toBe(false);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the server settings', () => {
  it('has documented defaults', () => {
    expect(readServerConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4321,
      dataDir: './data',
      retentionDays: 730,
      writeRateLimit: 30,
      onCorrupt: 'refuse',
      siteUrl: 'http://127.0.0.1:4321',
      outDir: 'dist',
    });
  });

  it('reads the environment', () => {
    expect(
      readServerConfig({
        DATA_DIR: '/srv/tdu',
        RETENTION_DAYS: '90',
        WRITE_RATE_LIMIT: '0',
        DATA_ON_CORRUPT: 'quarantine',
        HOST: '0.0.0.0',
        PORT: ' 8080 ',
        SITE_URL: 'https://tdu.example.fr/',
        OUT_DIR: 'dist-a',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 8080,
      dataDir: '/srv/tdu',
      retentionDays: 90,
      writeRateLimit: 0,
      onCorrupt: 'quarantine',
      siteUrl: 'https://tdu.example.fr',
      outDir: 'dist-a',
    });
  });

  it.each([
    ['RETENTION_DAYS', '0'],
    ['RETENTION_DAYS', 'two years'],
    ['WRITE_RATE_LIMIT', '-1'],
    ['WRITE_RATE_LIMIT', '1.5'],
    ['DATA_ON_CORRUPT', 'ignore'],
    ['PORT', '65536'],
    ['PORT', 'http'],
    ['HOST', 'my host'],
    ['SITE_URL', 'tdu.example.fr'],
    ['SITE_URL', 'ftp://tdu.example.fr'],
    ['OUT_DIR', 'my dist'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => readServerConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => readServerConfig({ [name]: value })).toThrow(name);
  });

  it('names every bad variable on its own line', () => {
    expect(() =>
      readServerConfig({ PORT: 'x', RETENTION_DAYS: '0', DATA_DIR: '/srv/tdu' }),
    ).toThrow(
      /^PORT must be a whole number from 0 to 65535, not "x"\.\nRETENTION_DAYS must be a whole number of at least 1, not "0"\.$/,
    );
  });

  it('treats a blank variable as unset', () => {
    expect(readServerConfig({ PORT: '  ', DATA_ON_CORRUPT: '' })).toMatchObject({
      port: 4321,
      onCorrupt: 'refuse',
    });
  });
});

describe('the scheduled purge', () => {
  it('purges at once, then again every interval, with the time of each run', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-22T00:00:00Z') });
    try {
      const store = createMemoryStore();
      const make = (createdAt: string) => {
        const { id, tokenHash } = newCredentials();
        return { id, tokenHash, createdAt, updatedAt: createdAt, data: {} };
      };
      const old = make('2026-11-01T00:00:00Z');
      const soonOld = make('2026-11-19T12:00:00Z');
      const recent = make('2026-11-21T00:00:00Z');
      for (const record of [old, soonOld, recent]) await store.create('assessments', record);
      const reports: number[] = [];
      const stop = await scheduleRetention(
        store,
        3,
        { onPurge: (report) => reports.push(report.assessments), onError: () => undefined },
        86_400_000,
      );
      expect(reports).toEqual([1]);
      expect(await store.get('assessments', soonOld.id)).toBeDefined();
      await vi.advanceTimersByTimeAsync(86_400_000);
      expect(reports).toEqual([1, 1]);
      expect(await store.get('assessments', soonOld.id)).toBeUndefined();
      expect(await store.get('assessments', recent.id)).toBeDefined();
      stop();
      await vi.advanceTimersByTimeAsync(3 * 86_400_000);
      expect(reports).toEqual([1, 1]);
    } finally {
      vi.useRealTimers();
    }
  });
});
