import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { faultResponse } from '../../../src/server/http/faults.ts';
import { purgeExpired } from '../../../src/server/retention.ts';
import { DurableJsonFile } from '../../../src/server/store/durable-json-file.ts';
import { StorageFault, toStorageFault } from '../../../src/server/store/errors.ts';
import { openLowdbStore } from '../../../src/server/store/lowdb-store.ts';
import type { DurableStore } from '../../../src/server/store/lowdb-store.ts';
import { hashToken, newCredentials } from '../../../src/server/tokens.ts';

const opened: DurableStore[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tdu-hard-'));
  folders.push(folder);
  return folder;
}

async function open(dataDir: string, onCorrupt: 'refuse' | 'quarantine' = 'refuse') {
  const store = await openLowdbStore({ dataDir, onCorrupt });
  opened.push(store);
  return store;
}

function record(data: unknown = { n: 1 }) {
  const { id, token, tokenHash } = newCredentials();
  const now = new Date().toISOString();
  return { token, record: { id, tokenHash, createdAt: now, updatedAt: now, data } };
}

describe('a failed write', () => {
  it('leaves no temporary file behind', async () => {
    const dir = tempDir();
    const file = new DurableJsonFile<unknown>(join(dir, 'x.json'));
    // JSON.stringify throws on a BigInt after the temporary file was created.
    await expect(file.write({ n: 1n })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('storage faults', () => {
  it.each([
    ['ENOSPC', 'full'],
    ['EDQUOT', 'full'],
    ['EROFS', 'unavailable'],
    ['EIO', 'unavailable'],
    ['EACCES', 'unavailable'],
  ])('maps %s to a %s fault', (code, kind) => {
    const error = Object.assign(new Error(`${code}: failed`), { code });
    expect(toStorageFault(error, 'writing')).toMatchObject({ name: 'StorageFault', kind });
  });

  it.each([
    ['full', 507, 'insufficient_storage'],
    ['unavailable', 503, 'storage_unavailable'],
    ['damaged', 500, 'damaged_record'],
  ] as const)(
    'answers a %s fault %d in the API format, logged once without token',
    async (kind, status, error) => {
      const token = newCredentials().token;
      const lines: string[] = [];
      const request = new Request(`http://127.0.0.1/api/assessments/abc?t=${token}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const fault = new StorageFault(kind, `failed with ${token}`, { cause: new Error(token) });
      const response = faultResponse(fault, request, (line) => lines.push(line));
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ error, issues: [{ path: '' }] });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('/api/assessments/abc');
      expect(lines[0]).not.toContain(token);
    },
  );

  it('answers any other error 500 internal_error', async () => {
    const response = faultResponse(new TypeError('x'), new Request('http://h/api/x'), () => {});
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: 'internal_error' });
  });
});

describe('a record damaged while the store runs', () => {
  it('is a damaged fault on read, and its neighbours still answer', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const damaged = record();
    const neighbour = record();
    await store.create('assessments', damaged.record);
    await store.create('assessments', neighbour.record);
    writeFileSync(join(dir, 'assessments', `${damaged.record.id}.json`), '{"id":');
    await expect(store.get('assessments', damaged.record.id)).rejects.toMatchObject({
      name: 'StorageFault',
      kind: 'damaged',
    });
    writeFileSync(join(dir, 'assessments', `${damaged.record.id}.json`), '{"id":"other"}');
    await expect(store.get('assessments', damaged.record.id)).rejects.toMatchObject({
      kind: 'damaged',
    });
    expect(await store.get('assessments', neighbour.record.id)).toMatchObject({ data: { n: 1 } });
  });
});

describe('findByToken', () => {
  it('opens a record only with its token, and answers the same for an unknown id', async () => {
    const store = await open(tempDir());
    const { token, record: saved } = record();
    await store.create('assessments', saved);
    expect(await store.findByToken('assessments', saved.id, hashToken(token))).toMatchObject({
      id: saved.id,
    });
    expect(await store.findByToken('assessments', saved.id, hashToken('wrong'))).toBeUndefined();
    expect(
      await store.findByToken('assessments', newCredentials().id, hashToken(token)),
    ).toBeUndefined();
  });
});

describe('permissions', () => {
  it('creates data folders 0700 and files 0600, and reports wider ones', async () => {
    const dir = join(tempDir(), 'data');
    const store = await open(dir);
    const { record: saved } = record();
    await store.create('job-descriptions', saved);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'job-descriptions')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'job-descriptions', `${saved.id}.json`)).mode & 0o777).toBe(0o600);
    expect(store.opened.widePermissions).toEqual([]);
    await store.close();
    opened.pop();
    chmodSync(join(dir, 'assessments'), 0o755);
    chmodSync(join(dir, 'job-descriptions', `${saved.id}.json`), 0o644);
    const again = await open(dir);
    expect(again.opened.widePermissions).toEqual(
      expect.arrayContaining([
        { path: join(dir, 'assessments'), mode: '0755' },
        { path: join(dir, 'job-descriptions', `${saved.id}.json`), mode: '0644' },
      ]),
    );
  });
});

describe('retention of quarantined files', () => {
  it('deletes the quarantined files older than the retention period, keeps younger ones', async () => {
    const dir = tempDir();
    const folder = join(dir, 'quarantine', 'assessments');
    mkdirSync(folder, { recursive: true });
    const old = join(folder, 'old.json.2024');
    const young = join(folder, 'young.json.2026');
    writeFileSync(old, 'x');
    writeFileSync(young, 'x');
    const now = new Date();
    const longAgo = new Date(now.getTime() - 40 * 86_400_000);
    utimesSync(old, longAgo, longAgo);
    const store = await open(dir);
    const report = await purgeExpired(store, 30, now);
    expect(report.quarantine).toBe(1);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });
});
