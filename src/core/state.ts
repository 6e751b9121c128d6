// The progress state kept in the store, and the pure changes made to it.
// Every change is recorded as an event holding each task's before/after, so undo is exact.

import type { Lang } from './types.ts';
import type { LocalDate } from './dates.ts';

export type TaskStatus = 'todo' | 'in-progress' | 'done' | 'skipped';

export interface TaskProgress {
  status: Exclude<TaskStatus, 'todo'>;
  /** ISO instants. */
  startedAt?: string;
  doneAt?: string;
  skippedAt?: string;
  updatedAt: string;
}

export type ChangeType = 'start' | 'done' | 'skip' | 'reset';

export interface TaskChange {
  id: string;
  before: TaskProgress | null;
  after: TaskProgress | null;
}

export interface StoreEvent {
  seq: number;
  /** ISO instant the event was recorded. */
  at: string;
  /** The local calendar day the activity belongs to. */
  date: LocalDate;
  type: ChangeType | 'undo';
  changes: TaskChange[];
  /** A plan start date changed by this event (reset of everything). */
  startDate?: { before: LocalDate | null; after: LocalDate | null };
  /** For an undo: the seq of the event it reverted. */
  undoes?: number;
}

export interface Settings {
  lang?: Lang;
}

export interface ProgressState {
  schemaVersion: number;
  /** The first day of the plan: the first day roadmap was used. */
  startDate: LocalDate | null;
  settings: Settings;
  /** Keyed by task id. Ids the roadmap no longer has are kept and ignored. */
  progress: Record<string, TaskProgress>;
  events: StoreEvent[];
}

/** v1: startDate, progress, events. v2 adds settings (the saved interface language). */
export const SCHEMA_VERSION = 2;

export function emptyState(): ProgressState {
  return { schemaVersion: SCHEMA_VERSION, startDate: null, settings: {}, progress: {}, events: [] };
}

export function statusOf(state: ProgressState, id: string): TaskStatus {
  return state.progress[id]?.status ?? 'todo';
}

/** What a change type makes of a task's progress at an instant. */
function nextProgress(type: ChangeType, before: TaskProgress | null, at: string): TaskProgress | null {
  switch (type) {
    case 'start':
      return { ...before, status: 'in-progress', startedAt: before?.startedAt ?? at, updatedAt: at };
    case 'done':
      return { ...before, status: 'done', doneAt: at, updatedAt: at };
    case 'skip':
      return { ...before, status: 'skipped', skippedAt: at, updatedAt: at };
    case 'reset':
      return null;
  }
}

export interface ChangeRequest {
  type: ChangeType;
  ids: string[];
  at: Date;
  date: LocalDate;
}

export interface ChangeResult {
  state: ProgressState;
  /** Ids that actually changed; the others already had that status. */
  changed: string[];
  unchanged: string[];
}

function nextSeq(state: ProgressState): number {
  return (state.events.at(-1)?.seq ?? 0) + 1;
}

/** Applies a change to some tasks and records it as one event. Returns the state unchanged when nothing moves. */
export function applyChange(state: ProgressState, request: ChangeRequest): ChangeResult {
  const at = request.at.toISOString();
  const changes: TaskChange[] = [];
  const unchanged: string[] = [];
  for (const id of new Set(request.ids)) {
    const before = state.progress[id] ?? null;
    const wanted: TaskStatus = request.type === 'reset' ? 'todo' : request.type === 'start' ? 'in-progress' : request.type === 'done' ? 'done' : 'skipped';
    if ((before?.status ?? 'todo') === wanted) {
      unchanged.push(id);
      continue;
    }
    changes.push({ id, before, after: nextProgress(request.type, before, at) });
  }
  if (changes.length === 0) return { state, changed: [], unchanged };
  const event: StoreEvent = { seq: nextSeq(state), at, date: request.date, type: request.type, changes };
  return { state: withEvent(state, event), changed: changes.map((c) => c.id), unchanged };
}

/** Resets every task and restarts the plan on `date`; one undoable event. */
export function resetAll(state: ProgressState, at: Date, date: LocalDate): ProgressState {
  const iso = at.toISOString();
  const changes = Object.entries(state.progress).map(([id, before]) => ({ id, before, after: null }));
  const event: StoreEvent = {
    seq: nextSeq(state),
    at: iso,
    date,
    type: 'reset',
    changes,
    startDate: { before: state.startDate, after: date },
  };
  return withEvent(state, event);
}

function withEvent(state: ProgressState, event: StoreEvent): ProgressState {
  const progress = { ...state.progress };
  for (const change of event.changes) {
    if (change.after) progress[change.id] = change.after;
    else delete progress[change.id];
  }
  const startDate = event.startDate ? event.startDate.after : state.startDate;
  return { ...state, startDate, progress, events: [...state.events, event] };
}

/** The newest event that undo would revert: not itself an undo, and not yet undone. */
export function lastUndoable(state: ProgressState): StoreEvent | undefined {
  const undone = new Set(state.events.filter((e) => e.type === 'undo').map((e) => e.undoes));
  for (let i = state.events.length - 1; i >= 0; i--) {
    const event = state.events[i]!;
    if (event.type !== 'undo' && !undone.has(event.seq)) return event;
  }
  return undefined;
}

/** Reverts the last undoable event, recorded as an undo event. Undefined when there is nothing to undo. */
export function undoLast(state: ProgressState, at: Date, date: LocalDate): { state: ProgressState; undone: StoreEvent } | undefined {
  const target = lastUndoable(state);
  if (!target) return undefined;
  const changes = target.changes.map((c) => ({ id: c.id, before: state.progress[c.id] ?? null, after: c.before }));
  const event: StoreEvent = {
    seq: nextSeq(state),
    at: at.toISOString(),
    date,
    type: 'undo',
    changes,
    undoes: target.seq,
    ...(target.startDate ? { startDate: { before: state.startDate, after: target.startDate.before } } : {}),
  };
  return { state: withEvent(state, event), undone: target };
}
