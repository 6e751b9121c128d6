// The progress store: a small snapshot (progress.json, snapshot.ts), an append-only event log beside
// it (events.jsonl, log.ts) and the notes' text (notes.json, notes-file.ts). Everyday commands read
// the snapshot only. A write takes the lock (lock.ts), reads the snapshot (and the log's tail, if a
// crash left events the snapshot does not include yet), applies the pure change, appends its events
// to the log and fsyncs, writes the notes file when the notes changed, then writes the snapshot whole
// (durable.ts). Stores of schema 1 and 2 (one file with the history in it) are read as they are and
// turned into snapshot + log by the first write, after a dated backup; a snapshot of version 3 (the
// notes inline) is read as it is, and its first write moves the notes out, after a dated backup.

import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../errors.ts';
import type { Messages } from '../i18n/index.ts';
import { aggregatesOf, addToAggregates, lastNoteNumber, noteCountsOf } from '../core/activity.ts';
import { emptyState, replayEvents, SCHEMA_VERSION, withNoteChanges, type Note, type ProgressState, type StoreEvent } from '../core/state.ts';
import { notesBehind, notesPathOf, readNotesFile, writeNotesFile } from './notes-file.ts';
import { migrate } from './migrate.ts';
import { shapeProblem } from './shape.ts';
import { STORE_FILE } from './paths.ts';
import { readRegular, removeStaleTemps, writeWhole } from './durable.ts';
import { readProblem, readStoreText, writeProblem } from './problems.ts';
import { withLock, type HeldLock } from './lock.ts';
import { appendLog, LogError, logPathOf, logSize, newLogId, readLog, readLogTail, headerLine } from './log.ts';
import {
  fromInline,
  INLINE_NOTES_VERSION,
  NO_LOG,
  SNAPSHOT_VERSION,
  snapshotOf,
  snapshotProblem,
  snapshotText,
  viewOf,
  viewOfState,
  type InlineSnapshot,
  type LogPosition,
  type Snapshot,
  type StateView,
} from './snapshot.ts';

export type { StateView } from './snapshot.ts';

export interface UpdateOptions {
  /** The change needs the history (undo, import): the log is read, and the change may rewrite it. The notes are read too. */
  history?: boolean;
  /** The change needs the notes (adding one): the notes file is read, and written when they change. */
  notes?: boolean;
}

export interface Store {
  readonly path: string;
  /** The current state without its history, with the aggregates of that history: what nearly every command reads. */
  snapshot(): StateView;
  /** The notes, oldest first: the notes file, read only when a command asks (`notes`, `show` of a task with notes, `report`). */
  notes(): Note[];
  /** The current state with its whole history (the event log) and its notes: log, undo, export. */
  load(): ProgressState;
  /**
   * Reads the latest state under the lock, applies `change`, writes the result when it differs. Without
   * `history`, the state the change gets has no past events (only `lastSeq`), and the events it adds
   * are appended to the log; without `history` or `notes`, it has no notes (only `lastNoteId`).
   */
  update<T>(change: (state: ProgressState) => { state: ProgressState; result: T }, options?: UpdateOptions): Promise<T>;
  /**
   * Keeps a dated copy of the store's whole state (`state`, by default the store as read) beside it, as
   * one document (history included), and returns its path; null when there is no store file yet.
   */
  backup(reason: string, state?: ProgressState): string | null;
  /** The bytes of a backup beside the store, by file name (as backup() named it). Throws StoreError when it is gone. */
  readBackup(name: string): Buffer;
}

export interface LoadedDoc {
  state: ProgressState;
  /** The schemaVersion found in the file, before any migration. */
  foundVersion: number | null;
}

const RECOVER_HINT = (file: string) => (m: Messages) => m.store.recoverHint(path.basename(file));

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new StoreError((m) => m.store.invalidJson(file, detail), RECOVER_HINT(file), 'invalid-json');
  }
}

/** Parses and checks a state document's text (a store of schema 1 or 2, a backup). Throws StoreError naming the file. */
export function parseStoreText(file: string, text: string): LoadedDoc {
  return checkStoreData(file, parseJson(file, text));
}

