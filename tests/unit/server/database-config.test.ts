import { describe, expect, it } from 'vitest';
import { readServerConfig } from '../../../src/server/config.ts';

describe('the database settings', () => {
  it('read DATABASE_URL, DATABASE_POOL_SIZE and DATABASE_SCHEMA', () => {
    expect(
      readServerConfig({
        DATABASE_URL: 'postgres://tdu:secret@db.internal:5432/tdu',
        DATABASE_POOL_SIZE: '25',
        DATABASE_SCHEMA: 'hiring',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://tdu:secret@db.internal:5432/tdu',
      databasePoolSize: 25,
      databaseSchema: 'hiring',
    });
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/tdu'],
    ['DATABASE_POOL_SIZE', '1'],
    ['DATABASE_POOL_SIZE', 'many'],
    ['DATABASE_SCHEMA', 'Drop Table'],
  ])('refuses %s=%s with a message naming it', (name, value) => {
    expect(() => readServerConfig({ [name]: value })).toThrow(name);
  });
});
