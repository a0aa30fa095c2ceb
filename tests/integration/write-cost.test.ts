import { afterAll, describe, expect, it } from 'vitest';
import { measureWriteCost } from './helpers/write-cost.ts';
import { removeTempFolders } from './helpers/server.ts';

afterAll(removeTempFolders, 60_000);

describe('the cost of a write', () => {
  it('does not grow with the number of stored records (20,000 against 100)', async () => {
    const small = await measureWriteCost(100);
    const large = await measureWriteCost(20_000);
    process.stdout.write(
      `write cost: ${small.existing} records → median ${small.medianMs.toFixed(2)} ms ` +
        `(p90 ${small.p90Ms.toFixed(2)}); ${large.existing} records → median ` +
        `${large.medianMs.toFixed(2)} ms (p90 ${large.p90Ms.toFixed(2)})\n`,
    );
    // A whole-database file would make the large case about 200 times slower; a sharded store
    // stays within noise. The bound leaves room for a busy machine.
    expect(large.medianMs).toBeLessThan(small.medianMs * 3 + 1);
  }, 60_000);
});
