// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
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
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['dist-*/', 'src/server/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_OUTSIDE_SERVER }] },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_DOMAIN }] },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: NOT_IN_ISLANDS }] },
  },
);
