import { fileURLToPath } from 'node:url';
import { BuildSettingsSchema, readSettings } from '../server/config.ts';

/** The project root, whatever the working directory the command was started from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The server bundle `astro build` writes; its presence means a build exists. */
export const SERVER_ENTRY = fileURLToPath(
  new URL(`../../${readSettings(BuildSettingsSchema).outDir}/server/entry.mjs`, import.meta.url),
);
