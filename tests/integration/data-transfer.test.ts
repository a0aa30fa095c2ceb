/**
 * `npm run data:export` / `data:import` move every record between the JSON store and PostgreSQL
 * and back: the counts match, and the private links and edit tokens given before the move still
 * open and edit the same items afterwards.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';
import {
  adminQuery,
  dropSchema,
  newSchemaName,
  SKIP_POSTGRES,
  TEST_DATABASE_URL,
} from '../helpers/postgres.ts';
import { validAssessmentSubmission } from './helpers/assessment-body.ts';
import { call } from './helpers/http.ts';
import {
  NODE,
  removeTempFolders,
  startedServer,
  tempDataDir,
  tempFolder,
} from './helpers/server.ts';

const schema = newSchemaName('tdu_move');
afterAll(async () => {
  removeTempFolders();
  if (!SKIP_POSTGRES) await dropSchema(schema);
});

/** Runs `npm run data:<command> -- <file>` with the store settings in `env`. */
function transfer(command: 'export' | 'import', file: string, env: Record<string, string>) {
  const result = spawnSync(NODE, [join(PROJECT_ROOT, 'src', 'bin', `data-${command}.ts`), file], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, VITEST: '', DATA_DIR: '', DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const suite = SKIP_POSTGRES ? describe.skip : describe;

suite('moving the data between the JSON store and PostgreSQL', () => {
  it('keeps every record, its version and its tokens, both ways', async () => {
    // Items made on a server with the JSON store.
    const jsonDir = tempDataDir();
    const first = await startedServer({ dataDir: jsonDir });
    const draft = { role: 'expert', locale: 'fr', company: { name: 'Coopérative Brise' } };
    const jobs: { id: string; editToken: string }[] = [];
    const assessments: { id: string; token: string }[] = [];
    try {
      for (let n = 0; n < 3; n += 1) {
        const created = await call(first.url, '/api/job-descriptions', { body: draft });
        jobs.push(created.body as { id: string; editToken: string });
      }
      const edited = jobs[0] as { id: string; editToken: string };
      await call(first.url, `/api/job-descriptions/${edited.id}`, {
        method: 'PUT',
        token: edited.editToken,
        body: { ...draft, company: { name: 'Coopérative Brise (modifiée)' } },
      });
      const submission = { ...(await validAssessmentSubmission()), consent: true };
      for (let n = 0; n < 4; n += 1) {
        const created = await call(first.url, '/api/assessments', { body: submission });
        assessments.push(created.body as { id: string; token: string });
      }
    } finally {
      await first.stop();
    }

    // JSON → PostgreSQL.
    const folder = tempFolder('tdu-move-');
    const exported = join(folder, 'from-json.jsonl');
    const out = transfer('export', exported, { DATA_DIR: jsonDir });
    expect(out.status, out.output).toBe(0);
    expect(out.output).toContain('job-descriptions: 3');
    expect(out.output).toContain('assessments: 4');
    const pgEnv = { DATABASE_URL: TEST_DATABASE_URL, DATABASE_SCHEMA: schema };
    const into = transfer('import', exported, pgEnv);
    expect(into.status, into.output).toBe(0);
    expect(into.output).toMatch(
      /job-descriptions: 3 in the file, 3 created, 0 already there; the store now holds 3 \(count check passed\)/,
    );
    expect(into.output).toMatch(/assessments: 4 in the file, 4 created/);
    const rows = await adminQuery(
      `SELECT collection, count(*)::integer AS n FROM "${schema}".records GROUP BY collection ORDER BY collection`,
    );
    expect(rows.rows).toEqual([
      { collection: 'assessments', n: 4 },
      { collection: 'job-descriptions', n: 3 },
    ]);
    // Running the same import again adds nothing.
    const again = transfer('import', exported, pgEnv);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(/job-descriptions: 3 in the file, 0 created, 3 already there/);

    // The links and tokens given by the JSON server work on a PostgreSQL server.
    const onPostgres = await startedServer({ env: pgEnv });
    try {
      for (const { id, token } of assessments) {
        expect((await call(onPostgres.url, `/api/assessments/${id}`, { token })).status).toBe(200);
      }
      const edited = jobs[0] as { id: string; editToken: string };
      const read = await call(onPostgres.url, `/api/job-descriptions/${edited.id}`);
      expect(read.headers.get('etag')).toBe('"v2"');
      expect(read.body).toMatchObject({
        jobDescription: { company: { name: 'Coopérative Brise (modifiée)' } },
      });
      const put = await call(onPostgres.url, `/api/job-descriptions/${edited.id}`, {
        method: 'PUT',
        token: edited.editToken,
        headers: { 'if-match': '"v2"' },
        body: draft,
      });
      expect(put.status).toBe(200);
      expect(put.headers.get('etag')).toBe('"v3"');
    } finally {
      await onPostgres.stop();
    }

    // PostgreSQL → a new JSON store, and the tokens still work there.
    const back = join(folder, 'from-postgres.jsonl');
    expect(transfer('export', back, pgEnv).status).toBe(0);
    const emptyDir = tempDataDir();
    const home = transfer('import', back, { DATA_DIR: emptyDir });
    expect(home.status, home.output).toBe(0);
    expect(home.output).toMatch(
      /job-descriptions: 3 in the file, 3 created, 0 already there; the store now holds 3 \(count check passed\)/,
    );
    expect(home.output).toMatch(
      /assessments: 4 in the file, 4 created, 0 already there; the store now holds 4/,
    );
    const onJson = await startedServer({ dataDir: emptyDir });
    try {
      const { id, token } = assessments[3] as { id: string; token: string };
      expect((await call(onJson.url, `/api/assessments/${id}`, { token })).status).toBe(200);
      const edited = jobs[0] as { id: string; editToken: string };
      expect(
        (await call(onJson.url, `/api/job-descriptions/${edited.id}`)).headers.get('etag'),
      ).toBe('"v3"');
    } finally {
      await onJson.stop();
    }
  }, 120_000);

  it('refuses a cut-off file and imports nothing from it', async () => {
    const jsonDir = tempDataDir();
    const server = await startedServer({ dataDir: jsonDir });
    try {
      for (let n = 0; n < 2; n += 1) {
        await call(server.url, '/api/job-descriptions', {
          body: { role: 'manager', locale: 'en', company: { name: `Firm ${n}` } },
        });
      }
    } finally {
      await server.stop();
    }
    const folder = tempFolder('tdu-move-');
    const file = join(folder, 'export.jsonl');
    expect(transfer('export', file, { DATA_DIR: jsonDir }).status).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const cut = join(folder, 'cut.jsonl');
    writeFileSync(cut, `${lines.slice(0, -2).join('\n')}\n`);
    const target = tempDataDir();
    const result = transfer('import', cut, { DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/without its end line/);
    const trailerLies = join(folder, 'lies.jsonl');
    writeFileSync(trailerLies, `${[...lines.slice(0, -2), lines.at(-1)].join('\n')}\n`);
    const lied = transfer('import', trailerLies, { DATA_DIR: target });
    expect(lied.status).toBe(1);
    expect(lied.output).toMatch(/job-descriptions: 1 record\(s\) in the file, its end line says 2/);
  }, 60_000);
});
