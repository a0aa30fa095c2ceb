import type { fr } from '../fr/index.ts';
import { common } from './common.ts';

/** The English interface dictionary; its keys must be exactly the French ones. */
export const en = {
  ...common,
} as const satisfies Record<keyof typeof fr, string>;
