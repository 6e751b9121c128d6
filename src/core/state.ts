// The progress state kept in the store, and the pure changes made to it.
// Every change is recorded as an event holding each task's before/after, so undo is exact.

import type { Lang } from './types.ts';
import type { LocalDate } from './dates.ts';
import { addedCards, removedCards, type CardChange, type CardState, type Grade } from './cards.ts';

export type TaskStatus = 'todo' | 'in-progress' | 'done' | 'skipped';

/** The paper track, "papers and source code": read the paper, write notes, reproduce it. */
export const PAPER_STAGES = ['read', 'notes', 'reproduce'] as const;
export type PaperStage = (typeof PAPER_STAGES)[number];

export interface TaskProgress {
  status: Exclude<TaskStatus, 'todo'>;
  /** For a paper task in progress: the stage being worked on. */
  stage?: PaperStage;
  /** ISO instants. */
  startedAt?: string;
  doneAt?: string;
  skippedAt?: string;
  updatedAt: string;
  /** Minutes logged on the task (`roadmap spent`), by the local day they were logged for. */
  spentOn?: Record<LocalDate, number>;
}

export type ChangeType = 'start' | 'done' | 'skip' | 'reset';

export interface TaskChange {
  id: string;
  before: TaskProgress | null;
  after: TaskProgress | null;
}

export interface Diff<T> {
  before: T;
  after: T;
}

export interface StoreEvent {
  seq: number;
  /** ISO instant the event was recorded. */
  at: string;
  /** The local calendar day the activity belongs to. */
  date: LocalDate;
  type: ChangeType | 'plan' | 'note' | 'open' | 'undo' | 'import' | 'review' | 'spent';
  changes: TaskChange[];
  /** Review cards added (a `done`), removed (a reset, an undo) or graded (a `review`: one card). */
  cards?: CardChange[];
  /** A review's grade. */
  grade?: Grade;
  /** Minutes of work logged on the task the event changes (type spent). */
  minutes?: number;
  /** The plan's start date, pace or settings changed by this event (a reset of everything, `roadmap plan`). */
  startDate?: Diff<LocalDate | null>;
  plan?: Diff<PlanSettings | null>;
  settings?: Diff<Settings>;
  /** For an undo: the seq of the event it reverted. */
  undoes?: number;
  /** A note added (type note), or removed again (an undo of it). */
  note?: Diff<Note | null>;
  /** The resource opened ("task-id:n", type open). */
  resource?: string;
  /** An import (type import), or the undo of one (type undo). */
  import?: ImportRecord;
}

/** What an import did, and where the store as it was before it is kept (to undo it as one step). */
export interface ImportRecord {
  /** The imported file's name. */
  file: string;
  mode: 'merge' | 'replace';
  /** The backup of the store before the import (a file name beside the store); null: there was no store. */
  backup: string | null;
  /** SHA-256 of that backup, checked before it is restored. */
  sha256: string | null;
  /** Events and notes the import added. */
  events: number;
  notes: number;
}

export interface Note {
  /** "n1", "n2", … never reused. */
  id: string;
  taskId: string;
  /** The local day the note belongs to. */
  date: LocalDate;
  at: string;
  text: string;
}

/** A custom roadmap file in use (validated when chosen; checked again when it changes). */
export interface RoadmapChoice {
  file: string;
  id: string;
  mtimeMs: number;
  size: number;
}

export interface Settings {
  lang?: Lang;
  /** Absent: the bundled roadmap. */
  roadmap?: RoadmapChoice;
}

export interface PlanSettings {
  /** 1-7. */
  daysPerWeek: number;
  /** Minutes a study day; null: the roadmap's own pace. */
  minutesPerDay: number | null;
  /** The weekdays chosen (0 = Sunday), daysPerWeek of them; absent: the default set (core/pace.ts STUDY_WEEKDAYS). */
  weekdays?: number[];
}

