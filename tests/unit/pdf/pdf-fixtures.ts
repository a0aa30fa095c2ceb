import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when a command-line tool from poppler-utils or qpdf is installed. */
export function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Writes `bytes` to a fresh temporary file and returns its path. */
export function writeTempPdf(bytes: Uint8Array, name = 'document.pdf'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pdf-test-')), name);
  writeFileSync(file, bytes);
  return file;
}

/** Runs a tool and returns its standard output (throws on a non-zero exit). */
export function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
