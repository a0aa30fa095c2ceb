import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/http/api.ts';
import { call, readAllFiles } from './helpers/http.ts';
import { removeTempFolders, startedServer, tempFolder } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

/**
 * The job-description API at the HTTP level, by its contract: `POST /api/job-descriptions`
 * → 201 `{ id, editToken, jobDescription, findings }`; `GET|PUT /api/job-descriptions/{id}` with
 * `Authorization: Bearer <editToken>`; the page `/job-descriptions/{id}/`; the JSON-LD at
 * `/api/job-descriptions/{id}/job-posting`.
 */
const VALID = { role: 'manager', locale: 'fr', company: { name: 'Acme' } };
const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

interface Created {
  id: string;
  editToken: string;
}

/** `<script>` and quote characters, put in every text field of a job description. */
const EVIL = `<script>alert("x")</script>'"&`;
const EVIL_BODY = {
  ...VALID,
  title: `Community manager ${EVIL} (F/H)`,
  company: { name: `Acme ${EVIL}`, sector: `Retail ${EVIL}`, presentation: `We ${EVIL}` },
  objective: `Grow ${EVIL}`,
  reporting: `Monthly ${EVIL}`,
  organisation: `Marketing ${EVIL}`,
  kpis: [`Reach ${EVIL}`],
  perimeter: {
    inScope: [`In ${EVIL}`],
    outOfScope: [`Out ${EVIL}`],
    redLines: [`Never ${EVIL}`],
    decides: `Brand ${EVIL}`,
    escalation: `Manager ${EVIL}`,
  },
  location: { city: `Lyon ${EVIL}`, country: 'FR', remote: 'hybrid' },
  howToApply: { instructions: `Write ${EVIL}` },
};

/** The record saved with EVIL in its text fields, created once and shared by the escaping tests. */
let evilRecord: Promise<Created> | undefined;
function createEvil(base: string): Promise<Created> {
  evilRecord ??= create(base, EVIL_BODY);
  return evilRecord;
}

async function create(base: string, body: unknown = VALID): Promise<Created> {
  const answer = await call(base, '/api/job-descriptions', { body });
  expect(answer.status, answer.text).toBe(201);
  return answer.body as Created;
}

