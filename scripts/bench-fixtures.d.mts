// Types for bench-fixtures.mjs (plain JavaScript), so TypeScript tests can import it.

import type { ProgressState } from '../src/core/state.ts';
import type { Roadmap } from '../src/core/types.ts';

/** One thing the learner did, recorded as one event. */
export interface Action {
  date: string;
  type: 'start' | 'done' | 'skip' | 'note' | 'open';
  id: string;
  text?: string;
}

/** The median of a list of numbers (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number;

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function seededRandom(seed?: number): () => number;

/** The local calendar day of an instant, "YYYY-MM-DD". */
export function localDate(instant: Date): string;

/** A local date moved by whole days. */
export function addDays(date: string, days: number): string;

/** Builds a schemaVersion 2 store by recording actions in order, the way the CLI would. */
export function buildStore(startDate: string, actions: readonly Action[]): ProgressState;

/** Task ids of a roadmap, in study order. */
export function taskIds(roadmap: { weeks: { tasks: { id: string }[] }[] }): string[];

/** A learner ~3 weeks in (startDate 21 days before `today`), on the roadmap whose task ids are given. */
export function realisticStore(ids: readonly string[], today: string): ProgressState;

/** Three years of daily events (1-3 a day, ending yesterday) and `notes` notes, walking through `ids`. */
export function scaleStore(ids: readonly string[], today: string, options?: { days?: number; notes?: number; seed?: number }): ProgressState;

/** A roadmap of `weeks` one-week blocks of `perWeek` tasks (default 40 x 50 = 2,000), id "bench-2000". */
export function makeRoadmap(options?: { weeks?: number; perWeek?: number }): Roadmap;

/** The peak resident set in KB from a `/usr/bin/time -f %M -o FILE` output file; NaN when absent. */
export function parseMaxRssKb(text: string): number;

/** "PASS" when the ratio is within the target, else "OVER"; "n/a" without a number. */
export function verdict(ratio: number, target: number): 'PASS' | 'OVER' | 'n/a';
