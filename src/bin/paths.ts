import { fileURLToPath } from 'node:url';
import { BuildSettingsSchema, readSettings } from '../server/config.ts';

/** The project root, whatever the working directory the command was started from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The server bundle `astro build` writes; its presence means a build exists. */
export const SERVER_ENTRY = fileURLToPath(
  new URL(`../../${readSettings(BuildSettingsSchema).outDir}/server/entry.mjs`, import.meta.url),
);

/**
 * Node options the server runs with (`npm start`, `npm run serve`, the tests): a small young
 * generation (2 MB semi-spaces instead of V8's 16 MB), which keeps a small server's memory about
 * 12 MB lower at a small cost in garbage collections (issue 16: memory under load).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
