// Which roadmap is in use: the bundled one, or a user's file chosen with `roadmap use`, compiled into
// plain data in the store folder (compiled.ts). A run loads the compiled files; the source is read
// again only when its file status changed, and validated again only when its content did.

import fs from 'node:fs';
import type { RoadmapChoice } from '../core/state.ts';
import type { Roadmap } from '../core/types.ts';
import { RoadmapError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';
import { wholeSource, type OutlineSource } from '../core/roadmap.ts';
import { ReadRefused } from '../store/durable.ts';
import { readProblem, writeProblem } from '../store/problems.ts';
import { compileRoadmap, compiledDir, loadCompiled, loadWeeks, outlineOf, readIndex, readSource, sourceStat, type CompiledIndex } from './compiled.ts';

/** The largest roadmap file read: far above the largest real one (a few hundred kilobytes). */
export const MAX_ROADMAP_BYTES = 64 * 1024 * 1024;

export function statChoice(file: string, id: string): RoadmapChoice {
  const stat = fs.statSync(file);
  return { file, id, mtimeMs: stat.mtimeMs, size: stat.size };
}

/** Validates a roadmap file's text; the roadmap, or the error that names its first problem. */
async function validated(file: string, text: string, msg: Messages): Promise<Roadmap> {
  const { parseRoadmapText } = await import('./validate.ts');
  const { roadmap, problems } = parseRoadmapText(text, file);
  if (!roadmap || problems.length > 0) throw new RoadmapError(msg.use.nowInvalid(file, problems[0] ?? '', problems.length));
  return roadmap;
}

/** Compiles a validated roadmap into the store folder; the write errors said as the store's are. */
export function compileInto(home: string, roadmap: Roadmap, source: CompiledIndex['source']): CompiledIndex {
  try {
    return compileRoadmap(home, roadmap, source);
  } catch (error) {
    throw writeProblem(source.file, error);
  }
}

/** The error of a roadmap file that cannot be read. */
function unreadableError(choice: RoadmapChoice, msg: Messages) {
  return (error: unknown) =>
    error instanceof ReadRefused
      ? new RoadmapError(readProblem(choice.file, error).text(msg))
      : new RoadmapError(msg.use.unreadable(choice.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
}

/** The source file's status, or the error saying it cannot be read. */
function statOf(choice: RoadmapChoice, msg: Messages): string {
  try {
    return sourceStat(choice.file);
  } catch (error) {
    throw unreadableError(choice, msg)(error);
  }
}

/** Whether a compiled index was made from the source file as it is now (its path and status). */
function isFresh(index: CompiledIndex | undefined, choice: RoadmapChoice, stat: string): index is CompiledIndex {
  return index !== undefined && index.source.file === choice.file && index.source.stat === stat;
}

/**
 * The chosen roadmap's outline from its compiled index, and its week files read only when asked for: a run
 * of `today` reads the index and the weeks it shows. When the index is not fresh, or a week file is missing
 * or damaged, the whole roadmap is loaded as loadChosenRoadmap does (compiling it again).
 */
export async function loadChosenOutline(choice: RoadmapChoice, msg: Messages, home: string): Promise<OutlineSource> {
  const index = readIndex(home, choice.id);
  if (!isFresh(index, choice, statOf(choice, msg))) return wholeSource(await loadChosenRoadmap(choice, msg, home));
  const dir = compiledDir(home, choice.id);
  return {
    outline: outlineOf(index),
    weeks: async (indexes) => loadWeeks(dir, index, indexes) ?? (await wholeSource(await loadChosenRoadmap(choice, msg, home)).weeks(indexes)),
  };
}

/** Loads the chosen roadmap from its compiled form, compiling it again when its source's content changed. */
export async function loadChosenRoadmap(choice: RoadmapChoice, msg: Messages, home: string): Promise<Roadmap> {
  const unreadable = unreadableError(choice, msg);
  const stat = statOf(choice, msg);
  const index = readIndex(home, choice.id);
  if (isFresh(index, choice, stat)) {
    const roadmap = loadCompiled(home, index);
    if (roadmap) return roadmap;
  }
  let source: ReturnType<typeof readSource>;
  try {
    source = readSource(choice.file, MAX_ROADMAP_BYTES);
  } catch (error) {
    throw unreadable(error);
  }
  if (source === null) throw unreadable(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
  if (index && index.source.file === choice.file && index.source.sha256 === source.sha256) {
    // Touched but not changed: the compiled files stand; remember the file's new status.
    const roadmap = loadCompiled(home, index);
    if (roadmap) {
      compileInto(home, roadmap, { ...index.source, stat });
      return roadmap;
    }
  }
  const roadmap = await validated(choice.file, source.bytes.toString('utf8'), msg);
  if (roadmap.id !== choice.id) throw new RoadmapError(msg.use.idChanged(choice.file, choice.id, roadmap.id));
  compileInto(home, roadmap, { file: choice.file, sha256: source.sha256, stat });
  return roadmap;
}