describe('the job-description API', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startedServer();
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('stores all of 500 concurrent creates, one file each, every one readable', async () => {
    const answers = await Promise.all(
      Array.from({ length: 500 }, () => call(server.url, '/api/job-descriptions', { body: VALID })),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 201)).toEqual([]);
    const created = answers.map((a) => a.body as Created);
    expect(new Set(created.map((c) => c.id)).size).toBe(500);
    const files = new Set(readdirSync(join(server.dataDir, 'job-descriptions')));
    for (const { id } of created) expect(files.has(`${id}.json`)).toBe(true);
    const reads = await Promise.all(
      created.map((c) => call(server.url, `/api/job-descriptions/${c.id}`, { token: c.editToken })),
    );
    expect(reads.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
  }, 60_000);

  it('answers 400 with the fields at fault for bad input', async () => {
    const cases: [string, unknown, string][] = [
      ['bad JSON', '{"role": "manager",', ''],
      ['wrong type', { ...VALID, role: 42 }, 'role'],
      ['unknown enum value', { ...VALID, locale: 'de' }, 'locale'],
      ['missing field', { role: 'manager', locale: 'fr' }, 'company'],
      ['oversized string', { ...VALID, company: { name: 'A'.repeat(5000) } }, 'company.name'],
    ];
    for (const [label, body, path] of cases) {
      const answer = await call(server.url, '/api/job-descriptions', { body });
      expect(answer.status, label).toBe(400);
      const error = answer.body as { error: string; issues: { path: string; message: string }[] };
      expect(typeof error.error, label).toBe('string');
      expect(
        error.issues.map((issue) => issue.path),
        label,
      ).toContain(path);
    }
  });

  it('answers 413 above 64 KB, 415 for another content type, 405 for a wrong method', async () => {
    const huge = { ...VALID, company: { name: 'Acme', presentation: 'x'.repeat(MAX_BODY_BYTES) } };
    expect((await call(server.url, '/api/job-descriptions', { body: huge })).status).toBe(413);
    const plain = await call(server.url, '/api/job-descriptions', {
      body: JSON.stringify(VALID),
      headers: { 'content-type': 'text/plain' },
    });
    expect(plain.status).toBe(415);
    const patch = await call(server.url, '/api/job-descriptions', { method: 'PATCH', body: VALID });
    expect(patch.status).toBe(405);
    expect(patch.body).toMatchObject({ error: 'method_not_allowed' });
  });

  it('reads by id alone, and gives the same 404 to an unknown id and to a wrong edit token', async () => {
    const { id, editToken } = await create(server.url);
    // The unguessable id is the read link; the edit token is needed to change anything.
    expect((await call(server.url, `/api/job-descriptions/${id}`)).status).toBe(200);
    const unknownRead = await call(server.url, `/api/job-descriptions/${UNKNOWN_ID}`);
    expect(unknownRead.status).toBe(404);

    const change = { ...VALID, company: { name: 'Hijacked' } };
    const put = (target: string, token?: string) =>
      call(server.url, `/api/job-descriptions/${target}`, {
        method: 'PUT',
        body: change,
        ...(token === undefined ? {} : { token }),
      });
    const unknown = await put(UNKNOWN_ID, editToken);
    expect(unknown.status).toBe(404);
    const refusals = [
      await put(id),
      await put(id, `${editToken.slice(0, -2)}xx`),
      await put(id, (await create(server.url)).editToken),
      await put(id, 'x'.repeat(43)),
    ];
    for (const answer of refusals) {
      expect(answer.status).toBe(404);
      expect(answer.text).toBe(unknown.text);
    }
    expect((await call(server.url, `/api/job-descriptions/${id}`)).text).not.toContain('Hijacked');
  });

  it('issues unguessable ids and tokens, and stores only the hash of the token', async () => {
    const { id, editToken } = await create(server.url);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(Buffer.from(editToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    const files = readAllFiles(server.dataDir);
    expect(files.some(({ content }) => content.includes(editToken))).toBe(false);
    const hash = createHash('sha256').update(editToken).digest('hex');
    const own = files.find(({ file }) => file.endsWith(`${id}.json`));
    expect(own?.content).toContain(hash);
  });

  it('deletes with the edit token only, removing the file from disk', async () => {
    const { id, editToken } = await create(server.url);
    const file = join(server.dataDir, 'job-descriptions', `${id}.json`);
    expect(existsSync(file)).toBe(true);
    const wrong = await call(server.url, `/api/job-descriptions/${id}`, {
      method: 'DELETE',
      token: 'x'.repeat(43),
    });
    expect(wrong.status).toBe(404);
    expect(existsSync(file)).toBe(true);
    const removed = await call(server.url, `/api/job-descriptions/${id}`, {
      method: 'DELETE',
      token: editToken,
    });
    expect(removed.status).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect((await call(server.url, `/api/job-descriptions/${id}`)).status).toBe(404);
  });

  it('updates with the edit token', async () => {
    const { id, editToken } = await create(server.url);
    const renamed = { ...VALID, company: { name: 'Acme Bis' } };
    const put = await call(server.url, `/api/job-descriptions/${id}`, {
      method: 'PUT',
      body: renamed,
      token: editToken,
    });
    expect(put.status, put.text).toBe(200);
    const read = await call(server.url, `/api/job-descriptions/${id}`, { token: editToken });
    expect(read.text).toContain('Acme Bis');
  });

  it('keeps user text inert in the JSON and the JSON-LD', async () => {
    const { id, editToken } = await createEvil(server.url);
    const evil = EVIL;

    // JSON: the text comes back as data, byte for byte, in a JSON document.
    const read = await call(server.url, `/api/job-descriptions/${id}`, { token: editToken });
    expect(read.headers.get('content-type')).toMatch(/json/);
    expect(JSON.stringify(read.body)).toContain(JSON.stringify(`Acme ${evil}`).slice(1, -1));

    // JSON-LD: valid JSON holding the text as data.
    const posting = await call(server.url, `/api/job-descriptions/${id}/job-posting`, {
      token: editToken,
    });
    expect(posting.status, posting.text).toBe(200);
    expect(posting.headers.get('content-type')).toMatch(/json/);
    // The JSON-LD is meant to be pasted into a <script type="application/ld+json"> block of the
    // employer's site: a raw `</script` in it would end that block, so `<` must be escaped (\u003c).
    expect(posting.text, 'JSON-LD safe to embed in a script element').not.toContain('</script');
    expect(JSON.stringify(posting.body)).toContain('alert(');
  });

  it('prints user text as plain text in the PDF, which holds no script or action', async () => {
    const { id } = await createEvil(server.url);
    const response = await fetch(`${server.url}/api/job-descriptions/${id}/pdf`);
    expect(response.status).toBe(200);
    const pdf = Buffer.from(await response.arrayBuffer());
    const folder = tempFolder('tdu-pdf-');
    const file = join(folder, 'job.pdf');
    writeFileSync(file, pdf);
    execFileSync('qpdf', ['--check', file]);
    const uncompressed = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-']);
    expect(uncompressed.toString('latin1')).not.toMatch(/\/(JavaScript|JS|OpenAction|Launch)\b/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
    expect(text.replace(/\s+/g, ' ')).toContain(`Acme <script>alert("x")</script>'"&`);
  });

  it('shows user text inert in the saved page and its JSON-LD', async () => {
    const { id } = await createEvil(server.url);
    // HTML: never the raw tag, always the escaped text.
    const page = await fetch(`${server.url}/job-descriptions/${id}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    // Inside a double-quoted attribute value `<` is plain text (HTML only needs `"` and `&`
    // escaped there, as Astro does); everywhere else the tag must appear escaped.
    const quotedAttribute = /="[^"]*"/g;
    const markup = html.replace(quotedAttribute, '=""');
    expect(markup).not.toContain('<script>alert(');
    expect(markup).toContain('&lt;script&gt;alert(');
    const opened = (html.match(/<script\b/g) ?? []).length;
    const closed = (html.match(/<\/script>/g) ?? []).length;
    expect(closed).toBe(opened);
    for (const block of html.matchAll(
      /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g,
    )) {
      expect(() => JSON.parse(block[1] ?? '')).not.toThrow();
    }
  });

  it('keeps every acknowledged create through a SIGKILL during a storm of writes', async () => {
    const storm = await startedServer();
    const acknowledged: Created[] = [];
    let stop = false;
    const writer = async () => {
      while (!stop) {
        try {
          const answer = await call(storm.url, '/api/job-descriptions', { body: VALID });
          if (answer.status === 201) acknowledged.push(answer.body as Created);
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = Array.from({ length: 24 }, writer);
    while (acknowledged.length < 300) await new Promise((resolve) => setTimeout(resolve, 5));
    await storm.stop('SIGKILL');
    stop = true;
    await Promise.all(writers);
    const restarted = await startedServer({ dataDir: storm.dataDir });
    try {
      const reads = await Promise.all(
        acknowledged.map((c) =>
          call(restarted.url, `/api/job-descriptions/${c.id}`, { token: c.editToken }),
        ),
      );
      expect(reads.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
      expect(existsSync(join(storm.dataDir, 'job-descriptions'))).toBe(true);
    } finally {
      await restarted.stop();
    }
  }, 60_000);
});
