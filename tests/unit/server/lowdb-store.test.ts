import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  DataDirLockedError,
  LOCK_FILE,
  processStartTime,
} from '../../../src/server/store/data-dir-lock.ts';
import { openLowdbStore } from '../../../src/server/store/lowdb-store.ts';
import type { DurableStore } from '../../../src/server/store/lowdb-store.ts';
import type { NewRecord } from '../../../src/server/store/port.ts';
import { CorruptDataError } from '../../../src/server/store/scan-data-dir.ts';
import { newCredentials } from '../../../src/server/tokens.ts';

const opened: DurableStore[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function tempDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'tdu-store-'));
  folders.push(folder);
  return folder;
}

async function open(dataDir: string, onCorrupt: 'refuse' | 'quarantine' = 'refuse') {
  const store = await openLowdbStore({ dataDir, onCorrupt });
  opened.push(store);
  return store;
}

function newRecord<T>(data: T, createdAt = new Date()): NewRecord<T> {
  const { id, tokenHash } = newCredentials();
  const at = createdAt.toISOString();
  return { id, tokenHash, createdAt: at, updatedAt: at, data };
}

function fileOf(dataDir: string, collection: string, id: string): string {
  return join(dataDir, collection, `${id}.json`);
}

// What every store must do is in store-contract.test.ts; here, what is particular to JSON files.
describe('the lowdb store', () => {
  it('writes one JSON file per record and reads it back', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const record = newRecord({ title: 'Community manager' });
    await store.create('job-descriptions', record);
    const onDisk = JSON.parse(readFileSync(fileOf(dir, 'job-descriptions', record.id), 'utf8'));
    expect(onDisk).toEqual({ ...record, version: 1 });
    expect(await store.get('job-descriptions', record.id)).toEqual({ ...record, version: 1 });
    expect(await store.get('assessments', record.id)).toBeUndefined();
    expect(await store.count('job-descriptions')).toBe(1);
  });

  it('reads a file written before records had versions as version 1', async () => {
    const dir = tempDir();
    const record = newRecord({ legacy: true });
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    writeFileSync(fileOf(dir, 'assessments', record.id), JSON.stringify(record));
    const store = await open(dir);
    expect(await store.get('assessments', record.id)).toEqual({ ...record, version: 1 });
    expect(
      (await store.update('assessments', record.id, {}, { expectedVersion: 1 }))?.version,
    ).toBe(2);
  });

  it('refuses ids that are not safe file names', async () => {
    const store = await open(tempDir());
    const record = newRecord({});
    await store.create('assessments', record);
    await expect(store.create('assessments', { ...record, id: '../escape' })).rejects.toThrow();
    expect(await store.get('assessments', '../../store.lock')).toBeUndefined();
    expect(await store.delete('assessments', '../assessments')).toBe(false);
  });

  it('serialises concurrent updates of one record and leaves a valid file', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const record = newRecord({ n: -1 });
    await store.create('job-descriptions', record);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, n) => store.update('job-descriptions', record.id, { n })),
    );
    expect(results.every(Boolean)).toBe(true);
    const onDisk = JSON.parse(readFileSync(fileOf(dir, 'job-descriptions', record.id), 'utf8'));
    expect(onDisk.data).toEqual({ n: 99 });
    expect(onDisk.version).toBe(101);
    expect(readdirSync(join(dir, 'job-descriptions'))).toEqual([`${record.id}.json`]);
  });
});

describe('opening a data folder', () => {
  function writeDamaged(dir: string): string {
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    const file = fileOf(dir, 'assessments', newCredentials().id);
    writeFileSync(file, '{"id": "trunc');
    return file;
  }

  it('refuses to start on a file that is not valid JSON, names it and leaves it untouched', async () => {
    const dir = tempDir();
    const file = writeDamaged(dir);
    const failure = openLowdbStore({ dataDir: dir });
    await expect(failure).rejects.toBeInstanceOf(CorruptDataError);
    await expect(failure).rejects.toThrow(file);
    expect(readFileSync(file, 'utf8')).toBe('{"id": "trunc');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a valid JSON file that is not a record', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'job-descriptions'), { recursive: true });
    const id = newCredentials().id;
    writeFileSync(fileOf(dir, 'job-descriptions', id), '[]');
    await expect(openLowdbStore({ dataDir: dir })).rejects.toThrow(/not a record/);
  });

  it('with the quarantine policy, moves the damaged file aside, keeps it and says so', async () => {
    const dir = tempDir();
    const file = writeDamaged(dir);
    const store = await open(dir, 'quarantine');
    expect(existsSync(file)).toBe(false);
    expect(store.opened.quarantined).toHaveLength(1);
    const moved = store.opened.quarantined[0];
    expect(moved?.from).toBe(file);
    expect(readFileSync(moved?.to ?? '', 'utf8')).toBe('{"id": "trunc');
    expect(await store.count('assessments')).toBe(0);
  });

  it('removes temporary files of writes that never completed', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'assessments'), { recursive: true });
    writeFileSync(join(dir, 'assessments', '.abc.json.1234.tmp'), '{"half');
    const store = await open(dir);
    expect(store.opened.removedTempFiles).toBe(1);
    expect(readdirSync(join(dir, 'assessments'))).toEqual([]);
  });

  it('lets only one store use a data folder at a time', async () => {
    const dir = tempDir();
    await open(dir);
    await expect(openLowdbStore({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
  });

  it('takes over the lock left by a process that no longer runs', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), '2147483646\n');
    const store = await open(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    await store.close();
    opened.pop();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose process id now belongs to another live process', async () => {
    const dir = tempDir();
    // The parent process runs, but it is not the one that wrote this lock: its start time differs.
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, startTime: '1', instance: 'gone' }),
    );
    await open(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
  });

  it('refuses a lock whose process still runs with the recorded start time', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, startTime: processStartTime(process.ppid) }),
    );
    await expect(openLowdbStore({ dataDir: dir })).rejects.toThrow(String(process.ppid));
  });

  it('refuses a lock held by another running process', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), `${process.ppid}\n`);
    await expect(openLowdbStore({ dataDir: dir })).rejects.toThrow(String(process.ppid));
  });
});
