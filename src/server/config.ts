import { z } from 'zod';

/**
 * The server's settings, read from environment variables by one zod schema. The settings come in
 * blocks (one per concern, each a `z.object` keyed by variable name that maps to camelCase
 * fields); to add a setting, add it to its block, or add your own block below and list it in
 * `SETTINGS_BLOCKS` and `ServerConfig`. Every bad variable gets its own message naming it, e.g.
 * `PORT must be a whole number from 0 to 65535, not "http"`.
 */

/** An optional variable: unset or blank means "use the default". */
const optional = z
  .string()
  .optional()
  .transform((raw) => (raw === undefined || raw.trim() === '' ? undefined : raw.trim()));

/** A whole number between `min` and `max`, `fallback` when unset. */
function wholeNumber(fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  return optional.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      ctx.addIssue({ code: 'custom', message: `must be a whole number ${range}, not "${raw}".` });
      return z.NEVER;
    }
    return value;
  });
}

/** One of a few words, `fallback` when unset. */
function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
  return optional.transform((raw, ctx): T[number] => {
    if (raw === undefined) return fallback;
    if ((values as readonly string[]).includes(raw)) return raw;
    const list = values.map((value) => `"${value}"`).join(' or ');
    ctx.addIssue({ code: 'custom', message: `must be ${list}, not "${raw}".` });
    return z.NEVER;
  });
}

/** A piece of text without spaces (a host name, a folder), `fallback` when unset. */
function word(fallback: string, what: string) {
  return optional.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    if (/\s/.test(raw)) {
      ctx.addIssue({ code: 'custom', message: `must be ${what} without spaces, not "${raw}".` });
      return z.NEVER;
    }
    return raw;
  });
}

/** An absolute http(s) address without a trailing slash, `fallback` when unset. */
function httpUrl(fallback: string) {
  return optional.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const parsed = URL.canParse(raw) ? new URL(raw) : undefined;
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be an absolute http:// or https:// address, not "${raw}".`,
      });
      return z.NEVER;
    }
    return raw.replace(/\/+$/, '');
  });
}

/** Listening: where the server answers and how fast it lets one client write. */
export const HttpSettingsSchema = z
  .object({
    /** Interface to listen on; `0.0.0.0` exposes the server. */
    HOST: word('127.0.0.1', 'a host name or address'),
    /** Port to listen on (0: any free port). */
    PORT: wholeNumber(4321, 0, 65535),
    /** Writes per minute per client address on the API; 0 turns the limit off. */
    WRITE_RATE_LIMIT: wholeNumber(30, 0),
  })
  .transform((env) => ({ host: env.HOST, port: env.PORT, writeRateLimit: env.WRITE_RATE_LIMIT }));

/** Storage: the JSON store's folder, how long items are kept, what to do with a damaged file. */
export const StorageSettingsSchema = z
  .object({
    /** Folder of the JSON store, relative to the working folder. */
    DATA_DIR: word('./data', 'a folder'),
    /** Saved items older than this many days are deleted. */
    RETENTION_DAYS: wholeNumber(730, 1),
    /** `refuse`: stop at a damaged data file; `quarantine`: move it aside and start. */
    DATA_ON_CORRUPT: oneOf(['refuse', 'quarantine'], 'refuse'),
  })
  .transform((env) => ({
    dataDir: env.DATA_DIR,
    retentionDays: env.RETENTION_DAYS,
    onCorrupt: env.DATA_ON_CORRUPT,
  }));

/** Build: the public address (canonical links, sitemap, robots.txt) and the build folder. */
export const BuildSettingsSchema = z
  .object({
    /** Public address of the site. */
    SITE_URL: httpUrl('http://127.0.0.1:4321'),
    /** Build folder, so that several builds of one checkout can live side by side. */
    OUT_DIR: word('dist', 'a folder'),
  })
  .transform((env) => ({ siteUrl: env.SITE_URL, outDir: env.OUT_DIR }));

/** Every block of settings, each parsed from the same environment. */
const SETTINGS_BLOCKS = [HttpSettingsSchema, StorageSettingsSchema, BuildSettingsSchema] as const;

/** The server's settings, all blocks together. */
export type ServerConfig = z.output<typeof HttpSettingsSchema> &
  z.output<typeof StorageSettingsSchema> &
  z.output<typeof BuildSettingsSchema>;

/** Thrown for settings with invalid values; the message has one line per bad variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads one block of settings; throws a `ConfigError` naming each faulty variable. */
export function readSettings<S extends z.ZodType<unknown, Env>>(
  schema: S,
  env: Env = process.env,
): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new ConfigError(issueLines(parsed.error).join('\n'));
}

/** Reads and checks every setting; throws a `ConfigError` with one line per faulty variable. */
export function readServerConfig(env: Env = process.env): ServerConfig {
  const lines: string[] = [];
  const config: Record<string, unknown> = {};
  for (const block of SETTINGS_BLOCKS) {
    const parsed = block.safeParse(env);
    if (parsed.success) Object.assign(config, parsed.data);
    else lines.push(...issueLines(parsed.error));
  }
  if (lines.length > 0) throw new ConfigError(lines.join('\n'));
  return config as ServerConfig;
}

function issueLines(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.')} ${issue.message}`);
}
