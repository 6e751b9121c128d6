// The notes file (notes.json beside progress.json): the notes' text, kept apart from the snapshot so
// that `today`, `show` and `done` never read or rewrite it (with hundreds of notes it is most of the
// state). It names the log it goes with and the last event it includes; the snapshot names the last
// event that changed the notes (notesSeq), so a reader can tell whether the two go together.
//
// A write that changes the notes appends its event to the log first, then writes this file, then
// the snapshot: after a crash the log's tail (replayed by store.ts) brings both up to date.

import path from 'node:path';
import { StoreError } from '../errors.ts';
import { SCHEMA_VERSION, type Note } from '../core/state.ts';
import { writeWhole } from './durable.ts';
import { readStoreText, writeProblem } from './problems.ts';
import { shapeProblem } from './shape.ts';
import type { Messages } from '../i18n/index.ts';

export interface NotesFile {
  /** The log this file goes with, and the last event of it that the notes include. */
  log: { id: string; lastSeq: number };
  notes: Note[];
}

/** notes.json beside progress.json, <id>.notes.json beside a custom roadmap's <id>.json. */
export function notesPathOf(snapshotFile: string): string {
  const base = path.basename(snapshotFile, '.json');
  return path.join(path.dirname(snapshotFile), base === 'progress' ? 'notes.json' : `${base}.notes.json`);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a parsed notes file, or undefined. */
export function notesFileProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'the top level is not an object';
  const log = data.log;
  if (!isObject(log) || typeof log.id !== 'string' || !Number.isSafeInteger(log.lastSeq) || (log.lastSeq as number) < 0)
    return 'log: must name the event log and its last event';
  if (!Array.isArray(data.notes)) return 'notes: must be an array';
  return shapeProblem({ schemaVersion: SCHEMA_VERSION, progress: {}, events: [], notes: data.notes });
}

const hint = (file: string) => (m: Messages) => m.store.recoverHint(path.basename(file));

/** Reads and checks a notes file; null when there is none. Throws StoreError naming the file and what is wrong. */
export function readNotesFile(file: string): NotesFile | null {
  const text = readStoreText(file);
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new StoreError((m) => m.store.badNotes(file, detail), hint(file), 'invalid-json');
  }
  const problem = notesFileProblem(data);
  if (problem) throw new StoreError((m) => m.store.badNotes(file, problem), hint(file), 'wrong-shape');
  return data as NotesFile;
}

/** The error for a notes file that is missing, or does not go with the snapshot (another log, older). */
export function notesBehind(file: string): StoreError {
  return new StoreError((m) => m.store.notesBehind(file), hint(file), 'wrong-shape');
}

export function notesFileText(notes: NotesFile): string {
  return `${JSON.stringify(notes, undefined, '\t')}\n`;
}

/** Writes a notes file, whole or not at all (durable.ts), file mode 0600. */
export function writeNotesFile(file: string, notes: NotesFile): void {
  try {
    writeWhole(file, notesFileText(notes));
  } catch (error) {
    throw writeProblem(file, error);
  }
}
