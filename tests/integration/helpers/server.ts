import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, SERVER_ENTRY, SERVER_NODE_FLAGS } from '../../../src/bin/paths.ts';

/** Node 24 from the project (type stripping runs `src/bin/serve.ts`), else the current one. */
export const NODE = existsSync(join(PROJECT_ROOT, 'node_modules', '.bin', 'node'))
  ? join(PROJECT_ROOT, 'node_modules', '.bin', 'node')
  : process.execPath;

/** Temporary folders made by this test file, removed by `removeTempFolders`. */
const temporary: string[] = [];

/** Removes the temporary folders made so far; each test file calls it in `afterAll`. */
export function removeTempFolders(): void {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** A fresh, empty folder under the system's temporary folder. */
export function tempFolder(prefix = 'tdu-int-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(folder);
  return folder;
}

/** A fresh, empty data folder. */
export function tempDataDir(): string {
  return tempFolder('tdu-int-');
}

/** A TCP port free on the loopback interface right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A production server running as a child process. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Sends `signal` and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The outcome of a server that ended before answering. */
export interface FailedStart {
  exitCode: number | null;
  output: string;
}

function ended(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/**
 * Starts `node src/bin/serve.ts` on the build in `OUT_DIR` (default `dist`) with its own port and
 * data folder, and waits until `/api/health` answers. Resolves `{ exitCode, output }` instead when
 * the server exits first (e.g. refusing a damaged data file).
 */
export async function startServer(
  options: {
    dataDir?: string;
    /** Extra environment, or a function of the port the server will listen on. */
    env?: Record<string, string> | ((port: number) => Record<string, string>);
  } = {},
): Promise<RunningServer | FailedStart> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(
      `No build at ${SERVER_ENTRY}: run \`npx astro build\` (with the same OUT_DIR).`,
    );
  }
  const dataDir = options.dataDir ?? tempDataDir();
  const port = await freePort();
  const child = spawn(NODE, [...SERVER_NODE_FLAGS, join(PROJECT_ROOT, 'src', 'bin', 'serve.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // Run as in production, not as inside vitest (whose variables the child would inherit).
      VITEST: '',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      WRITE_RATE_LIMIT: '0',
      EXPENSIVE_RATE_LIMIT: '0',
      ...(typeof options.env === 'function' ? options.env(port) : options.env),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) return { exitCode: child.exitCode, output };
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`no answer from ${url}/api/health within 15 s (stale build?):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    dataDir,
    child,
    output: () => output,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await ended(child);
    },
  };
}

/** Starts a server and fails the test if it does not come up. */
export async function startedServer(
  options: Parameters<typeof startServer>[0] = {},
): Promise<RunningServer> {
  const started = await startServer(options);
  if (!('url' in started)) {
    throw new Error(`the server exited with ${started.exitCode}:\n${started.output}`);
  }
  return started;
}

/** Runs a node script (TypeScript, type-stripped) as a child process with extra environment. */
export function runNode(script: string, env: Record<string, string>): ChildProcess {
  return spawn(NODE, [script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
