import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of a buffer at the level a compressing server would use. */
export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).byteLength;
}

/** Static `import … from "./x.js"` and `import "./x.js"` targets of a chunk (not dynamic `import()`). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/** `import("./x.js")` targets of a chunk: code loaded only on demand. */
function dynamicImports(code: string): string[] {
  return [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
}

/** Resolves an import specifier found in a chunk (or a page) to a file under `client/`. */
function resolveAsset(client: string, from: string, specifier: string): string | undefined {
  if (specifier.startsWith('/')) return join(client, specifier);
  if (specifier.startsWith('.')) return join(from, '..', specifier);
  return undefined;
}

/** The JavaScript files a built HTML page loads up front, following static imports. */
export function upFrontJs(
  client: string,
  htmlFile: string,
): { files: Set<string>; onDemand: Set<string> } {
  const html = readFileSync(htmlFile, 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].flatMap((m) => (m[1] ? [join(client, m[1])] : []));
  const files = new Set<string>();
  const onDemand = new Set<string>();
  const queue = entries.filter((file) => existsSync(file));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const spec of staticImports(code)) {
      const target = resolveAsset(client, file, spec);
      if (target && existsSync(target)) queue.push(target);
    }
    for (const spec of dynamicImports(code)) {
      const target = resolveAsset(client, file, spec);
      if (target && existsSync(target)) onDemand.add(target);
    }
  }
  for (const file of files) onDemand.delete(file);
  return { files, onDemand };
}

/** All files reachable from a set of chunks through any import, static or dynamic. */
export function reachable(client: string, start: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const spec of [...staticImports(code), ...dynamicImports(code)]) {
      const target = resolveAsset(client, file, spec);
      if (target && existsSync(target)) queue.push(target);
    }
  }
  return seen;
}

/** Font files the build emitted (loaded only when a PDF is made in the browser). */
export function fontAssets(client: string): string[] {
  const dir = join(client, '_astro');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(ttf|otf)$/.test(name))
    .map((name) => join(dir, name));
}

/** Sum of gzipped sizes of files. */
export function gzippedTotal(files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSize(readFileSync(file));
  return total;
}
