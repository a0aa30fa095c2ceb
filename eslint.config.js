// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Modules no file in `src/domain` may use: the domain is plain TypeScript, free of I/O and UI. */
const NOT_IN_DOMAIN = [
  {
    group: ['node:*', 'fs', 'path', 'http', 'crypto'],
    message: 'src/domain is pure: no Node APIs.',
  },
  { group: ['astro', 'astro:*', 'astro/*'], message: 'src/domain must not depend on Astro.' },
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react-hook-form'],
    message: 'src/domain must not depend on React.',
  },
  { group: ['lowdb', 'lowdb/*'], message: 'Only src/server may use lowdb.' },
  { group: ['pg', 'pg/*', 'pg-*'], message: 'Only src/server may use the PostgreSQL driver.' },
  {
    group: ['**/server/**', '**/islands/**', '**/components/**', '**/pages/**', '**/layouts/**'],
    message: 'src/domain imports only itself (and zod, pdf-lib, fontkit).',
  },
];

/** Islands run in the browser: they may use React and the domain, never the server or lowdb. */
const NOT_IN_ISLANDS = [
  {
    group: ['node:*', 'fs', 'path', 'http', 'crypto'],
    message: 'Islands run in the browser: no Node APIs.',
  },
  { group: ['lowdb', 'lowdb/*'], message: 'Only src/server may use lowdb.' },
  { group: ['pg', 'pg/*', 'pg-*'], message: 'Only src/server may use the PostgreSQL driver.' },
  {
    group: ['**/server/**', '**/pages/**'],
    message: 'Islands must not import server code or pages; call the API client.',
  },
];

/**
 * Globals `src/domain` may not use: everything a browser or Node adds to the language (window,
 * document, fetch, process, Buffer, setTimeout…). The domain is plain ECMAScript plus `Intl`, so
 * it runs the same in the island, the endpoint, the PDF and a test. `TextEncoder` and `URL` are
 * kept: they are part of every JavaScript runtime we target and pure.
 */
const ALLOWED_IN_DOMAIN = new Set(['TextEncoder', 'TextDecoder', 'URL', 'URLSearchParams']);
const HOST_GLOBALS = [...new Set([...Object.keys(globals.browser), ...Object.keys(globals.node)])]
  .filter((name) => !(name in globals.es2025) && !ALLOWED_IN_DOMAIN.has(name))
  .map((name) => ({ name, message: 'src/domain is pure: no browser or Node globals.' }));

/** The PDF renderer is generic: feature documents live in their own folders and import it. */
const NOT_IN_PDF_RENDERER = [
  {
    group: ['**/assessment/**', '**/job-description/**', '**/sourcing/**', '**/content/**'],
    message: 'src/domain/pdf is the renderer alone: it imports no feature.',
  },
];

/** Pages and components call `src/server/<feature>/service.ts`, never an endpoint module. */
const NOT_FROM_ENDPOINTS = [
  {
    group: ['**/pages/api/**'],
    message: 'Call src/server/<feature>/service.ts; src/pages/api holds HTTP glue only.',
  },
];

/** Outside src/server, nothing touches the store's engine. */
const NOT_OUTSIDE_SERVER = [
  { group: ['lowdb', 'lowdb/*', 'steno'], message: 'Only src/server may use lowdb.' },
  { group: ['pg', 'pg/*', 'pg-*'], message: 'Only src/server may use the PostgreSQL driver.' },
];

export default defineConfig(
  {
    ignores: [
      'dist-*/',
      'dist/',
      '.astro/',
      'node_modules/',
      'reports/',
      'test-results/',
      'playwright-report/',
      'bench/results.json',
      'data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      // Type-aware rules: the TypeScript project service answers for every .ts/.tsx file.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Template literals with numbers are how we build labels and paths; keep them readable.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // React event props take `() => Promise<void>` handlers; the promise is handled inside.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  // .astro files: parsed by eslint-plugin-astro, held to the same folder rules as .ts files.
  ...astro.configs.recommended,
  {
    // Type information is not available inside .astro templates and the JS config files.
    files: ['**/*.astro', '**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{tsx,ts}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx,astro}'],
    ignores: ['dist-*/', 'src/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_OUTSIDE_SERVER }] },
  },
  {
    files: ['src/components/**/*.{ts,tsx,astro}', 'src/pages/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...NOT_OUTSIDE_SERVER, ...NOT_FROM_ENDPOINTS] },
      ],
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: NOT_IN_DOMAIN }],
      'no-restricted-globals': ['error', ...HOST_GLOBALS],
    },
  },
  {
    files: ['src/domain/pdf/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...NOT_IN_DOMAIN, ...NOT_IN_PDF_RENDERER] }],
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_ISLANDS }] },
  },
  {
    // Tests read untyped JSON from disk and answers, and use vitest's `expect.any` matchers.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Store adapters implement an async port; some methods have nothing to await.
    files: ['src/server/store/**/*.ts'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
);
