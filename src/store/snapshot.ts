// The snapshot (progress.json, schemaVersion 3): the current state without its history, which is in
// the event log beside it (log.ts). It names the log it goes with (its id), how far into it it is
// (bytes and the last event's number), and keeps the aggregates that `stats` and `report` need, so
// that no everyday command reads the history.

import { aggregatesOf, type Aggregates } from '../core/activity.ts';
import { SCHEMA_VERSION, type CurrentState, type ProgressState } from '../core/state.ts';
import { shapeProblem } from './shape.ts';

/** The version of the snapshot file. Versions 1 and 2 were one file holding the history too. */
export const SNAPSHOT_VERSION = 3;

export interface LogPosition {
  /** The log's id ('' before it exists). */
  id: string;
  /** The log's size up to the last event this snapshot includes. */
  bytes: number;
  lastSeq: number;
}

export interface Snapshot extends Omit<CurrentState, 'schemaVersion' | 'lastSeq' | 'lastNoteId'>, Aggregates {
  schemaVersion: typeof SNAPSHOT_VERSION;
  log: LogPosition;
  /** The highest note number ever used: removed notes' ids are never used again. */
  lastNoteId: number;
}

/** What a store reads as: the state without history, and the aggregates of that history. */
export type StateView = CurrentState & Aggregates;

export const NO_LOG: LogPosition = { id: '', bytes: 0, lastSeq: 0 };

export function snapshotOf(state: CurrentState, log: LogPosition, aggregates: Aggregates, lastNoteId: number): Snapshot {
  const { schemaVersion: _v, lastSeq: _s, lastNoteId: _n, ...rest } = state;
  return {
    schemaVersion: SNAPSHOT_VERSION,
    log,
    lastNoteId,
    ...rest,
    activity: aggregates.activity,
    doneOn: aggregates.doneOn,
    minutesOn: aggregates.minutesOn ?? {},
  };
}

/** The state a command works on, without the history, from a snapshot. */
export function viewOf(snapshot: Snapshot): StateView {
  const { schemaVersion: _v, log, lastNoteId, ...rest } = snapshot;
  return { ...rest, schemaVersion: SCHEMA_VERSION, lastSeq: log.lastSeq, lastNoteId };
}

/** A whole state (with its history) seen as a snapshot would show it. */
export function viewOfState(state: ProgressState): StateView {
  const { events: _events, ...rest } = state;
  return { ...rest, ...aggregatesOf(state) };
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
