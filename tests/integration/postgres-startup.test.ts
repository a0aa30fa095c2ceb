import { afterAll, describe, expect, it } from 'vitest';
import { freePort, removeTempFolders, startServer } from './helpers/server.ts';

afterAll(removeTempFolders);

describe('starting on a PostgreSQL database', () => {
  it('refuses to start when the database cannot be reached, says why, never shows the password', async () => {
    const closed = await freePort();
    const result = await startServer({
      env: { DATABASE_URL: `postgres://tdu:very-secret-pw@127.0.0.1:${closed}/tdu` },
    });
    if ('url' in result) await result.stop();
    expect(result).toMatchObject({ exitCode: 1 });
    const output = 'output' in result && typeof result.output === 'string' ? result.output : '';
    expect(output).toContain('the database cannot be reached for now');
    expect(output).not.toContain('very-secret-pw');
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL address, naming the variable', async () => {
    const result = await startServer({ env: { DATABASE_URL: 'mysql://localhost/tdu' } });
    if ('url' in result) await result.stop();
    expect(result).toMatchObject({ exitCode: 1 });
    expect('output' in result ? String(result.output) : '').toContain('DATABASE_URL must be');
  });
});
