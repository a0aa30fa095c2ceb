import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './helpers/http.ts';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

/**
 * Each tool's HTTP API walked through as a client would use it, against the built server. (These
 * checks used to run in the browser suite; they need no browser.)
 */

afterAll(removeTempFolders);

let server: RunningServer;
beforeAll(async () => {
  server = await startedServer();
}, 30_000);
afterAll(async () => {
  await server?.stop();
});

const issuePaths = (body: unknown) =>
  (body as { issues: { path: string }[] }).issues.map((issue) => issue.path).sort();

describe('the sourcing API', () => {
  it('answers the defaults with every option, ranked, and sourced assumptions', async () => {
    const ok = await call(server.url, '/api/sourcing', { body: {} });
    expect(ok.status).toBe(200);
    const body = ok.body as {
      recommendation: string;
      options: { id: string }[];
      assumptions: { source: { year: number } }[];
    };
    expect(body.options.map((option) => option.id).sort()).toEqual([
      'agency',
      'apprentice',
      'freelance',
      'hybrid',
      'in-house',
      'part-time',
      'upskill',
    ]);
    expect(body.options[0]?.id).toBe(body.recommendation);
    expect(body.assumptions.every((item) => item.source.year >= 2000)).toBe(true);
  });

  it('answers 400 with the path of every bad field, and invalid_json for broken JSON', async () => {
    const bad = await call(server.url, '/api/sourcing', {
      body: {
        headcount: 0,
        coverage: 'weekends',
        monthlyBudget: '',
        assumptions: { freelanceDayRate: -1 },
      },
    });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: string }).error).toBe('invalid_body');
    expect(issuePaths(bad.body)).toEqual([
      'assumptions.freelanceDayRate',
      'coverage',
      'headcount',
      'monthlyBudget',
    ]);
    // An empty budget is refused with its limits, never read as 0 €.
    const issues = (bad.body as { issues: { path: string; message: string }[] }).issues;
    expect(issues.find((issue) => issue.path === 'monthlyBudget')?.message).toBe(
      'enter a number from 0 to 1000000',
    );
    const broken = await call(server.url, '/api/sourcing', { body: '{"headcount": ' });
    expect(broken.status).toBe(400);
    expect((broken.body as { error: string }).error).toBe('invalid_json');
  });

  it('answers the PDF summary as a private download named after the company and date', async () => {
    const pdf = await fetch(`${server.url}/api/sourcing/pdf?locale=fr`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: '{"company":"Boulangerie Martin"}',
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('cache-control')).toContain('no-store');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /^attachment; filename="boulangerie-martin-aide-au-choix-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

/** POST /api/sourcing with `Accept-Encoding`, read as raw bytes (no decoding by the client). */
function post(
  body: string,
  acceptEncoding: string | undefined,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}> {
  const url = new URL('/api/sourcing?locale=en', server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            bytes: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the sourcing answer comes compressed the way the client accepts', () => {
  const body = JSON.stringify({ headcount: 40, monthlyBudget: 4200 });

  it('sends the same answer as brotli, gzip or plain JSON, each with its length and Vary', async () => {
    const plain = await post(body, undefined);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const answer = JSON.parse(plain.bytes.toString('utf8')) as { recommendation: string };
    expect(answer.recommendation).toBeTruthy();

    const br = await post(body, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 3);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);

    const gzip = await post(body, 'gzip;q=1, br;q=0.5');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.bytes).equals(plain.bytes)).toBe(true);

    for (const answer of [plain, br, gzip]) {
      expect(String(answer.headers['vary'])).toMatch(/accept-encoding/i);
      expect(answer.headers['content-type']).toBe('application/json');
    }
  });

  it('sends plain JSON to a client that accepts only identity', async () => {
    const only = await post(body, 'identity');
    expect(only.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(only.bytes.toString('utf8'))).toHaveProperty('options');
  });

  it('sends a compressed answer asked for twice as the same bytes', async () => {
    const first = await post('{"headcount":7}', 'br');
    const second = await post('{"headcount":7}', 'br');
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('answers invalid inputs 400 in JSON whatever the client accepts', async () => {
    const bad = await post('{"headcount":-3}', 'br');
    expect(bad.status).toBe(400);
    const text =
      bad.headers['content-encoding'] === 'br'
        ? brotliDecompressSync(bad.bytes).toString('utf8')
        : bad.bytes.toString('utf8');
    expect(JSON.parse(text)).toHaveProperty('issues');
  });
});

describe('the sourcing brief API', () => {
  it('answers the mission brief as JSON with the proposals ranked, and as Markdown', async () => {
    const brief = await call(server.url, '/api/sourcing/brief?locale=en', {
      body: {
        workloadMode: 'hours',
        hoursPerWeek: 8,
        canTrain: false,
        proposals: [
          { name: 'Studio A', monthlyFee: 1500, setupFee: 600 },
          { name: 'Studio B', monthlyFee: 1200, minimumMonths: 24 },
        ],
      },
    });
    expect(brief.status).toBe(200);
    const body = brief.body as { option: string; grid: { rows: string[][] } };
    expect(body.option).toBe('freelance');
    // 12 months: A = (600 + 12 × 1 500) ÷ 12 = 1 550; B = 24 × 1 200 ÷ 12 = 2 400.
    expect(body.grid.rows.map((row) => [row[0], row[5]])).toEqual([
      ['Studio A', '€1,550'],
      ['Studio B', '€2,400'],
    ]);
    const markdown = await fetch(`${server.url}/api/sourcing/brief?locale=fr&format=md`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/json' },
      body: '{"company":"Hôtel du Port","objectives":["customer-service"]}',
    });
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get('content-type')).toContain('text/markdown');
    expect(markdown.headers.get('content-disposition')).toContain('cahier-des-charges');
    expect(await markdown.text()).toContain('article 28 du RGPD');
  });
});

