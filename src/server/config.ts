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
}

/** Defaults of the settings. */
export const DEFAULTS: Readonly<ServerConfig> = {
  dataDir: './data',
  retentionDays: 730,
  writeRateLimit: 30,
  onCorrupt: 'refuse',
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
  return {
    dataDir: env['DATA_DIR']?.trim() || DEFAULTS.dataDir,
    retentionDays: wholeNumber(env, 'RETENTION_DAYS', DEFAULTS.retentionDays, 1),
    writeRateLimit: wholeNumber(env, 'WRITE_RATE_LIMIT', DEFAULTS.writeRateLimit, 0),
    onCorrupt,
  };
}
