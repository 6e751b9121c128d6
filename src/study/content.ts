// The study content of a task: when it is done (doneWhen) and its understanding checks (questions).
// A custom roadmap carries its own on each task; the bundled roadmap's are in data/study.json, read only
// by the commands that need them. `today` needs one task's doneWhen: it reads data/done-when/<id>.json, that
// task's alone (made from study.json by scripts/done-when.mjs; a test keeps the two equal). Parsing all 54 KB
// of them took about 3 million instructions of a `today` and a garbage collection.

import fs from 'node:fs';
import path from 'node:path';
import type { Localized, Question, Roadmap, Task } from '../core/types.ts';
import { dataFile } from '../data-files.ts';
import { ID_PATTERN } from '../core/roadmap.ts';

/** The bundled roadmap's id: its tasks take their study content from data/study.json. */
export const BUNDLED_ID = 'dl-cv';

export interface TaskStudy {
  doneWhen: Localized;
  questions: Question[];
}

type StudyFile = Record<string, TaskStudy | string>;

let study: StudyFile | undefined;
const doneWhens = new Map<string, Localized | undefined>();

function readJson<T>(name: string): T {
  return JSON.parse(fs.readFileSync(dataFile(name), 'utf8')) as T;
}

/** Where a roadmap's study content comes from: the bundled one's from the data files, a custom one's from its tasks. */
export interface StudySource {
  roadmap: Pick<Roadmap, 'id'>;
  /** The file of the roadmap in use; absent for the bundled one. */
  roadmapFile?: string;
}

/** The bundled roadmap's study content is the roadmap team's own (the views say so); a custom roadmap's is its author's. */
export const bundled = (source: StudySource) => source.roadmapFile === undefined && source.roadmap.id === BUNDLED_ID;

function bundledStudy(id: string): TaskStudy | undefined {
  study ??= readJson<StudyFile>('study.json');
  const entry = Object.hasOwn(study, id) ? study[id] : undefined;
  return typeof entry === 'object' ? entry : undefined;
}

export function doneWhenOf(source: StudySource, task: Task): Localized | undefined {
  if (task.doneWhen || !bundled(source)) return task.doneWhen;
  if (!doneWhens.has(task.id)) doneWhens.set(task.id, bundledDoneWhen(task.id));
  return doneWhens.get(task.id);
}

function bundledDoneWhen(id: string): Localized | undefined {
  if (!ID_PATTERN.test(id)) return undefined;
  try {
    return readJson<Localized>(path.join('done-when', `${id}.json`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function questionsOf(source: StudySource, task: Task): Question[] {
  if (task.questions || !bundled(source)) return task.questions ?? [];
  return bundledStudy(task.id)?.questions ?? [];
}
