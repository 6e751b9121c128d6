// Which roadmap is in use: the bundled one, or a user's file chosen with `roadmap use`.
// A chosen file was validated then; it is validated again only when it has changed since.

import fs from 'node:fs';
import type { RoadmapChoice } from '../core/state.ts';
import type { Roadmap } from '../core/types.ts';
import { RoadmapError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';
import type { DerivedCache } from '../cache/derived.ts';
import { fileSource, fromOutline, makeOutline, type Outline } from './outline.ts';
import { readRegular, ReadRefused } from '../store/durable.ts';
import { readProblem } from '../store/problems.ts';

/** The largest roadmap file read: far above the largest real one (a few hundred kilobytes). */
export const MAX_ROADMAP_BYTES = 64 * 1024 * 1024;

export function statChoice(file: string, id: string): RoadmapChoice {
  const stat = fs.statSync(file);
  return { file, id, mtimeMs: stat.mtimeMs, size: stat.size };
}

/** The kind of cache entry that holds a roadmap's outline. */
const OUTLINE_KIND = 'outline-v1';

/** Keeps the outline of the roadmap in `bytes` (read when `stat` was taken) for later runs. */
function rememberOutline(cache: DerivedCache | undefined, file: string, stat: fs.Stats, roadmap: Roadmap, bytes: Buffer): void {
  if (!cache) return;
  const outline = makeOutline(roadmap, bytes);
  if (outline) cache.write(OUTLINE_KIND, file, stat, JSON.stringify(outline));
}

/**
 * Loads the chosen roadmap; `changed` is set when it had to be validated again (and passed). While the
 * file is unchanged, its outline comes from the cache and task details are read as they are used.
 */
export async function loadChosenRoadmap(choice: RoadmapChoice, msg: Messages, cache?: DerivedCache): Promise<{ roadmap: Roadmap; changed?: RoadmapChoice }> {
  const unreadable = (error: unknown) => new RoadmapError(msg.use.unreadable(choice.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(choice.file);
  } catch (error) {
    throw unreadable(error);
  }
  const unchanged = stat.mtimeMs === choice.mtimeMs && stat.size === choice.size;
  const outlineText = unchanged ? cache?.read(OUTLINE_KIND, choice.file, stat) : undefined;
  if (outlineText !== undefined) {
    try {
      const outline = JSON.parse(outlineText) as Outline;
      const changed = () => new RoadmapError(msg.use.changedWhileReading(choice.file));
      return { roadmap: fromOutline(outline, fileSource(choice.file, outline.size, unreadable, changed), changed) };
    } catch {
      // A damaged entry: read the file.
    }
  }
  let bytes: Buffer | null;
  try {
    bytes = readRegular(choice.file, MAX_ROADMAP_BYTES);
  } catch (error) {
    throw error instanceof ReadRefused ? new RoadmapError(readProblem(choice.file, error).text(msg)) : unreadable(error);
  }
  if (bytes === null) throw unreadable(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
  const text = bytes.toString('utf8');
  if (unchanged) {
    try {
      const roadmap = JSON.parse(text) as Roadmap;
      rememberOutline(cache, choice.file, stat, roadmap, bytes);
      return { roadmap };
    } catch {
      // Changed in place with the same size and time: validate below.
    }
  }
  const { parseRoadmapText } = await import('./validate.ts');
  const { roadmap, problems } = parseRoadmapText(text, choice.file);
  if (!roadmap || problems.length > 0) throw new RoadmapError(msg.use.nowInvalid(choice.file, problems[0] ?? '', problems.length));
  if (roadmap.id !== choice.id) throw new RoadmapError(msg.use.idChanged(choice.file, choice.id, roadmap.id));
  rememberOutline(cache, choice.file, stat, roadmap, bytes);
  return { roadmap, changed: { ...choice, mtimeMs: stat.mtimeMs, size: stat.size } };
}
