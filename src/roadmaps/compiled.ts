// A custom roadmap as plain data in ROADMAP_HOME: validated once (by `roadmap use`, or when its
// source's content changes) and compiled into `roadmaps/<id>/`: an index (the roadmap's own fields,
// every week block with each task's id and estimate, and the source it was made from: path, SHA-256
// and file status) and one file per week block with its tasks whole. A run checks the source's status
// (inode, size, modification and change times in nanoseconds: an edit in place changes the change
// time, which `touch -r` cannot set back); when it differs, the source is hashed, and only a different
// content is validated and compiled again. Loading gives plain objects: nothing reads a file later.

import fs from 'node:fs';
import path from 'node:path';
import type { Roadmap, RoadmapOutline, Week } from '../core/types.ts';
import { readRegular, readRegularText, writeWhole } from '../store/durable.ts';
import { sha256Hex } from '../store/hash.ts';

export const COMPILED_FORMAT = 'roadmap-compiled';
export const COMPILED_VERSION = 1;

export interface CompiledWeek extends Omit<Week, 'tasks'> {
  /** The file with this block's tasks, in the compiled folder. */
  file: string;
  tasks: { id: string; estimateMinutes: number }[];
}

export interface CompiledIndex {
  format: typeof COMPILED_FORMAT;
  version: typeof COMPILED_VERSION;
  source: { file: string; sha256: string; stat: string };
  roadmap: Omit<Roadmap, 'weeks'>;
  weeks: CompiledWeek[];
}

/** The folder a roadmap is compiled into. */
export function compiledDir(storeDir: string, id: string): string {
  return path.join(storeDir, 'roadmaps', id);
}

/** What identifies one version of a file's content without reading it (see the header). */
export function sourceStat(file: string): string {
  const s = fs.statSync(file, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/** Compiles a validated roadmap into the store folder (compiledDir). */
export function compileRoadmap(storeDir: string, roadmap: Roadmap, source: { file: string; sha256: string; stat: string }): CompiledIndex {
  return compileInto(compiledDir(storeDir, roadmap.id), roadmap, source);
}

/**
 * Compiles a roadmap into a folder (the build compiles the bundled one into dist/roadmap/). The week files
 * come first (named by content), the index last: it is what makes them count.
 */
export function compileInto(dir: string, roadmap: Roadmap, source: { file: string; sha256: string; stat: string }): CompiledIndex {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { weeks, ...rest } = roadmap;
  const index: CompiledIndex = { format: COMPILED_FORMAT, version: COMPILED_VERSION, source, roadmap: rest, weeks: [] };
  for (const [i, week] of weeks.entries()) {
    const file = `week-${source.sha256.slice(0, 12)}-${i + 1}.json`;
    writeWhole(path.join(dir, file), `${JSON.stringify(week.tasks)}\n`);
    const { tasks, ...block } = week;
    index.weeks.push({ ...block, file, tasks: tasks.map((t) => ({ id: t.id, estimateMinutes: t.estimateMinutes })) });
  }
  writeWhole(path.join(dir, 'index.json'), `${JSON.stringify(index)}\n`);
  // Week files of earlier versions are no longer named by the index.
  const used = new Set(index.weeks.map((w) => w.file));
  for (const name of fs.readdirSync(dir)) if (/^week-.*\.json$/.test(name) && !used.has(name)) fs.rmSync(path.join(dir, name), { force: true });
  return index;
}

/** The index of a compiled roadmap; undefined when there is none, or it is not one roadmap wrote. */
export function readIndex(storeDir: string, id: string): CompiledIndex | undefined {
  return readIndexIn(compiledDir(storeDir, id));
}

/** The index in a compiled folder; undefined when there is none, or it is not one roadmap wrote. */
export function readIndexIn(dir: string): CompiledIndex | undefined {
  try {
    const text = readRegularText(path.join(dir, 'index.json'));
    if (text === null) return undefined;
    const index = JSON.parse(text) as Partial<CompiledIndex>;
    if (index.format !== COMPILED_FORMAT || index.version !== COMPILED_VERSION || !Array.isArray(index.weeks) || !index.roadmap || !index.source)
      return undefined;
    return index as CompiledIndex;
  } catch {
    return undefined;
  }
}

/** The whole roadmap from its compiled files; undefined when a file is missing or does not match the index. */
export function loadCompiled(storeDir: string, index: CompiledIndex): Roadmap | undefined {
  const weeks = loadWeeks(compiledDir(storeDir, index.roadmap.id), index, index.weeks.keys());
  return weeks && { ...index.roadmap, weeks: index.weeks.map((_, i) => weeks.get(i)!) };
}

/** The roadmap as its index gives it: every block, every task's id and estimate (nothing else is read). */
export function outlineOf(index: CompiledIndex): RoadmapOutline {
  return { ...index.roadmap, weeks: index.weeks.map(({ file: _file, ...block }) => block) };
}

/**
 * The week blocks at these indexes, whole, from their files in a compiled folder; undefined when an index is
 * out of range or a file is missing or does not match the index (same tasks, in the same order).
 */
export function loadWeeks(dir: string, index: CompiledIndex, indexes: Iterable<number>): Map<number, Week> | undefined {
  const weeks = new Map<number, Week>();
  for (const i of indexes) {
    const entry = index.weeks[i];
    if (entry === undefined) return undefined;
    const { file, tasks: ids, ...block } = entry;
    let tasks: Week['tasks'];
    try {
      const text = readRegularText(path.join(dir, path.basename(file)));
      if (text === null) return undefined;
      tasks = JSON.parse(text) as Week['tasks'];
    } catch {
      return undefined;
    }
    if (!Array.isArray(tasks) || tasks.length !== ids.length || tasks.some((t, i) => t?.id !== ids[i]!.id)) return undefined;
    weeks.set(i, { ...block, tasks });
  }
  return weeks;
}

/** A source file's bytes and SHA-256. */
export function readSource(file: string, limit: number): { bytes: Buffer; sha256: string } | null {
  const bytes = readRegular(file, limit);
  return bytes === null ? null : { bytes, sha256: sha256Hex(bytes) };
}
