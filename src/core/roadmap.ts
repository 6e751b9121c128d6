// Queries over a roadmap: tasks in order, lookup by id, and "did you mean" suggestions.

import type { Roadmap, RoadmapOutline, Task, TaskCore, Week } from './types.ts';

/** A roadmap's or a task's id (data/roadmap.schema.json's pattern): safe as a file name. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9+-]*$/;

export interface PlacedTask<T extends TaskCore = Task> {
  task: T;
  week: Week<T>;
  /** Position of the week block in the roadmap (0-based). */
  weekIndex: number;
}

const placedTasks = new WeakMap<object, readonly PlacedTask<TaskCore>[]>();

/** Every task in roadmap order, with its week. Worked out once per roadmap (roadmaps are never changed once loaded). */
export function allTasks<T extends TaskCore>(roadmap: Roadmap<T>): readonly PlacedTask<T>[] {
  let placed = placedTasks.get(roadmap) as readonly PlacedTask<T>[] | undefined;
  if (placed === undefined) {
    placed = Object.freeze(roadmap.weeks.flatMap((week, weekIndex) => week.tasks.map((task) => ({ task, week, weekIndex }))));
    placedTasks.set(roadmap, placed);
  }
  return placed;
}

export function findTask<T extends TaskCore>(roadmap: Roadmap<T>, id: string): PlacedTask<T> | undefined {
  return allTasks(roadmap).find((placed) => placed.task.id === id);
}

/** Week label as the roadmap names it: "1", "4-5", "9+". */
/** The week blocks at these indexes (0-based) of a roadmap held whole; an index out of range is an error. */
export function weeksAt(roadmap: Roadmap, indexes: readonly number[]): Map<number, Week> {
  return new Map(
    indexes.map((i) => {
      const week = roadmap.weeks[i];
      if (!week) throw new RangeError(`no week block ${i} in ${roadmap.id}`);
      return [i, week];
    }),
  );
}

/**
 * A roadmap's outline, and its week blocks whole on demand: what `today` plans with and shows (deps.ts
 * OutlineDeps). From a compiled roadmap the weeks are read from their files (roadmaps/active.ts).
 */
export interface OutlineSource {
  outline: RoadmapOutline;
  weeks(indexes: readonly number[]): Promise<ReadonlyMap<number, Week>>;
}

/** The outline source of a roadmap held whole: its weeks are at hand. */
export function wholeSource(roadmap: Roadmap): OutlineSource {
  return { outline: roadmap, weeks: async (indexes) => weeksAt(roadmap, indexes) };
}

export function weekLabel(week: Pick<Week, 'from' | 'to'>): string {
  if (week.to === null) return `${week.from}+`;
  return week.from === week.to ? String(week.from) : `${week.from}-${week.to}`;
}

/** Finds a week block by a user's number or label: "6", "4", "4-5", "w4-5", "9+", "12". */
export function findWeek(roadmap: Roadmap, text: string): Week | undefined {
  const label = text.trim().toLowerCase().replace(/^w/, '');
  const byLabel = roadmap.weeks.find((w) => weekLabel(w) === label || w.id.toLowerCase() === text.trim().toLowerCase());
  if (byLabel) return byLabel;
  if (!/^\d{1,4}$/.test(label)) return undefined;
  const n = Number(label);
  return roadmap.weeks.find((w) => n >= w.from && (w.to === null || n <= w.to));
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** Up to `limit` known names closest to `input`: substring matches first, then small edit distances. */
export function closest(input: string, names: string[], limit = 3): string[] {
  const needle = input.toLowerCase().slice(0, 100);
  if (needle.length === 0) return [];
  const scored = names.map((name) => {
    const hay = name.toLowerCase();
    const contains = hay.includes(needle) || (needle.length >= 3 && needle.includes(hay));
    return { name, score: contains ? 0 : editDistance(needle, hay) };
  });
  const threshold = Math.max(2, Math.floor(needle.length / 3));
  return scored
    .filter((s) => s.score <= threshold)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((s) => s.name);
}
