import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../../../src/bin/paths.ts';

/** An API route found in `src/pages/api/`. */
export interface ApiRoute {
  /** Source file, relative to the project. */
  file: string;
  /** Address with its parameters, e.g. `/api/assessments/[id]`. */
  pattern: string;
  /** Names of the parameters, in order. */
  params: string[];
}

/** Every endpoint file under `src/pages/api/`, so that endpoints added later are tested too. */
export function discoverApiRoutes(): ApiRoute[] {
  const root = join(PROJECT_ROOT, 'src', 'pages', 'api');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith('.d.ts'))
    // Astro does not route files or folders whose name starts with an underscore.
    .filter((name) => !name.split(sep).some((part) => part.startsWith('_')))
    .sort();
  return files.map((name) => {
    const path = `/api/${name.split(sep).join('/')}`
      .replace(/\.(ts|js)$/, '')
      .replace(/\/index$/, '');
    const params = [...path.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((match) => match[1] ?? '');
    return { file: relative(PROJECT_ROOT, join(root, name)), pattern: path, params };
  });
}

/** The address of a route with its parameters filled in (encoded). */
export function fillRoute(route: ApiRoute, values: string[]): string {
  let index = 0;
  return route.pattern.replace(/\[(?:\.\.\.)?[^\]]+\]/g, () =>
    encodeURIComponent(values[index++] ?? 'x'),
  );
}
