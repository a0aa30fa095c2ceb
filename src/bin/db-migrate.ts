/**
 * `npm run db:migrate`: brings the PostgreSQL schema named by DATABASE_URL (and DATABASE_SCHEMA)
 * up to date, and says which migrations it applied. The server does the same at start-up; this
 * command lets an operator do it first, e.g. before starting several instances of a new release.
 */
import { ConfigError, readServerConfig } from '../server/config.ts';
import { MIGRATIONS } from '../server/store/postgres/migrations.ts';
import { describeDatabaseUrl, openPostgresStore } from '../server/store/postgres/postgres-store.ts';

try {
  const config = readServerConfig();
  if (!config.databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL is not set: the JSON store needs no migration. Set DATABASE_URL=postgres://… to migrate a PostgreSQL database.',
    );
  }
  const store = await openPostgresStore({
    url: config.databaseUrl,
    poolSize: 2,
    schema: config.databaseSchema,
  });
  const report = store.migrations;
  await store.close();
  const where = `${describeDatabaseUrl(config.databaseUrl)} (schema ${config.databaseSchema})`;
  const names = new Map(MIGRATIONS.map((migration) => [migration.version, migration.name]));
  if (!report || report.applied.length === 0) {
    process.stdout.write(`${where} is up to date (version ${report?.current ?? '?'}).\n`);
  } else {
    for (const version of report.applied) {
      process.stdout.write(`applied ${version}: ${names.get(version) ?? ''}\n`);
    }
    process.stdout.write(`${where} is now at version ${report.current}.\n`);
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
