/**
 * `.ci/start-postgres`, run with stand-ins for the PostgreSQL commands on the PATH (the machine's
 * real cluster, which other tests may be using, is never stopped or started here): it starts a
 * stopped cluster, leaves a running one alone, and fails when the server never answers.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';
import { removeTempFolders, tempFolder } from './helpers/server.ts';

afterAll(removeTempFolders);

/** A folder of stand-in commands; `up` says whether the server answers, `log` records calls. */
function standIns(state: 'online' | 'down', comesUp: boolean) {
  const bin = tempFolder('tdu-ci-bin-');
  const log = join(bin, 'calls.log');
  const up = join(bin, 'up');
  if (state === 'online') writeFileSync(up, '');
  const script = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/usr/bin/env bash\necho "${name} $*" >> '${log}'\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  script('pg_isready', `[ -e '${up}' ]`);
  script(
    'pg_lsclusters',
    `echo "15 main 5432 $([ -e '${up}' ] && echo online || echo down) postgres /var/lib/postgresql/15/main /var/log/postgresql/postgresql-15-main.log"`,
  );
  script('pg_ctlcluster', comesUp ? `touch '${up}'` : 'exit 0');
  script('psql', 'exit 0');
  script('sleep', 'exit 0');
  const run = () =>
    spawnSync('bash', [join(PROJECT_ROOT, '.ci', 'start-postgres')], {
      env: {
        ...process.env,
        PATH: `${bin}:${process.env['PATH'] ?? ''}`,
        PG_START_WAIT_SECONDS: '3',
      },
      encoding: 'utf8',
    });
  const calls = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
  return { run, calls };
}

describe('.ci/start-postgres', () => {
  it('starts a stopped cluster and waits until it answers', () => {
    const { run, calls } = standIns('down', true);
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(calls()).toContain('pg_ctlcluster --skip-systemctl-redirect 15 main start');
    expect(result.stdout).toContain('PostgreSQL answers on 127.0.0.1:5432');
  });

  it('leaves a running cluster alone and does not fail', () => {
    const { run, calls } = standIns('online', true);
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(calls()).not.toContain('pg_ctlcluster');
  });

  it('fails with a message when the server never answers', () => {
    const { run } = standIns('down', false);
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PostgreSQL did not start on 127.0.0.1:5432');
  });
});
