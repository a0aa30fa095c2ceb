/** `npm start`: builds the site when the build is missing or stale, then serves it. */
import { buildIfStale } from './build-if-stale.ts';

buildIfStale();
await import('./serve.ts');