/** Checks a parsed state document (a store of schema 1 or 2, an export's): version, migration, shape. */
export function checkStoreData(file: string, data: unknown): LoadedDoc {
  const version = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    throw new StoreError(
      (m) => m.store.newer(file, version, SCHEMA_VERSION),
      (m) => m.store.newerHint,
      'newer',
    );
  }
  const migrated = typeof version === 'number' && version < SCHEMA_VERSION && version >= 1 ? migrate(data as Record<string, unknown>) : data;
  const problem = shapeProblem(migrated);
  if (problem) throw new StoreError((m) => m.store.wrongShape(file, problem), RECOVER_HINT(file), 'wrong-shape');
  const state = { ...emptyState(), ...(migrated as ProgressState) };
  return { state, foundVersion: version as number };
}

/**
 * A store file as found: a snapshot (version 4, or 3 with its notes inline, `inlineNotes`), or a whole
 * state of schema 1 or 2 to be turned into one.
 */
export type StoreFile = { kind: 'snapshot'; snapshot: Snapshot; inlineNotes?: Note[] } | { kind: 'legacy'; doc: LoadedDoc };

/** Reads and checks a store file; null when there is none. Throws StoreError naming the file and what is wrong. */
export function readStoreFile(file: string): StoreFile | null {
  const text = readStoreText(file);
  if (text === null) return null;
  const data = parseJson(file, text);
  const version = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).schemaVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > SNAPSHOT_VERSION)
    throw new StoreError(
      (m) => m.store.newer(file, version, SNAPSHOT_VERSION),
      (m) => m.store.newerHint,
      'newer',
    );
  if (version !== SNAPSHOT_VERSION && version !== INLINE_NOTES_VERSION) return { kind: 'legacy', doc: checkStoreData(file, data) };
  const problem = snapshotProblem(data);
  if (problem) throw new StoreError((m) => m.store.wrongShape(file, problem), RECOVER_HINT(file), 'wrong-shape');
  if (version === SNAPSHOT_VERSION) return { kind: 'snapshot', snapshot: data as Snapshot };
  const { snapshot, notes } = fromInline(data as InlineSnapshot);
  return { kind: 'snapshot', snapshot, inlineNotes: notes };
}

/** Where a dated backup of a file goes: beside it, e.g. progress.json.v1-2026-03-01T10-00-00-000Z.bak. */
export function backupPath(file: string, reason: string, now: Date): string {
  return `${file}.${reason}-${now.toISOString().replace(/[:.]/g, '-')}.bak`;
}

/** Copies a file to a dated backup beside it (whole, never over another file) and returns the backup's path. */
export function backupFile(file: string, reason: string, now: Date): string {
  const target = backupPath(file, reason, now);
  let bytes: Buffer | null;
  try {
    bytes = readRegular(file);
  } catch (error) {
    throw readProblem(file, error);
  }
  try {
    writeWhole(target, bytes ?? Buffer.alloc(0), { exclusive: true });
  } catch (error) {
    throw writeProblem(target, error);
  }
  return target;
}

export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw writeProblem(path.join(dir, STORE_FILE), error);
  }
}

/**
 * The notes that go with a snapshot at log `id` whose notes last changed at event `notesSeq`, and the
 * last event they include: the notes file (or, for a rewrite cut short, `pending`, the one written
 * for the new log). Nothing is read when the snapshot counts no notes.
 */
function notesFor(file: string, id: string, notesSeq: number, counts: Record<string, number>, pending: boolean): { notes: Note[]; lastSeq: number } {
  if (Object.keys(counts).length === 0) return { notes: [], lastSeq: notesSeq };
  const notesFile = notesPathOf(file);
  for (const candidate of pending ? [`${notesFile}.next`, notesFile] : [notesFile]) {
    const found = readNotesFile(candidate);
    if (found && found.log.id === id && found.log.lastSeq >= notesSeq) return { notes: found.notes, lastSeq: found.log.lastSeq };
  }
  throw notesBehind(notesFile);
}

/** The notes of a store as read (the notes file, unless the read has them already). Throws StoreError when the file is damaged or behind. */
export function notesOf(file: string, read: StoreRead): Note[] {
  return (read.notes ??= notesFor(file, read.log.id, read.notesSeq, read.view.noteCounts, read.pending).notes);
}

/** Writes a snapshot, whole or not at all (durable.ts), file mode 0600. */
function writeSnapshot(file: string, snapshot: Snapshot, beforeCommit?: () => void): void {
  try {
    writeWhole(file, snapshotText(snapshot), { beforeCommit });
  } catch (error) {
    throw writeProblem(file, error);
  }
}

/**
 * What identifies the version of a file that was read: a rename over it changes the inode, a write in
 * place its times (in nanoseconds). Undefined when there is no file.
 */
