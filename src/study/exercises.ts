// The exercise folders of hands-on tasks (data/exercises/<task>/, described by its index.json): what is
// copied for the learner, where the solutions are, and the checker that verifies them.

import fs from 'node:fs';
import type { Lang } from '../core/types.ts';
import { dataFile } from '../data-files.ts';

export interface ExerciseEntry {
  task: string;
  folder: string;
  /** The learner's files, with TODOs. */
  exercises: string[];
  /** solutions/<file> for each exercise file, with the same name. */
  solutions: string[];
  /** Files the exercises read or import (a CSV, a helper module). */
  support: string[];
  /** The checker and its tests. */
  checkerFiles: string[];
  readme: Record<Lang, string>;
  /** The checker's argument vector, run in the exercise folder. */
  checker: string[];
  /** Python import names the exercises need (numpy, pandas, torch). */
  requires: string[];
}

interface ExerciseIndex {
  exercises: ExerciseEntry[];
}

let index: ExerciseIndex | undefined;

export function exerciseIndex(): ExerciseEntry[] {
  index ??= JSON.parse(fs.readFileSync(dataFile('exercises', 'index.json'), 'utf8')) as ExerciseIndex;
  return index.exercises;
}

export function exerciseOf(task: string): ExerciseEntry | undefined {
  return exerciseIndex().find((e) => e.task === task);
}

/** A shipped file of an exercise folder. */
export function shippedFile(entry: ExerciseEntry, name: string): string {
  return dataFile('exercises', entry.folder, ...name.split('/'));
}

/** What `roadmap exercise` writes: each file's name in the learner's folder and the shipped file it comes from. */
export function exerciseFiles(entry: ExerciseEntry, lang: Lang): { name: string; from: string }[] {
  const files = [...entry.exercises, ...entry.support, ...entry.checkerFiles].map((name) => ({ name, from: shippedFile(entry, name) }));
  return [...files, { name: 'README.md', from: shippedFile(entry, entry.readme[lang]) }];
}
