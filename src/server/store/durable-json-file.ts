import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Suffix of the temporary files a write goes through; files ending with it are never data. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Flushes a folder's entry table to disk, so that a rename or unlink inside it survives a crash
 * of the machine, not only of the process.
 */
export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A lowdb adapter for one small JSON file, stricter than lowdb's own `JSONFile`: each write goes to
 * a fresh temporary file in the same folder, is flushed to disk (`fsync`), then renamed over the
 * file, and the folder is flushed too. The file therefore always holds either the previous or the
 * new content, and once `write` resolves the new content is on disk.
 *
 * Reading a file that is not valid JSON throws (a `SyntaxError`); it never returns defaults, so a
 * damaged file cannot be silently overwritten.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly #file: string;

  /** @param file absolute path of the JSON file */
  constructor(file: string) {
    this.#file = file;
  }

  /** The parsed file, or null when it does not exist. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  /** Replaces the file atomically and durably. */
  async write(data: T): Promise<void> {
    const folder = dirname(this.#file);
    const temp = join(
      folder,
      `.${basename(this.#file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`,
    );
    const handle = await open(temp, 'wx', 0o600);
    try {
      try {
        await handle.writeFile(`${JSON.stringify(data)}\n`, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, this.#file);
    } catch (error) {
      // A failed write (disk full, I/O error) leaves no temporary file behind.
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(folder);
  }
}
