// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import node from '@astrojs/node';
import { BuildSettingsSchema, readSettings } from './src/server/config.ts';

/** SITE_URL and OUT_DIR (several builds of one checkout can live side by side), checked by zod. */
const { siteUrl, outDir } = readSettings(BuildSettingsSchema);

/** Site configuration: French at `/`, English under `/en/`, pages static unless they opt out. */
export default defineConfig({
  outDir,
  cacheDir: `./node_modules/.astro/${outDir.replace(/[^\w-]/g, '')}`,
  site: siteUrl,
  trailingSlash: 'ignore',
  integrations: [react()],
  adapter: node({ mode: 'standalone' }),
  i18n: {
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // Our middleware refuses cross-site writes with the API's JSON error format (src/middleware.ts).
  security: { checkOrigin: false },
  build: { inlineStylesheets: 'never' },
  vite: { build: { chunkSizeWarningLimit: 1200 } },
});
