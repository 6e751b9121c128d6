import type { en } from './en.ts';

/** The shape of a catalog: English defines it, Chinese must match it. */
export type Messages = typeof en;
