import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the file that marks a data folder as in use, holding the owner's process id. */
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

async function writeLock(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'wx', 0o600);
    await handle.writeFile(`${process.pid}\n`);
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
    const owner = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
      throw new DataDirLockedError(dataDir, owner);
    }
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
