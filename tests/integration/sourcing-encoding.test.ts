import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempFolders, startedServer } from './helpers/server.ts';
import type { RunningServer } from './helpers/server.ts';

afterAll(removeTempFolders);

let server: RunningServer;
beforeAll(async () => {
  server = await startedServer();
}, 30_000);
afterAll(async () => {
  await server?.stop();
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
