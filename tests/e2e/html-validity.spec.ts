import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from './fixtures.ts';

/**
 * Valid HTML (issue 15, point 6): every page passes the W3C Nu HTML checker (`vnu-jar`, run with
 * the machine's Java) with no error — the prerendered pages of the build, and the pages the server
 * renders on demand (a saved job description, a saved assessment's shell, the 404 page), fetched
 * as a browser gets them. Without Java the test is skipped and says so.
 */

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const CLIENT = join(process.cwd(), process.env['OUT_DIR'] ?? 'dist', 'client');

/** Every `.html` file below a folder. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

test.skip(
  !hasJava,
  'the W3C Nu checker (vnu-jar) needs Java: apt-get install default-jre-headless',
);

test('every page passes the W3C Nu HTML checker', async ({ request }) => {
  test.setTimeout(300_000);
  const folder = mkdtempSync(join(tmpdir(), 'tdu-vnu-'));
  const saved = await request.post('/api/job-descriptions', {
    data: { role: 'animator', locale: 'fr', company: { name: 'Atelier Dupont' } },
  });
  const { id } = (await saved.json()) as { id: string };
  const dynamic = [
    `/job-descriptions/${id}/`,
    `/en/job-descriptions/${id}/`,
    '/assessments/AAAAAAAAAAAAAAAAAAAAAA/',
    '/campaigns/AAAAAAAAAAAAAAAAAAAAAA/invitation/',
    '/en/campaigns/AAAAAAAAAAAAAAAAAAAAAA/invitation/',
    '/campaigns/AAAAAAAAAAAAAAAAAAAAAA/candidates/BBBBBBBBBBBBBBBBBBBBBB/',
    '/campaigns/AAAAAAAAAAAAAAAAAAAAAA/guide/?candidate=BBBBBBBBBBBBBBBBBBBBBB',
    '/en/campaigns/AAAAAAAAAAAAAAAAAAAAAA/guide/',
    '/page-inexistante/',
    '/en/no-such-page/',
  ];
  const files = htmlFiles(CLIENT);
  for (const path of dynamic) {
    const file = join(folder, `${path.replace(/\W+/g, '_')}.html`);
    writeFileSync(file, await (await request.get(path)).text());
    files.push(file);
  }
  expect(files.length).toBeGreaterThan(20);

  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
  const errors = messages
    .filter((message) => message.type === 'error')
    .map((message) => {
      const where = message.url.replace('file:', '');
      const page = where.startsWith(CLIENT) ? relative(CLIENT, where) : where;
      return `${page}: ${message.message} ${message.extract ?? ''}`.trim();
    });
  expect(errors).toEqual([]);
});

test('the checker itself catches an error (so a pass means something)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tdu-vnu-')), 'bad.html');
  writeFileSync(file, '<!doctype html><html lang="fr"><title>x</title><body><p><div></p>');
  let failed = false;
  try {
    execFileSync('java', ['-jar', VNU, '--errors-only', file], { stdio: 'pipe' });
  } catch {
    failed = true;
  }
  expect(failed).toBe(true);
});
