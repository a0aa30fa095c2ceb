import { common } from './common.ts';

/** The French interface dictionary: every area's strings, merged into one flat map of dot-keys. */
export const fr = {
  ...common,
} as const;
