import { openLowdbStore } from '../../src/server/store/lowdb-store.ts';
import { newCredentials } from '../../src/server/tokens.ts';

/** Median time of one store write with 100 and with 20,000 records already stored. */
export interface StoreWriteResult {
  at100Ms: number;
  at20000Ms: number;
  ratio: number;
  fillSeconds: number;
}

function record(index: number) {
  const { id, tokenHash } = newCredentials();
  const now = new Date().toISOString();
  return {
    id,
    tokenHash,
    createdAt: now,
    updatedAt: now,
    data: {
      index,
      locale: 'fr',
      answers: { 'empathy-1': 4, 'empathy-2': 3, 'angry-customer-public': 'b' },
    },
  };
}

async function medianWrite(
  store: Awaited<ReturnType<typeof openLowdbStore>>,
  samples: number,
  from: number,
) {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    await store.create('assessments', record(from + i));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Fills a fresh store in `dataDir` and times single writes at 100 and 20,000 records. */
export async function measureStoreWrites(dataDir: string): Promise<StoreWriteResult> {
  const store = await openLowdbStore({ dataDir, onCorrupt: 'refuse' });
  try {
    const fillStarted = performance.now();
    for (let i = 0; i < 100; i += 1) await store.create('assessments', record(i));
    const at100Ms = await medianWrite(store, 200, 100);
    const batch = 50;
    for (let stored = await store.count('assessments'); stored < 20_000; stored += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, 20_000 - stored) }, (_, i) =>
          store.create('assessments', record(stored + i)),
        ),
      );
    }
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const at20000Ms = await medianWrite(store, 200, 20_000);
    return { at100Ms, at20000Ms, ratio: at20000Ms / at100Ms, fillSeconds };
  } finally {
    await store.close();
  }
}