function identity(file: string): { key: string; writable: boolean } | undefined {
  let stat: fs.BigIntStats;
  try {
    stat = fs.statSync(file, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw readProblem(file, error);
  }
  return { key: `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`, writable: (stat.mode & 0o200n) !== 0n };
}

/** Points in a write where a fault test stops the process (ROADMAP_TEST_FAULT, read in main). */
export type FaultPoint = 'after-read' | 'after-append' | 'after-notes' | 'before-rename';

/** How many times a write is tried again when another command changed the store meanwhile. */
const WRITE_ATTEMPTS = 3;

/** The store of a custom roadmap, beside the bundled roadmap's: progress is kept per roadmap. */
export function customStoreFile(roadmapId: string): string {
  return path.join('roadmaps', `${roadmapId}.json`);
}

/** How a store's files stand: what `roadmap doctor` reports, and what a write starts from. */
export interface StoreRead {
  /** The state and its aggregates as they are now (the log's tail replayed). */
  view: StateView;
  /** Where the snapshot is in the log, after the replay. */
  log: LogPosition;
  /** The last event that changed the notes (the notes file includes it). */
  notesSeq: number;
  /** The notes, when they were read already (a legacy store, a snapshot of version 3, a replayed note). */
  notes?: Note[];
  /** The notes file does not hold these notes yet (a migration, a replayed note): the next write writes it. */
  notesStale: boolean;
  /** The snapshot is of version 3 (the notes inline): the next write moves them out, after a backup. */
  inline: boolean;
  /** The store is of schema 1 or 2 (one file): the next write turns it into snapshot + log. */
  legacy?: LoadedDoc;
  /** The whole history, when it had to be read (a replayed undo) or the store is legacy. */
  events?: StoreEvent[];
  /** Events a crash left in the log that the snapshot did not include yet (now replayed). */
  replayed: number;
  /** Bytes of a torn last line in the log (a crash during an append), dropped. */
  torn: number;
  /** The log is missing or shorter than the snapshot says: history was lost, the state is kept. */
  logLost: boolean;
  /** A rewrite (migration, an import, its undo) was cut short after its new log was in place: the snapshot comes from progress.json.next. */
  pending: boolean;
}

/** The log's header id, or undefined when it cannot be read. */
function logIdOf(logFile: string): string | undefined {
  try {
    return readLog(logFile)?.id;
  } catch {
    return undefined;
  }
}

function logProblem(error: unknown, logFile: string): StoreError {
  if (error instanceof LogError) {
    const { line, problem } = error;
    return new StoreError((m) => m.store.badLog(logFile, line, problem), RECOVER_HINT(logFile), 'wrong-shape');
  }
  return readProblem(logFile, error);
}

/** Reads a store's snapshot and brings it up to date with its log. Null when there is no store yet. */
export function readStore(file: string): StoreRead | null {
  const logFile = logPathOf(file);
  const nextFile = `${file}.next`;
  let found = readStoreFile(file);
  let pending = false;
  // A rewrite writes progress.json.next, then the new log, then renames .next: if it stopped after
  // the log, .next (naming the new log) is the store.
  if (fs.existsSync(nextFile)) {
    const next = readStoreFile(nextFile);
    if (next?.kind === 'snapshot' && next.snapshot.log.id !== '' && next.snapshot.log.id === logIdOf(logFile)) {
      found = next;
      pending = true;
    }
  }
  if (found === null) return null;
  if (found.kind === 'legacy') {
    const state = found.doc.state;
    const log = { ...NO_LOG, lastSeq: state.events.at(-1)?.seq ?? 0 };
    return {
      replayed: 0,
      torn: 0,
      logLost: false,
      pending,
      view: viewOfState(state),
      log,
      legacy: found.doc,
      events: state.events,
      notesSeq: 0,
      notes: state.notes ?? [],
      notesStale: true,
      inline: false,
    };
  }
  const snapshot = found.snapshot;
  const view = viewOf(snapshot);
  const inline = found.inlineNotes !== undefined;
  const base = { replayed: 0, torn: 0, logLost: false, pending, notesSeq: snapshot.notesSeq, notes: found.inlineNotes, notesStale: inline, inline };
  if (snapshot.log.id === '') return { ...base, view, log: snapshot.log };
  let size: number | undefined;
  try {
    size = logSize(logFile);
  } catch (error) {
    throw readProblem(logFile, error);
  }
  if (size === undefined || size < snapshot.log.bytes) return { ...base, view, log: snapshot.log, logLost: true };
  if (size === snapshot.log.bytes) return { ...base, view, log: snapshot.log };
  // The log goes on past the snapshot: a write was stopped between its append and its snapshot (or a
  // torn line). Replay what is complete.
  let tail: ReturnType<typeof readLogTail>;
  try {
    tail = readLogTail(logFile, snapshot.log.bytes);
  } catch (error) {
    throw logProblem(error, logFile);
  }
  const fresh = tail.events.filter((e) => e.seq > snapshot.log.lastSeq);
  if (fresh.length === 0) return { ...base, view, log: { ...snapshot.log, bytes: tail.bytes }, torn: tail.torn };
  const { noteCounts, ...current } = view;
  const { events: _replayedEvents, notes: _replayedNotes, ...replayed } = replayEvents({ ...current, events: [] }, fresh);
  // The notes changed by the replayed events (the notes file may include some of them already).
  let notes = base.notes;
  let notesSeq = base.notesSeq;
  let notesStale = base.notesStale;
  const noteEvents = fresh.filter((e) => e.note);
  if (noteEvents.length > 0) {
    const before = notes ? { notes, lastSeq: 0 } : notesFor(file, snapshot.log.id, snapshot.notesSeq, noteCounts, pending);
    const newer = noteEvents.filter((e) => e.seq > before.lastSeq);
    notes = withNoteChanges(before.notes, newer);
    notesSeq = noteEvents.at(-1)!.seq;
    notesStale = notesStale || newer.length > 0;
  }
  let aggregates = addToAggregates(view, fresh);
  let events: StoreEvent[] | undefined;
  if (!aggregates) {
    // An undo among them: what earlier events count for changed; work it out from the whole log.
    try {
      events = readLog(logFile)?.events ?? [];
    } catch (error) {
      throw logProblem(error, logFile);
    }
    aggregates = aggregatesOf({ events });
  }
  return {
    ...base,
    notes,
    notesSeq,
    notesStale,
    view: { ...replayed, ...aggregates, noteCounts: notes ? noteCountsOf(notes) : noteCounts, lastSeq: fresh.at(-1)!.seq },
    log: { id: snapshot.log.id, bytes: tail.bytes, lastSeq: fresh.at(-1)!.seq },
    events,
    replayed: fresh.length,
    torn: tail.torn,
  };
}

/** The whole history of a store as read: the log, or the events of a legacy file. */
export function historyOf(file: string, read: StoreRead): StoreEvent[] {
  if (read.events) return read.events;
  if (read.log.id === '') return [];
  let log: ReturnType<typeof readLog>;
  try {
    log = readLog(logPathOf(file));
  } catch (error) {
    throw logProblem(error, logPathOf(file));
  }
  // Only what the snapshot includes (a torn or foreign tail is not history yet).
  return (log?.events ?? []).filter((e) => e.seq <= read.log.lastSeq);
}

/** Whether `after` is `before` with events added at the end (the same objects first). */
function appendsTo(before: readonly StoreEvent[], after: readonly StoreEvent[]): boolean {
  if (after.length < before.length) return false;
  for (let i = 0; i < before.length; i++) if (after[i] !== before[i]) return false;
  return true;
}

/**
 * Writes `state` (with its whole history and its notes) as a new log, notes file and snapshot: a
 * migration, a repair, or a change that rewrote the history. progress.json.next and notes.json.next
 * are written first (they name the new log), then the log, then the notes' .next is renamed over the
 * notes file and the snapshot's over the snapshot: a reader finds either the old snapshot and notes
 * with the old log, or the new ones (.next or renamed) with the new log (readStore, notesFor).
 * `check` runs just before the log is replaced.
 */
export function writeStoreState(file: string, state: ProgressState, check: () => void = () => {}): LogPosition {
  const logFile = logPathOf(file);
  const nextFile = `${file}.next`;
  const notesFile = notesPathOf(file);
  const notesNext = `${notesFile}.next`;
  const id = newLogId();
  const lines = headerLine(id) + state.events.map((e) => `${JSON.stringify(e)}\n`).join('');
  const log = { id, bytes: Buffer.byteLength(lines, 'utf8'), lastSeq: state.events.at(-1)?.seq ?? 0 };
  const { events: _events, ...currentState } = state;
  const notes = state.notes ?? [];
  writeSnapshot(nextFile, snapshotOf(currentState, log, aggregatesOf(state), lastNoteNumber(state), log.lastSeq, noteCountsOf(notes)));
  try {
    writeNotesFile(notesNext, { log: { id, lastSeq: log.lastSeq }, notes });
    check();
    writeWhole(logFile, lines);
  } catch (error) {
    fs.rmSync(nextFile, { force: true });
    fs.rmSync(notesNext, { force: true });
    throw writeProblem(logFile, error);
  }
  for (const [from, to] of [
    [notesNext, notesFile],
    [nextFile, file],
  ] as const) {
    try {
      fs.renameSync(from, to);
    } catch (error) {
      throw writeProblem(to, error);
    }
  }
  return log;
}

export function fileStore(dir: string, now: () => Date, name: string = STORE_FILE, fault?: (point: FaultPoint) => void): Store {
  const file = path.join(dir, name);
  const fileDir = path.dirname(file);
  const logFile = logPathOf(file);
  const nextFile = `${file}.next`;
  const notesFile = notesPathOf(file);
  let read: StoreRead | null | undefined;
  let full: ProgressState | undefined;
  const current = () => (read === undefined ? (read = readStore(file)) : read);

  const write = <T>(lock: HeldLock, change: (state: ProgressState) => { state: ProgressState; result: T }, options: UpdateOptions): T => {
    for (const f of [file, logFile, nextFile, notesFile, `${notesFile}.next`]) removeStaleTemps(f);
    const seen = identity(file);
    if (seen && !seen.writable) throw new StoreError((m) => m.files.readOnlyFile(file), undefined, 'cannot-write');
    const found = readStore(file);
    fault?.('after-read');
    const view = found?.view;
    // A migration, or a rewrite another writer stopped before its rename (pending), is finished by writing the
    // whole history again: this change needs it too.
    const history = options.history || found?.legacy !== undefined || found?.pending === true;
    // A new log (none yet, or lost) means a new notes file naming it.
    const relog = found !== null && (found.log.id === '' || found.logLost);
    const withNotes = history || options.notes === true || found?.notesStale === true || relog;
    const before: ProgressState = !found
      ? emptyState()
      : history
        ? { ...stripAggregates(found.view), events: historyOf(file, found), lastSeq: undefined }
        : { ...stripAggregates(found.view), events: [] };
    if (withNotes) before.notes = found ? notesOf(file, found) : [];
    const { state, result } = change(before);
    if (!withNotes && state.notes !== undefined) throw new Error('a change made without the notes changed them');
    const migrating = found !== null && (found.legacy !== undefined || found.pending);
    if (state === before && !migrating) {
      if (found) read = found;
      return result;
    }
    // Never write over a store that changed since it was read, nor without the lock.
    const check = () => {
      lock.assertHeld();
      if (identity(file)?.key !== seen?.key) throw new StoreError((m) => m.store.changedMeanwhile(file), undefined, 'changed');
    };
    const appended = appendsTo(before.events, state.events);
    let log: LogPosition;
    let next: StateView;
    let notesSeq: number;
    if (found?.legacy || found?.pending || !appended) {
      if (!history) throw new Error('a change made without the history rewrote it');
      if (found?.legacy) {
        backupFile(file, `v${found.legacy.foundVersion}`, now());
        // A log left beside an old store (a backup restored by hand) is kept too, never overwritten unseen.
        if (fs.existsSync(logFile)) backupFile(logFile, 'before-migration', now());
      }
      log = writeStoreState(file, state, () => {
        fault?.('before-rename');
        check();
      });
      next = viewOfState(state);
      notesSeq = log.lastSeq;
    } else {
      // A snapshot of version 3 is kept as it was before its notes move out.
      if (found?.inline) backupFile(file, `v${INLINE_NOTES_VERSION}`, now());
      const added = state.events.slice(before.events.length);
      const base = found ? found.log : NO_LOG;
      let bytes = base.bytes;
      let id = base.id;
      if (added.length > 0) {
        check();
        try {
          if (id === '' || logSize(logFile) === undefined) {
            id = newLogId();
            writeWhole(logFile, headerLine(id));
            bytes = Buffer.byteLength(headerLine(id), 'utf8');
          }
          bytes = appendLog(logFile, bytes, added);
        } catch (error) {
          throw writeProblem(logFile, error);
        }
        fault?.('after-append');
      }
      log = { id, bytes, lastSeq: added.at(-1)?.seq ?? base.lastSeq };
      notesSeq = found?.notesSeq ?? 0;
      let noteCounts = view?.noteCounts ?? {};
      if (state.notes !== undefined && (state.notes !== before.notes || found?.notesStale || (relog && state.notes.length > 0))) {
        // The notes file first: a crash before the snapshot is written leaves the log's tail to replay.
        check();
        writeNotesFile(notesFile, { log: { id, lastSeq: log.lastSeq }, notes: state.notes });
        fault?.('after-notes');
        notesSeq = log.lastSeq;
        noteCounts = noteCountsOf(state.notes);
      }
      const aggregates =
        (history ? undefined : addToAggregates(view ?? { activity: {}, doneOn: {} }, added)) ??
        aggregatesOf({ events: history ? state.events : [...historyOf(file, found ?? emptyRead()), ...added] });
      const { events: _events, notes: _notes, ...currentState } = state;
      writeSnapshot(file, snapshotOf(currentState, log, aggregates, lastNoteNumber(state), notesSeq, noteCounts), () => {
        fault?.('before-rename');
        check();
      });
      next = { ...currentState, ...aggregates, noteCounts, lastSeq: log.lastSeq, lastNoteId: lastNoteNumber(state) };
    }
    read = { view: next, log, notesSeq, notes: state.notes, notesStale: false, inline: false, replayed: 0, torn: 0, logLost: false, pending: false };
    full = history ? { ...state, lastSeq: undefined, lastNoteId: undefined } : undefined;
    return result;
  };

  const store: Store = {
    path: file,
    snapshot() {
      return current()?.view ?? emptyView();
    },
    notes() {
      const found = current();
      return found ? notesOf(file, found) : [];
    },
    load() {
      if (full) return full;
      const found = current();
      if (!found) return emptyState();
      return (full = {
        ...stripAggregates(found.view),
        events: historyOf(file, found),
        notes: notesOf(file, found),
        lastSeq: undefined,
        lastNoteId: undefined,
      });
    },
    backup(reason, state) {
      if (!fs.existsSync(file)) return null;
      const target = backupPath(file, reason, now());
      try {
        writeWhole(target, storeText(state ?? store.load()), { exclusive: true });
      } catch (error) {
        throw writeProblem(target, error);
      }
      return target;
    },
    readBackup(name) {
      const at = path.join(fileDir, path.basename(name));
      let bytes: Buffer | null;
      try {
        bytes = readRegular(at);
      } catch (error) {
        throw readProblem(at, error);
      }
      if (bytes === null) throw new StoreError((m) => m.store.backupMissing(at));
      return bytes;
    },
    async update(change, options = {}) {
      ensureDir(fileDir);
      for (let attempt = 1; ; attempt++) {
        try {
          return await withLock(file, async (lock) => write(lock, change, options));
        } catch (error) {
          if (error instanceof StoreError && error.problem === 'changed' && attempt < WRITE_ATTEMPTS) continue;
          throw error;
        }
      }
    },
  };
  return store;
}

function emptyView(): StateView {
  return { ...emptyState(), activity: {}, doneOn: {}, noteCounts: {} };
}

function emptyRead(): StoreRead {
  return { view: emptyView(), log: NO_LOG, notesSeq: 0, notesStale: false, inline: false, replayed: 0, torn: 0, logLost: false, pending: false };
}

/** The state without the aggregates (which the store works out itself). */
export function stripAggregates(view: StateView): Omit<ProgressState, 'events'> {
  const { activity: _a, doneOn: _d, minutesOn: _m, noteCounts: _c, ...state } = view;
  return state;
}

/** A whole state as a backup or an export holds it: tab-indented JSON. */
export function storeText(state: ProgressState): string {
  return JSON.stringify(state, undefined, '\t');
}

/** An in-memory store with the same behaviour, for in-process tests. */
export function memoryStore(initial: ProgressState = emptyState()): Store & { state: ProgressState; writes: number; backups: Map<string, Buffer> } {
  const store = {
    path: '(memory)',
    state: initial,
    writes: 0,
    backups: new Map<string, Buffer>(),
    snapshot: () => viewOfState(store.state),
    notes: () => store.state.notes ?? [],
    load: () => store.state,
    backup: (reason: string, state?: ProgressState) => {
      const name = `memory.${reason}-${store.backups.size + 1}.bak`;
      store.backups.set(name, Buffer.from(storeText(state ?? store.state)));
      return name;
    },
    readBackup: (name: string) => {
      const bytes = store.backups.get(name);
      if (!bytes) throw new StoreError((m) => m.store.backupMissing(name));
      return bytes;
    },
    async update<T>(change: (state: ProgressState) => { state: ProgressState; result: T }): Promise<T> {
      const { state, result } = change(store.state);
      if (state !== store.state) {
        store.state = structuredClone(state);
        store.writes++;
      }
      return result;
    },
  };
  return store;
}