export interface ProgressState {
  schemaVersion: number;
  /** The first day of the plan: the first day roadmap was used. */
  startDate: LocalDate | null;
  settings: Settings;
  /** The learner's pace; absent: full-time, the roadmap's calendar as written. */
  plan?: PlanSettings;
  /** Keyed by task id. Ids the roadmap no longer has are kept and ignored. */
  progress: Record<string, TaskProgress>;
  events: StoreEvent[];
  /** Notes on tasks, oldest first (absent in stores that never had one). */
  notes?: Note[];
  /**
   * The last event's number when `events` holds only the events of this change (a store read without
   * its history: src/store/store.ts); new events are numbered after it.
   */
  lastSeq?: number;
  /** Likewise, the highest note number used so far. */
  lastNoteId?: number;
  /**
   * Review cards by question id (absent in stores that never had one): derived from the events, like
   * `progress`. Cards of questions the roadmap no longer has are kept and ignored.
   */
  cards?: Record<string, CardState>;
}

/** The state without its history (events): what planning today needs. */
export type CurrentState = Omit<ProgressState, 'events'>;

/** v1: startDate, progress, events. v2 adds settings (the saved interface language). */
export const SCHEMA_VERSION = 2;

export function emptyState(): ProgressState {
  return { schemaVersion: SCHEMA_VERSION, startDate: null, settings: {}, progress: {}, events: [] };
}

export function statusOf(state: CurrentState, id: string): TaskStatus {
  return state.progress[id]?.status ?? 'todo';
}

/** What a change type makes of a task's progress at an instant. Paper tasks go through their stages. */
function nextProgress(type: ChangeType, before: TaskProgress | null, at: string, staged = false): TaskProgress | null {
  switch (type) {
    case 'start':
      return { ...before, status: 'in-progress', startedAt: before?.startedAt ?? at, updatedAt: at, ...(staged ? { stage: before?.stage ?? 'read' } : {}) };
    case 'done': {
      if (staged && before?.status !== 'skipped') {
        // `done` finishes the current stage: read -> notes -> reproduce -> done.
        const current = before?.status === 'in-progress' ? (before.stage ?? 'read') : 'read';
        const next = PAPER_STAGES[PAPER_STAGES.indexOf(current) + 1];
        if (next) return { ...before, status: 'in-progress', stage: next, startedAt: before?.startedAt ?? at, updatedAt: at };
      }
      const { stage: _done, ...rest } = before ?? {};
      return { ...rest, status: 'done', doneAt: at, updatedAt: at };
    }
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
  /** Ids of paper tasks, which `start` and `done` move through their stages. */
  staged?: ReadonlySet<string>;
  /** The question ids of the tasks: a task that becomes done gets a review card for each. */
  questions?: ReadonlyMap<string, readonly string[]>;
}

export interface ChangeResult {
  state: ProgressState;
  /** Ids that actually changed; the others already had that status. */
  changed: string[];
  unchanged: string[];
}

function nextSeq(state: ProgressState): number {
  return Math.max(state.events.at(-1)?.seq ?? 0, state.lastSeq ?? 0) + 1;
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
    changes.push({ id, before, after: nextProgress(request.type, before, at, request.staged?.has(id)) });
  }
  if (changes.length === 0) return { state, changed: [], unchanged };
  const event: StoreEvent = { seq: nextSeq(state), at, date: request.date, type: request.type, changes };
  const cards = state.cards ?? {};
  const cardChanges =
    request.type === 'reset'
      ? removedCards(cards, new Set(changes.map((c) => c.id)))
      : changes.flatMap((c) => (c.after?.status === 'done' ? addedCards(cards, c.id, request.questions?.get(c.id) ?? [], at) : []));
  if (cardChanges.length > 0) event.cards = cardChanges;
  return { state: withEvent(state, event), changed: changes.map((c) => c.id), unchanged };
}

/** Most minutes one day's log on one task can hold: a day. */
export const MAX_SPENT_MINUTES = 1440;

/** Minutes logged on a task in all, and on one day. */
export function spentMinutes(entry: TaskProgress | undefined, date?: LocalDate): number {
  if (!entry?.spentOn) return 0;
  if (date !== undefined) return entry.spentOn[date] ?? 0;
  let sum = 0;
  for (const minutes of Object.values(entry.spentOn)) sum += minutes;
  return sum;
}

/**
 * Logs minutes of work on a task for a day, as one undoable event. A task not started yet is in
 * progress from then on (a paper at its first stage); a done task keeps its status (time logged after).
 */
