import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Name of the file that marks a data folder as in use. It holds the owner's process id, the
 * process's start time (Linux: from `/proc`) and a random instance id, so that a lock left by a
 * dead process is recognised even when its process id now belongs to another live process.
 */
export const LOCK_FILE = 'store.lock';

/** Thrown when another running process already serves the same data folder. */
export class DataDirLockedError extends Error {
  /** Process id of the owner. */
  readonly pid: number;

  constructor(dataDir: string, pid: number) {
    super(
      `The data folder ${dataDir} is already used by process ${pid}. The JSON store serves one ` +
        'process only: stop the other server or give this one another DATA_DIR.',
    );
    this.name = 'DataDirLockedError';
    this.pid = pid;
  }
}

const OWNED_KEY = Symbol.for('trait-d-union.owned-data-dirs');
type WithOwned = typeof globalThis & { [OWNED_KEY]?: Set<string> };

/** The data folders this process holds, shared by every copy of this module in the process. */
function ownedDirs(): Set<string> {
  const holder = globalThis as WithOwned;
  holder[OWNED_KEY] ??= new Set();
  return holder[OWNED_KEY];
}

/** True when a process with this id is running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The start time of a process, in clock ticks since boot (field 22 of `/proc/<pid>/stat`), or
 * undefined where `/proc` is not available. A reused process id has another start time.
 */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

/** What a lock file records about its owner. */
export interface LockOwner {
  pid: number;
  /** `processStartTime(pid)` when the lock was taken. */
  startTime?: string | undefined;
  /** Random id of the store instance that took the lock. */
  instance?: string | undefined;
}

/** Reads a lock file: the current JSON format, or the older bare process id. */
function parseLock(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value === 'object' && value && Number.isInteger(value.pid)) {
      return value as LockOwner;
    }
  } catch {
    // the older format: a bare process id
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) ? { pid } : undefined;
}

/**
 * True when the process that wrote the lock still runs: its id is alive and, when the lock
 * recorded it, the process with that id started at the same time.
 */
export function ownerIsAlive(owner: LockOwner): boolean {
  if (owner.pid === process.pid || !isRunning(owner.pid)) return false;
  if (owner.startTime === undefined) return true;
  const now = processStartTime(owner.pid);
  return now === undefined || now === owner.startTime;
}

/** This process's lock record. */
const SELF: LockOwner = {
  pid: process.pid,
  startTime: processStartTime(process.pid),
  instance: randomBytes(8).toString('hex'),
};

async function writeLock(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx', 0o600);
    await handle.writeFile(`${JSON.stringify(SELF)}\n`);
    await handle.sync();
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Claims a data folder for this process, so that two servers never write the same files (two
 * writers on one JSON store lose acknowledged writes). A lock left by a process that no longer
 * runs (killed, crashed) is taken over. Returns the function that releases the folder.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = join(dataDir, LOCK_FILE);
  if (ownedDirs().has(dataDir)) throw new DataDirLockedError(dataDir, process.pid);
  if (!(await writeLock(file))) {
    const owner = parseLock(await readFile(file, 'utf8').catch(() => ''));
    if (owner && ownerIsAlive(owner)) throw new DataDirLockedError(dataDir, owner.pid);
    await unlink(file).catch(() => undefined);
    if (!(await writeLock(file))) {
      throw new DataDirLockedError(dataDir, Number.NaN);
    }
  }
  ownedDirs().add(dataDir);
  return async () => {
    ownedDirs().delete(dataDir);
    await unlink(file).catch(() => undefined);
  };
}
