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
import { workerEntry } from './src/build/worker-entry.ts';

/** SITE_URL and OUT_DIR (several builds of one checkout can live side by side), checked by zod. */
const { siteUrl, outDir } = readSettings(BuildSettingsSchema);

/** Site configuration: French at `/`, English under `/en/`, pages static unless they opt out. */
export default defineConfig({
  outDir,
  cacheDir: `./node_modules/.astro/${outDir.replace(/[^\w-]/g, '')}`,
  site: siteUrl,
  trailingSlash: 'ignore',
  integrations: [
    // React renders each island in one string: with streaming, React 19 moves large Suspense
    // boundaries (the builder's later sections) out of place behind inline scripts, which the CSP
    // refuses; the islands never wait for data on the server, so nothing streams anyway.
    react({ experimentalDisableStreaming: true }),
    // Every public page in both locales with its hreflang alternates; the filter is the same list
    // of public pages as robots.txt (src/i18n/routes.ts).
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: { ...LOCALE_TAGS } },
      filter: (page) => isPublicPage(new URL(page).pathname),
    }),
  ],
  // staticHeaders: the CSP of prerendered pages goes in a response header (not a <meta>), so that
  // it can carry frame-ancestors and is the page's only policy (src/server/http/security-headers.ts).
  // Middleware mode: `src/bin/serve.ts` serves the build's files itself and sends the API's
  // addresses straight to their routes (the standalone handler looked for a file first, building
  // a second Request per call to match the route).
  adapter: node({ mode: 'middleware', staticHeaders: true }),
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
  security: {
    // Our middleware refuses cross-site writes with the API's JSON error format (src/middleware.ts).
    checkOrigin: false,
    // Content-Security-Policy on every page: scripts only from our origin or with the hash Astro
    // computes for each inline script it emits (no 'unsafe-inline' for scripts); style attributes
    // of server-rendered islands are allowed by style-src-attr only (issue 16).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
  build: { inlineStylesheets: 'never' },
  vite: {
    build: { chunkSizeWarningLimit: 1200 },
    // New sourcing answers are computed in a worker thread (src/server/sourcing/answer-thread.ts).
    plugins: [
      workerEntry(
        'answer-thread',
        new URL('./src/server/sourcing/answer-thread.ts', import.meta.url),
      ),
    ],
  },
});