export function logSpent(state: ProgressState, id: string, minutes: number, at: Date, date: LocalDate, staged = false): ProgressState {
  const iso = at.toISOString();
  const before = state.progress[id] ?? null;
  const base: TaskProgress =
    before && before.status !== 'skipped'
      ? { ...before, updatedAt: iso }
      : { status: 'in-progress', startedAt: iso, updatedAt: iso, ...(staged ? { stage: 'read' as const } : {}) };
  const spentOn = { ...before?.spentOn, [date]: (before?.spentOn?.[date] ?? 0) + minutes };
  const after: TaskProgress = { ...base, spentOn };
  return withEvent(state, { seq: nextSeq(state), at: iso, date, type: 'spent', changes: [{ id, before, after }], minutes });
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
  const cards = Object.entries(state.cards ?? {}).map(([id, before]) => ({ id, before, after: null }));
  if (cards.length > 0) event.cards = cards;
  return withEvent(state, event);
}

/** Records an event (numbered here) and applies what it changes. */
export function appendEvent(state: ProgressState, event: Omit<StoreEvent, 'seq'>): ProgressState {
  return withEvent(state, { ...event, seq: nextSeq(state) } as StoreEvent);
}

/** Applies what an event changes to `next` (a copy the caller owns), without recording it. */
function applyInPlace(next: ProgressState, event: StoreEvent): void {
  for (const change of event.changes) {
    if (change.after) next.progress[change.id] = change.after;
    else delete next.progress[change.id];
  }
  if (event.cards) {
    const cards = { ...next.cards };
    for (const change of event.cards) {
      if (change.after) cards[change.id] = change.after;
      else delete cards[change.id];
    }
    next.cards = cards;
  }
  if (event.startDate) next.startDate = event.startDate.after;
  if (event.settings) next.settings = event.settings.after;
  if (event.plan) {
    if (event.plan.after) next.plan = event.plan.after;
    else delete next.plan;
  }
  if (event.note) next.notes = withNoteChange(next.notes ?? [], event.note);
}

/** The notes after one note change (a note added, or removed again by an undo). */
function withNoteChange(notes: readonly Note[], { before, after }: Diff<Note | null>): Note[] {
  const kept = notes.filter((n) => n.id !== before?.id);
  return after ? [...kept, after] : kept;
}

/** The notes after the note changes among `events`, in order: notes kept apart from the rest of the state (the store's notes file). */
export function withNoteChanges(notes: readonly Note[], events: readonly StoreEvent[]): Note[] {
  let next = notes.slice();
  for (const event of events) if (event.note) next = withNoteChange(next, event.note);
  return next;
}

function withEvent(state: ProgressState, event: StoreEvent): ProgressState {
  const next: ProgressState = { ...state, progress: { ...state.progress }, events: [...state.events, event] };
  applyInPlace(next, event);
  return next;
}

/**
 * Applies recorded events (numbered already) in order, recording them: a snapshot brought up to date
 * with the end of its log after a crash. Linear in the number of events.
 */
export function replayEvents(state: ProgressState, events: readonly StoreEvent[]): ProgressState {
  const next: ProgressState = { ...state, progress: { ...state.progress }, events: state.events.slice() };
  for (const event of events) {
    applyInPlace(next, event);
    next.events.push(event);
  }
  return next;
}

