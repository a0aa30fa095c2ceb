import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Makes a module that runs as a worker thread an entry of the server build, with a chunk of its
 * own. A module only reached by a dynamic import is free to share the importer's chunk; a worker
 * started from `import.meta.url` would then load the whole importer (for the sourcing answers:
 * the service with its content collections, PDF fonts and renderer, about 90 MB more per worker).
 * As an entry, its chunk imports only what it uses.
 */
export function workerEntry(name: string, file: URL): Plugin {
  return {
    name: `worker-entry:${name}`,
    applyToEnvironment: (environment) => environment.name === 'ssr',
    buildStart() {
      this.emitFile({ type: 'chunk', id: fileURLToPath(file), name });
    },
  };
}
