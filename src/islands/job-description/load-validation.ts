import type * as Validation from './validation.ts';

/** The builder's validation module, loaded once, on demand. */
let loading: Promise<typeof Validation> | undefined;

/** Loads `validation.ts` (zod, the schemas, the resolver); later calls share the same promise. */
export function loadValidation(): Promise<typeof Validation> {
  loading ??= import('./validation.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
