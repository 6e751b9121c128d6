import type { en } from './en.ts';
import type { zh } from './zh.ts';

/**
 * The shape of a catalog: English defines it, Chinese must match it (`zh satisfies Messages`: a key missing
 * or extra at any level is a type error). No part of it is a `Record<string, …>`: every key is checked.
 */
export type Messages = typeof en;

/**
 * Every leaf of a catalog as a path, a function with its number of parameters: "stats.finish(2)".
 * `satisfies` lets a function take fewer parameters than the type says, so parity of arity is checked here
 * (an optional parameter counts, as it does in a function's `length`).
 */
export type CatalogPaths<T, P extends string = ''> = T extends (...args: infer A) => unknown
  ? `${P}(${Required<A>['length']})`
  : T extends readonly unknown[]
    ? `${P}[]`
    : T extends object
      ? { [K in keyof T & string]: CatalogPaths<T[K], P extends '' ? K : `${P}.${K}`> }[keyof T & string]
      : P;

/** The paths one catalog has and the other has not: `never` when they match. */
export type CatalogMismatch<A, B> = Exclude<CatalogPaths<A>, CatalogPaths<B>> | Exclude<CatalogPaths<B>, CatalogPaths<A>>;

type MustMatch<T extends true> = T;

/** A type error naming the paths that differ (e.g. "stats.finish(1)" | "stats.finish(2)") when zh and en do not match. */
export type CatalogsMatch = MustMatch<[CatalogMismatch<typeof en, typeof zh>] extends [never] ? true : CatalogMismatch<typeof en, typeof zh>>;