describe('the assessment API', () => {
  it('serves the questionnaire, scores, saves with consent, reads, prints and deletes', async () => {
    const questionnaire = await call(server.url, '/api/assessment/questionnaire?locale=en');
    expect(questionnaire.status).toBe(200);
    const body = questionnaire.body as {
      version: string;
      items: { id: string; format: { values: (number | string)[] } }[];
    };
    expect(body.items.length).toBeGreaterThan(10);
    expect((await call(server.url, '/api/assessment/questionnaire?locale=de')).status).toBe(400);

    // The middle value of each format: 3 for statements, c for scenarios, 2 for tools.
    const answers = Object.fromEntries(
      body.items.map((item) => [item.id, item.format.values[2] ?? item.format.values[0]]),
    );
    const submission = { locale: 'en', version: body.version, answers };
    const [firstId = '', secondId = ''] = body.items.map((item) => item.id);
    const incomplete = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== firstId));
    const rejected = await call(server.url, '/api/assessments/score', {
      body: { ...submission, answers: { ...incomplete, [secondId]: 'seven' } },
    });
    expect(rejected.status).toBe(400);
    expect(issuePaths(rejected.body)).toEqual([`answers.${firstId}`, `answers.${secondId}`].sort());

    const scored = await call(server.url, '/api/assessments/score', { body: submission });
    expect(scored.status).toBe(200);
    expect((scored.body as { result: { roles: unknown[] } }).result.roles.length).toBeGreaterThan(
      0,
    );

    const noConsent = await call(server.url, '/api/assessments', { body: submission });
    expect(noConsent.status).toBe(400);
    expect(issuePaths(noConsent.body)).toEqual(['consent']);

    const saved = await call(server.url, '/api/assessments', {
      body: { ...submission, consent: true },
    });
    expect(saved.status).toBe(201);
    const { id, token } = saved.body as { id: string; token: string };
    const wrong = `${token.slice(0, -4)}abcd`;
    const read = await call(server.url, `/api/assessments/${id}`, { token });
    expect(read.status).toBe(200);
    expect((read.body as { assessment: { answers: unknown } }).assessment.answers).toEqual(answers);
    expect((await call(server.url, `/api/assessments/${id}`, { token: wrong })).status).toBe(404);
    expect((await call(server.url, `/api/assessments/${id}`)).status).toBe(404);

    const pdf = await call(server.url, `/api/assessments/${id}/pdf`, { token });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /^attachment; filename="self-assessment-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    expect(pdf.text.slice(0, 5)).toBe('%PDF-');
    expect((await call(server.url, `/api/assessments/${id}/pdf`, { token: wrong })).status).toBe(
      404,
    );

    const del = (t: string) =>
      call(server.url, `/api/assessments/${id}`, { method: 'DELETE', token: t });
    expect((await del(wrong)).status).toBe(404);
    expect((await del(token)).status).toBe(204);
    expect((await call(server.url, `/api/assessments/${id}`, { token })).status).toBe(404);
  });
});

describe('the job-description API', () => {
  it('creates, reads, refuses a wrong token and an unknown role, and exports', async () => {
    const draft = { role: 'manager', locale: 'fr', company: { name: 'Acme' } };
    const created = await call(server.url, '/api/job-descriptions', { body: draft });
    expect(created.status).toBe(201);
    const body = created.body as {
      id: string;
      jobDescription: { missions: unknown[] };
      findings: { rule: string }[];
    };
    expect(body.jobDescription.missions.length).toBeGreaterThanOrEqual(3);
    expect(body.findings.map((finding) => finding.rule)).toContain('objective-missing');

    expect((await call(server.url, `/api/job-descriptions/${body.id}`)).status).toBe(200);
    const wrong = await call(server.url, `/api/job-descriptions/${body.id}`, {
      method: 'PUT',
      token: 'not-the-right-token-at-all',
      body: draft,
    });
    expect(wrong.status).toBe(404);
    const invalid = await call(server.url, '/api/job-descriptions', {
      body: { ...draft, role: 'pilot' },
    });
    expect(invalid.status).toBe(400);
    expect(issuePaths(invalid.body)).toEqual(['role']);

    const posting = await call(server.url, `/api/job-descriptions/${body.id}/job-posting`);
    expect(posting.headers.get('content-type')).toContain('application/ld+json');
    const pdf = await call(server.url, `/api/job-descriptions/${body.id}/pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /^attachment; filename="fiche-de-poste-[a-z0-9-]+\.pdf"$/,
    );
    expect(pdf.text.slice(0, 5)).toBe('%PDF-');
    const preview = await call(server.url, '/api/job-descriptions/preview/pdf', {
      body: { role: 'expert', locale: 'en', company: { name: 'Acme' } },
    });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-disposition')).toMatch(/filename="job-description-/);
  });
});
