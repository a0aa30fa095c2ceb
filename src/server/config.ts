import type { CorruptPolicy } from './store/scan-data-dir.ts';

/** The server's settings, read from the environment. */
export interface ServerConfig {
  /** `DATA_DIR`: folder of the JSON store (default `./data`, relative to the working folder). */
  dataDir: string;
  /** `RETENTION_DAYS`: stored items older than this many days are deleted (default 730). */
  retentionDays: number;
  /** `WRITE_RATE_LIMIT`: writes per minute per client on the API (default 30; 0 turns it off). */
  writeRateLimit: number;
  /** `DATA_ON_CORRUPT`: `refuse` (default) stops at a damaged data file, `quarantine` moves it aside. */
  onCorrupt: CorruptPolicy;
  /**
   * `DATABASE_URL`: when set (`postgres://user:password@host:5432/database`), records live in
   * PostgreSQL instead of the JSON store, and several instances can serve the same data.
   */
  databaseUrl: string | undefined;
  /** `DATABASE_POOL_SIZE`: most connections one instance opens to PostgreSQL (default 10, at least 2). */
  databasePoolSize: number;
  /** `DATABASE_SCHEMA`: PostgreSQL schema of the tables (default `public`). */
  databaseSchema: string;
}

/** Defaults of the settings. */
export const DEFAULTS: Readonly<ServerConfig> = {
  dataDir: './data',
  retentionDays: 730,
  writeRateLimit: 30,
  onCorrupt: 'refuse',
  databaseUrl: undefined,
  databasePoolSize: 10,
  databaseSchema: 'public',
};

/** Thrown for a setting with an invalid value; the message says which and what is expected. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function wholeNumber(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, not "${raw}".`);
  }
  return Number(raw);
}

/** Reads and checks the settings; throws a `ConfigError` naming the faulty variable. */
export function readServerConfig(env: Env = process.env): ServerConfig {
  const onCorrupt = env['DATA_ON_CORRUPT']?.trim() || DEFAULTS.onCorrupt;
  if (onCorrupt !== 'refuse' && onCorrupt !== 'quarantine') {
    throw new ConfigError(`DATA_ON_CORRUPT must be "refuse" or "quarantine", not "${onCorrupt}".`);
  }
  const databaseUrl = env['DATABASE_URL']?.trim() || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\/./.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const databaseSchema = env['DATABASE_SCHEMA']?.trim() || DEFAULTS.databaseSchema;
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) {
    throw new ConfigError(
      `DATABASE_SCHEMA must be lower-case letters, digits and _ (at most 63), not "${databaseSchema}".`,
    );
  }
  return {
    databaseUrl,
    databasePoolSize: wholeNumber(env, 'DATABASE_POOL_SIZE', DEFAULTS.databasePoolSize, 2),
    databaseSchema,
    dataDir: env['DATA_DIR']?.trim() || DEFAULTS.dataDir,
    retentionDays: wholeNumber(env, 'RETENTION_DAYS', DEFAULTS.retentionDays, 1),
    writeRateLimit: wholeNumber(env, 'WRITE_RATE_LIMIT', DEFAULTS.writeRateLimit, 0),
    onCorrupt,
  };
}
