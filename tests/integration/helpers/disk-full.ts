/**
 * Loaded into a test server with `--import`: while the file named by `DISK_FULL_FLAG` exists,
 * every write to a store's temporary file fails as on a full disk (ENOSPC, after the file was
 * created, as a real full disk does). Removing the file frees the "disk" again.
 */
import { existsSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type * as FsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

const require = createRequire(import.meta.url);
const fsp = require('node:fs/promises') as typeof FsPromises;
const realOpen = fsp.open;
const flag = process.env['DISK_FULL_FLAG'];

function noSpace(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
  });
}

fsp.open = async function open(...args: Parameters<typeof realOpen>): Promise<FileHandle> {
  const handle = await realOpen(...args);
  if (flag && existsSync(flag) && String(args[0]).endsWith('.tmp')) {
    handle.writeFile = () => Promise.reject(noSpace());
  }
  return handle;
};
syncBuiltinESMExports();
