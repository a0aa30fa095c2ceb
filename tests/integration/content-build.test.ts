import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/bin/paths.ts';

/** What a build is made from; `node_modules` is linked, not copied. */
const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project whose content can be broken without touching the real one. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tdu-content-'));
  copies.push(dir);
  for (const source of SOURCES)
    cpSync(join(PROJECT_ROOT, source), join(dir, source), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs `astro build` in a copy; its own OUT_DIR keeps its cache apart from the real builds. */
function build(dir: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: dir,
      env: {
        ...process.env,
        OUT_DIR: 'dist-content-check',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the test's edit applies to ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

describe('a broken content file fails the build, naming the file and the field', () => {
  it(
    'refuses a role that requires a skill the catalogue does not have',
    { timeout: 120_000 },
    () => {
      const dir = projectCopy();
      edit(dir, 'content/roles/manager.yaml', (text) =>
        text.replace(/(competencies:\s*\n\s*- \{ skill: )[a-z-]+/, '$1telepathy'),
      );
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('content/roles/manager.yaml');
      expect(output).toContain('competencies.0.skill');
      expect(output).toContain('telepathy');
    },
  );

  it('refuses a skill that breaks its schema', { timeout: 120_000 }, () => {
    const dir = projectCopy();
    edit(dir, 'content/skills/empathy.yaml', (text) => text.replace('kind: soft', 'kind: magic'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('empathy');
    expect(output).toMatch(/kind/);
  });
});
