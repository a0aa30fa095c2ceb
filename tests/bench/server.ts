import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, SERVER_NODE_FLAGS } from '../../src/bin/paths.ts';

/** A production server started for a measurement, and how to stop it. */
export interface BenchServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `src/bin/serve.ts` on loopback with its own data folder and waits until it answers. */
export async function startServer(
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<BenchServer> {
  const child = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, join(PROJECT_ROOT, 'src', 'bin', 'serve.ts')],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        WRITE_RATE_LIMIT: '0',
        EXPENSIVE_RATE_LIMIT: '0',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    base,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