export interface PlanChange {
  startDate?: LocalDate;
  plan?: PlanSettings;
  settings?: Settings;
  /** Tasks to mark skipped (already known) in the same event. */
  skip?: string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Changes the plan (start, pace, settings, skipped tasks) as one undoable event; progress is kept. */
export function applyPlanChange(state: ProgressState, change: PlanChange, at: Date, date: LocalDate): ProgressState {
  const iso = at.toISOString();
  const event: StoreEvent = { seq: nextSeq(state), at: iso, date, type: 'plan', changes: [] };
  if (change.startDate !== undefined && change.startDate !== state.startDate) event.startDate = { before: state.startDate, after: change.startDate };
  if (change.plan !== undefined && !same(change.plan, state.plan)) event.plan = { before: state.plan ?? null, after: change.plan };
  if (change.settings !== undefined && !same(change.settings, state.settings)) event.settings = { before: state.settings, after: change.settings };
  for (const id of new Set(change.skip ?? [])) {
    const before = state.progress[id] ?? null;
    if (before?.status === 'skipped' || before?.status === 'done') continue;
    event.changes.push({ id, before, after: nextProgress('skip', before, iso) });
  }
  if (!event.startDate && !event.plan && !event.settings && event.changes.length === 0) return state;
  return withEvent(state, event);
}

/** The newest event that undo would revert: not itself an undo, and not yet undone. An import is one. */
export function lastUndoable(state: ProgressState): StoreEvent | undefined {
  const undone = new Set(state.events.filter((e) => e.type === 'undo').map((e) => e.undoes));
  for (let i = state.events.length - 1; i >= 0; i--) {
    const event = state.events[i]!;
    if (event.type !== 'undo' && event.type !== 'open' && !undone.has(event.seq)) return event;
  }
  return undefined;
}

/**
 * Undoes an import as one step: the store as it was before it (`previous`, from its backup) comes back,
 * with the resources opened since (activity the import did not bring), and an undo event naming it.
 * Changes made after the import and already undone net to nothing and are left out.
 */
export function undoImport(state: ProgressState, target: StoreEvent, previous: ProgressState, at: Date, date: LocalDate): ProgressState {
  let next: ProgressState = { ...previous, settings: previous.settings ?? {} };
  for (const e of state.events) {
    if (e.seq > target.seq && e.type === 'open') {
      const { seq: _seq, ...rest } = e;
      next = appendEvent(next, rest);
    }
  }
  return appendEvent(next, { at: at.toISOString(), date, type: 'undo', changes: [], import: target.import });
}

/**
 * Reverts the last undoable event, recorded as an undo event. Undefined when there is nothing to undo.
 * An import is undone through `restore`, which gives the store as it was before it (its backup).
 */
export function undoLast(
  state: ProgressState,
  at: Date,
  date: LocalDate,
  restore?: (target: StoreEvent) => ProgressState,
): { state: ProgressState; undone: StoreEvent } | undefined {
  const target = lastUndoable(state);
  if (!target) return undefined;
  if (target.type === 'import') {
    if (!restore) throw new Error('undoing an import needs its backup');
    return { state: undoImport(state, target, restore(target), at, date), undone: target };
  }
  const changes = target.changes.map((c) => ({ id: c.id, before: state.progress[c.id] ?? null, after: c.before }));
  const event: StoreEvent = {
    seq: nextSeq(state),
    at: at.toISOString(),
    date,
    type: 'undo',
    changes,
    undoes: target.seq,
  };
  if (target.startDate) event.startDate = { before: state.startDate, after: target.startDate.before };
  if (target.plan) event.plan = { before: state.plan ?? null, after: target.plan.before };
  if (target.settings) event.settings = { before: state.settings, after: target.settings.before };
  if (target.note) event.note = { before: target.note.after, after: target.note.before };
  // Cards back as they were: a grade reverted, the cards of an undone `done` removed, a reset's restored.
  if (target.cards) event.cards = target.cards.map((c) => ({ id: c.id, before: state.cards?.[c.id] ?? null, after: c.before }));
  return { state: withEvent(state, event), undone: target };
}

/** The event that takes `event` back: every before and after swapped. */
function inverse(event: StoreEvent): StoreEvent {
  const swap = <T>(d: Diff<T> | undefined) => (d ? { before: d.after, after: d.before } : undefined);
  return {
    ...event,
    changes: event.changes.map((c) => ({ id: c.id, before: c.after, after: c.before })),
    startDate: swap(event.startDate),
    plan: swap(event.plan),
    settings: swap(event.settings),
    note: swap(event.note),
    cards: event.cards?.map((c) => ({ id: c.id, before: c.after, after: c.before })),
  };
}

/**
 * The state as it stood at the end of local day `date`: the events of later days taken back, newest
 * first (`today --date D`, `stats --date D` show that day as it was). Events logged later for that day
 * or before (`done --date`) stay. An import cannot be taken back this way: the rewinding stops there.
 */
export function stateAsOf(state: ProgressState, date: LocalDate): ProgressState {
  const next: ProgressState = { ...state, progress: { ...state.progress }, events: [] };
  const kept: StoreEvent[] = [];
  let i = state.events.length - 1;
  for (; i >= 0; i--) {
    const event = state.events[i]!;
    if (event.type === 'import') break;
    if (event.date > date) applyInPlace(next, inverse(event));
    else kept.push(event);
  }
  next.events = [...state.events.slice(0, i + 1), ...kept.reverse()];
  return next;
}
