// The snapshot (progress.json, schemaVersion 4): the current state without its history, which is in
// the event log beside it (log.ts), and without the notes' text, which is in the notes file beside it
// (notes-file.ts). It names the log it goes with (its id), how far into it it is (bytes and the last
// event's number), the last event that changed the notes, and keeps the aggregates that `today`,
// `show`, `stats` and `report` need (days of activity, notes per task), so that no everyday command
// reads the history or the notes.
//
// Version 3 kept the notes inline: it is still read as it is, and its first write moves them out.

import { aggregatesOf, noteCountsOf, type Aggregates } from '../core/activity.ts';
import { SCHEMA_VERSION, type CurrentState, type ProgressState } from '../core/state.ts';
import { shapeProblem } from './shape.ts';

/** The version of the snapshot file. Versions 1 and 2 were one file holding the history too; 3 held the notes. */
export const SNAPSHOT_VERSION = 4;
/** The snapshot that held the notes inline. */
export const INLINE_NOTES_VERSION = 3;

export interface LogPosition {
  /** The log's id ('' before it exists). */
  id: string;
  /** The log's size up to the last event this snapshot includes. */
  bytes: number;
  lastSeq: number;
}

/** What the notes file holds beside the notes' count, kept in the snapshot. */
export interface NoteIndex {
  /** The number of the last event that changed the notes (0: none since the log began): the notes file includes it. */
  notesSeq: number;
  /** Notes per task id. */
  noteCounts: Record<string, number>;
}

export interface Snapshot extends Omit<CurrentState, 'schemaVersion' | 'lastSeq' | 'lastNoteId' | 'notes'>, Aggregates, NoteIndex {
  schemaVersion: typeof SNAPSHOT_VERSION;
  log: LogPosition;
  /** The highest note number ever used: removed notes' ids are never used again. */
  lastNoteId: number;
}

/** A version 3 snapshot: the notes inline, no note index. */
export type InlineSnapshot = Omit<Snapshot, 'schemaVersion' | keyof NoteIndex> & { schemaVersion: typeof INLINE_NOTES_VERSION; notes?: CurrentState['notes'] };

/** What a store reads as: the state without history and notes, the aggregates of that history, and the notes per task. */
export type StateView = Omit<CurrentState, 'notes'> & Aggregates & { noteCounts: Record<string, number> };

export const NO_LOG: LogPosition = { id: '', bytes: 0, lastSeq: 0 };

export function snapshotOf(
  state: CurrentState,
  log: LogPosition,
  aggregates: Aggregates,
  lastNoteId: number,
  notesSeq: number,
  noteCounts: Record<string, number>,
): Snapshot {
  const { schemaVersion: _v, lastSeq: _s, lastNoteId: _n, notes: _notes, ...rest } = state;
  return {
    schemaVersion: SNAPSHOT_VERSION,
    log,
    lastNoteId,
    ...rest,
    notesSeq,
    noteCounts,
    activity: aggregates.activity,
    doneOn: aggregates.doneOn,
    minutesOn: aggregates.minutesOn ?? {},
  };
}

/** The state a command works on, without the history and the notes, from a snapshot. */
export function viewOf(snapshot: Snapshot): StateView {
  const { schemaVersion: _v, log, lastNoteId, notesSeq: _seq, ...rest } = snapshot;
  return { ...rest, schemaVersion: SCHEMA_VERSION, lastSeq: log.lastSeq, lastNoteId };
}

/** A version 3 snapshot read as version 4 (its notes apart). */
export function fromInline(inline: InlineSnapshot): { snapshot: Snapshot; notes: NonNullable<CurrentState['notes']> } {
  const { schemaVersion: _v, notes = [], ...rest } = inline;
  return { snapshot: { ...rest, schemaVersion: SNAPSHOT_VERSION, notesSeq: 0, noteCounts: noteCountsOf(notes) }, notes };
}

/** The view of a state without its notes. */
export function withoutNotes(state: CurrentState & Aggregates): StateView {
  const { notes = [], ...rest } = state;
  return { ...rest, noteCounts: noteCountsOf(notes) };
}

/** A whole state (with its history) seen as a snapshot would show it. */
export function viewOfState(state: ProgressState): StateView {
  const { events: _events, ...rest } = state;
  return withoutNotes({ ...rest, ...aggregatesOf(state) });
}

export function snapshotText(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, undefined, '\t')}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a parsed snapshot, or undefined. */
export function snapshotProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'the top level is not an object';
  const log = data.log;
  if (
    !isObject(log) ||
    typeof log.id !== 'string' ||
    !Number.isSafeInteger(log.bytes) ||
    (log.bytes as number) < 0 ||
    !Number.isSafeInteger(log.lastSeq) ||
    (log.lastSeq as number) < 0
  )
    return 'log: must name the event log, its size and its last event';
  if (!Number.isSafeInteger(data.lastNoteId) || (data.lastNoteId as number) < 0) return 'lastNoteId: must be a whole number';
  if (data.schemaVersion === SNAPSHOT_VERSION) {
    if (data.notes !== undefined) return 'notes: are kept in the notes file, not in the snapshot';
    if (!Number.isSafeInteger(data.notesSeq) || (data.notesSeq as number) < 0 || (data.notesSeq as number) > (log.lastSeq as number))
      return 'notesSeq: must be the number of an event in the log';
    if (!isObject(data.noteCounts)) return 'noteCounts: must be an object';
    for (const count of Object.values(data.noteCounts))
      if (!Number.isSafeInteger(count) || (count as number) < 1) return 'noteCounts: must map task ids to counts';
  }
  // The aggregates are only counted and compared (a day that is not one matches nothing): a cheap check.
  if (!isObject(data.activity)) return 'activity: must be an object';
  for (const count of Object.values(data.activity)) if (typeof count !== 'number') return 'activity: must map days to counts';
  if (!isObject(data.doneOn)) return 'doneOn: must be an object';
  for (const day of Object.values(data.doneOn)) if (typeof day !== 'string') return 'doneOn: must map task ids to days';
  if (data.minutesOn !== undefined) {
    if (!isObject(data.minutesOn)) return 'minutesOn: must be an object';
    for (const minutes of Object.values(data.minutesOn)) if (typeof minutes !== 'number') return 'minutesOn: must map days to minutes';
  }
  return shapeProblem({ ...data, schemaVersion: SCHEMA_VERSION, events: [] });
}
