// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import node from '@astrojs/node';

/** Build folder; OUT_DIR lets several builds of one checkout live side by side. */
const outDir = process.env.OUT_DIR ?? './dist';

/** Site configuration: French at `/`, English under `/en/`, pages static unless they opt out. */
export default defineConfig({
  outDir,
  cacheDir: `./node_modules/.astro/${outDir.replace(/[^\w-]/g, '')}`,
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
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
