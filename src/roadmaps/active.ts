// Which roadmap is in use: the bundled one, or a user's file chosen with `roadmap use`.
// A chosen file was validated then; it is validated again only when it has changed since.

import fs from 'node:fs';
import type { RoadmapChoice } from '../core/state.ts';
import type { Roadmap } from '../core/types.ts';
import { RoadmapError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';

export function statChoice(file: string, id: string): RoadmapChoice {
  const stat = fs.statSync(file);
  return { file, id, mtimeMs: stat.mtimeMs, size: stat.size };
}

/** Loads the chosen roadmap; `changed` is set when it had to be validated again (and passed). */
export async function loadChosenRoadmap(choice: RoadmapChoice, msg: Messages): Promise<{ roadmap: Roadmap; changed?: RoadmapChoice }> {
  let text: string;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(choice.file);
    text = fs.readFileSync(choice.file, 'utf8');
  } catch (error) {
    throw new RoadmapError(msg.use.unreadable(choice.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
  }
  if (stat.mtimeMs === choice.mtimeMs && stat.size === choice.size) {
    try {
      return { roadmap: JSON.parse(text) as Roadmap };
    } catch {
      // Changed in place with the same size and time: validate below.
    }
  }
  const { parseRoadmapText } = await import('./validate.ts');
  const { roadmap, problems } = parseRoadmapText(text, choice.file);
  if (!roadmap || problems.length > 0) throw new RoadmapError(msg.use.nowInvalid(choice.file, problems[0] ?? '', problems.length));
  if (roadmap.id !== choice.id) throw new RoadmapError(msg.use.idChanged(choice.file, choice.id, roadmap.id));
  return { roadmap, changed: { ...choice, mtimeMs: stat.mtimeMs, size: stat.size } };
}
