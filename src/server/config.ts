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
  // --- hardening (issue 16): public address, trusted hosts, expensive routes ---
  /**
   * `SITE_URL`: the public address of the site (`https://emploi.example.fr`). Links in PDFs and
   * the JobPosting `url` are built from it, never from the request's `Host`; when it is set, only
   * its host (and `ALLOWED_HOSTS`) may be asked for. Undefined when not set.
   */
  siteUrl: string | undefined;
  /** `ALLOWED_HOSTS`: comma-separated host names (with an optional `:port`) also accepted. */
  allowedHosts: string[];
  /** `EXPENSIVE_RATE_LIMIT`: PDFs, sourcing answers, assessment scores per minute per client (default 20; 0 turns it off). */
  expensiveRateLimit: number;
}

/** Defaults of the settings. */
export const DEFAULTS: Readonly<ServerConfig> = {
  dataDir: './data',
  retentionDays: 730,
  writeRateLimit: 30,
  onCorrupt: 'refuse',
  siteUrl: undefined,
  allowedHosts: [],
  expensiveRateLimit: 20,
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
    ...readHardeningSettings(env),
  };
}

// --- hardening (issue 16) ---

/** `SITE_URL` as an origin (`https://host[:port]`), checked; undefined when not set. */
function siteUrlOf(env: Env): string | undefined {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `SITE_URL must be an absolute address such as https://example.org, not "${raw}".`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`SITE_URL must start with http:// or https://, not "${raw}".`);
  }
  return url.origin;
}

/** A host as a browser sends it in `Host`: lower case, with its port when it has one. */
const HOST_PATTERN =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

function allowedHostsOf(env: Env): string[] {
  const raw = env['ALLOWED_HOSTS']?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const host = entry.trim().toLowerCase();
    if (!HOST_PATTERN.test(host)) {
      throw new ConfigError(
        `ALLOWED_HOSTS must be host names separated by commas (e.g. "example.org,www.example.org:8080"), not "${entry.trim()}".`,
      );
    }
    return host;
  });
}

/** The settings issue 16 adds: public address, allowed hosts, expensive-route limit. */
function readHardeningSettings(
  env: Env,
): Pick<ServerConfig, 'siteUrl' | 'allowedHosts' | 'expensiveRateLimit'> {
  return {
    siteUrl: siteUrlOf(env),
    allowedHosts: allowedHostsOf(env),
    expensiveRateLimit: wholeNumber(env, 'EXPENSIVE_RATE_LIMIT', DEFAULTS.expensiveRateLimit, 0),
  };
}

let cached: ServerConfig | undefined;

/** The process's settings, read once (the server checks them at start-up). */
export function serverConfig(): ServerConfig {
  cached ??= readServerConfig();
  return cached;
}
