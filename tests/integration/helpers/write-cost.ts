import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLowdbStore } from '../../../src/server/store/lowdb-store.ts';
import { hashToken, newCredentials } from '../../../src/server/tokens.ts';
import { tempDataDir } from './server.ts';

/** A job description of a realistic size (about 3 KB of JSON). */
const SAMPLE = {
  role: 'manager',
  locale: 'fr',
  company: { name: 'Acme', sector: 'Retail', size: '50-249' },
  sections: Array.from({ length: 12 }, (_, n) => ({
    title: `Section ${n}`,
    text: 'Animer la communauté, modérer les échanges et rendre compte chaque mois. '.repeat(3),
  })),
};

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Measures the time to store one record when `existing` records are already stored: fills a data
 * folder with that many record files, opens the store on it, then times `writes` creates one after
 * the other; repeats this `rounds` times and keeps the round with the lowest median. Returns the
 * median and 90th percentile of that round, in milliseconds.
 */
export async function measureWriteCost(
  existing: number,
  writes = 200,
  rounds = 3,
): Promise<{ existing: number; medianMs: number; p90Ms: number }> {
  const dataDir = tempDataDir();
  const folder = join(dataDir, 'job-descriptions');
  mkdirSync(folder, { recursive: true });
  const createdAt = new Date().toISOString();
  const tokenHash = hashToken('benchmark');
  for (let n = 0; n < existing; n += 1) {
    const id = `bench${String(n).padStart(17, '0')}`;
    const record = { id, tokenHash, createdAt, updatedAt: createdAt, data: SAMPLE };
    writeFileSync(join(folder, `${id}.json`), JSON.stringify(record));
  }
  // Flush the files just written, so that their write-back does not slow the measured writes.
  execFileSync('sync');
  // Best of several rounds, so that a burst of load from other processes does not decide.
  let times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const store = await openLowdbStore({ dataDir });
    const roundTimes: number[] = [];
    try {
      for (let n = 0; n < writes; n += 1) {
        const { id, tokenHash: hash } = newCredentials();
        const now = new Date().toISOString();
        const started = performance.now();
        await store.create('job-descriptions', {
          id,
          tokenHash: hash,
          createdAt: now,
          updatedAt: now,
          data: SAMPLE,
        });
        roundTimes.push(performance.now() - started);
      }
    } finally {
      await store.close();
    }
    if (times.length === 0 || median(roundTimes) < median(times)) times = roundTimes;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    existing,
    medianMs: median(times),
    p90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? Number.NaN,
  };
}
