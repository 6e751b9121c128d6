// A large roadmap without reading all of it on every run. Its outline (everything but the tasks'
// details: each task's id, estimate, fields and where it is in the file) is kept in the cache while the
// file is unchanged; a task's details are read from the file the first time something uses them.
// `today` on a roadmap of thousands of tasks then reads the details of the few it shows.

import fs from 'node:fs';
import type { Roadmap, Task, Week } from '../core/types.ts';
import { taskRanges } from './task-ranges.ts';

/** One task in the outline: id, estimate, index of its field list, byte range in the file. */
type OutlineTask = [id: string, estimateMinutes: number, fields: number, start: number, end: number];

export interface Outline {
  /** The roadmap, each week's tasks replaced by outline tasks. */
  roadmap: Omit<Roadmap, 'weeks'> & { weeks: (Omit<Week, 'tasks'> & { tasks: OutlineTask[] })[] };
  /** The distinct field lists of the tasks, in file order. */
  fields: string[][];
  /** The file's size: its bytes are read only when it still has it. */
  size: number;
}

/**
 * The outline of `roadmap`, parsed from `bytes`; undefined when the two do not line up (then the
 * file is simply read whole every time).
 */
export function makeOutline(roadmap: Roadmap, bytes: Buffer): Outline | undefined {
  let ranges: [number, number][][];
  try {
    ranges = taskRanges(bytes);
  } catch {
    return undefined;
  }
  if (ranges.length !== roadmap.weeks.length) return undefined;
  const fields: string[][] = [];
  const fieldIndex = new Map<string, number>();
  const weeks: Outline['roadmap']['weeks'] = [];
  for (const [w, week] of roadmap.weeks.entries()) {
    const at = ranges[w]!;
    if (at.length !== week.tasks.length) return undefined;
    const tasks: OutlineTask[] = [];
    for (const [t, task] of week.tasks.entries()) {
      const [start, end] = at[t]!;
      let slice: Task;
      try {
        slice = JSON.parse(bytes.toString('utf8', start, end)) as Task;
      } catch {
        return undefined;
      }
      if (slice.id !== task.id) return undefined;
      const keys = Object.keys(task);
      const name = keys.join('\n');
      let index = fieldIndex.get(name);
      if (index === undefined) {
        index = fields.push(keys) - 1;
        fieldIndex.set(name, index);
      }
      tasks.push([task.id, task.estimateMinutes, index, start, end]);
    }
    weeks.push({ ...week, tasks });
  }
  return { roadmap: { ...roadmap, weeks }, fields, size: bytes.length };
}

/** The method of an outline's task that gives its details. */
const DETAILS = Symbol('details');

type ReadTask = (start: number, end: number, id: string) => Task;

/**
 * The class of an outline's tasks that have the given fields: id and estimate are their own, the other
 * fields are getters on the prototype that read the details (one prototype for thousands of tasks:
 * defining the getters on each task cost more than the parse it saves). JSON.stringify gives the whole task.
 */
function taskClass(keys: string[], read: ReadTask): new (id: string, estimateMinutes: number, start: number, end: number) => Task {
  class Outlined {
    #start: number;
    #end: number;
    #details: Task | undefined;
    constructor(
      public id: string,
      public estimateMinutes: number,
      start: number,
      end: number,
    ) {
      this.#start = start;
      this.#end = end;
    }

    [DETAILS](): Partial<Task> {
      // Looked at on the prototype itself (by a tool), there is nothing to read.
      if (!(#start in this)) return {};
      this.#details ??= read(this.#start, this.#end, this.id);
      return this.#details;
    }

    toJSON(): Partial<Task> {
      return this[DETAILS]();
    }
  }
  for (const key of keys) {
    if (key === 'id' || key === 'estimateMinutes') continue;
    Object.defineProperty(Outlined.prototype, key, {
      enumerable: true,
      get(this: Outlined) {
        return this[DETAILS]()[key as keyof Task];
      },
    });
  }
  return Outlined as unknown as new (id: string, estimateMinutes: number, start: number, end: number) => Task;
}

/** How the file's bytes are read: a range of them, exactly (else an error). */
export interface OutlineSource {
  range(start: number, end: number): Buffer;
}

/** The file is read in pages of this size: the tasks of a week are next to each other in it. */
export const PAGE = 64 * 1024;

/**
 * The roadmap of an outline. Each task has its id and estimate at hand; its other fields are read
 * from the file when first used, page by page (each page once). `changed` makes the error for a file
 * that no longer matches the outline.
 */
export function fromOutline(outline: Outline, source: OutlineSource, changed: () => Error): Roadmap {
  const pages = new Map<number, Buffer>();
  const page = (n: number): Buffer => {
    let bytes = pages.get(n);
    if (bytes === undefined) {
      bytes = source.range(n * PAGE, Math.min(outline.size, (n + 1) * PAGE));
      pages.set(n, bytes);
    }
    return bytes;
  };
  const bytesOf = (start: number, end: number): Buffer => {
    const first = Math.floor(start / PAGE);
    const last = Math.floor((end - 1) / PAGE);
    const bytes = first === last ? page(first) : Buffer.concat(Array.from({ length: last - first + 1 }, (_, i) => page(first + i)));
    return bytes.subarray(start - first * PAGE, end - first * PAGE);
  };
  const read = (start: number, end: number, id: string): Task => {
    if (end > outline.size || start >= end) throw changed();
    let parsed: Task;
    try {
      parsed = JSON.parse(bytesOf(start, end).toString('utf8')) as Task;
    } catch {
      throw changed();
    }
    if (parsed?.id !== id) throw changed();
    return parsed;
  };
  const classes = outline.fields.map((keys) => taskClass(keys, read));
  const weeks = outline.roadmap.weeks.map((week) => ({
    ...week,
    // Indexed, not destructured: at start-up this runs in V8's interpreter, where destructuring an
    // array goes through its iterator (a result object per element, thousands of tasks).
    tasks: week.tasks.map((task) => {
      const Outlined = classes[task[2]];
      if (!Outlined) throw changed();
      return new Outlined(task[0], task[1], task[3], task[4]);
    }),
  }));
  return { ...outline.roadmap, weeks };
}

/** Reads ranges of a file for an outline of it (`size` bytes long): only while the file still has that size. */
export function fileSource(file: string, size: number, failed: (error: unknown) => Error, changed: () => Error): OutlineSource {
  return {
    range(start, end) {
      let fd: number;
      try {
        fd = fs.openSync(file, 'r');
      } catch (error) {
        throw failed(error);
      }
      try {
        if (fs.fstatSync(fd).size !== size) throw changed();
        const bytes = Buffer.alloc(end - start);
        if (fs.readSync(fd, bytes, 0, bytes.length, start) !== bytes.length) throw changed();
        return bytes;
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}
