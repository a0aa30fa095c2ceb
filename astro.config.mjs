// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import node from '@astrojs/node';
import { BuildSettingsSchema, readSettings } from './src/server/config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { DEFAULT_LOCALE, LOCALE_TAGS, LOCALES } from './src/domain/text/locale.ts';
import { isPublicPage } from './src/i18n/routes.ts';
import { frenchTypographyPlugin } from './src/domain/text/typeset-tree.ts';

/** SITE_URL and OUT_DIR (several builds of one checkout can live side by side), checked by zod. */
const { siteUrl, outDir } = readSettings(BuildSettingsSchema);

/** Site configuration: French at `/`, English under `/en/`, pages static unless they opt out. */
export default defineConfig({
  outDir,
  cacheDir: `./node_modules/.astro/${outDir.replace(/[^\w-]/g, '')}`,
  site: siteUrl,
  trailingSlash: 'ignore',
  integrations: [
    react(),
    // Every public page in both locales with its hreflang alternates; the filter is the same list
    // of public pages as robots.txt (src/i18n/routes.ts).
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: { ...LOCALE_TAGS } },
      filter: (page) => isPublicPage(new URL(page).pathname),
    }),
  ],
  adapter: node({ mode: 'standalone' }),
  // The product uses no sessions (saved items are reached by id and token): none is set up, so
  // the Node adapter does not announce a filesystem session store at every build.
  session: false,
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  // French Markdown (`*.fr.md`) gets the interface's typography: no-break spaces, curly apostrophes.
  markdown: { processor: satteri({ mdastPlugins: [frenchTypographyPlugin] }) },
  devToolbar: { enabled: false },
  // Our middleware refuses cross-site writes with the API's JSON error format (src/middleware.ts).
  security: { checkOrigin: false },
  build: { inlineStylesheets: 'never' },
  vite: { build: { chunkSizeWarningLimit: 1200 } },
});
