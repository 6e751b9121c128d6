// Checking a store's health and repairing a damaged one without ever throwing data away: a damaged
// file is copied to a dated backup before anything new is written.

import fs from 'node:fs';
import path from 'node:path';
import { parseLocalDate } from '../core/dates.ts';
import { emptyState, SCHEMA_VERSION, withNoteChanges, type Note, type ProgressState, type StoreEvent, type TaskProgress } from '../core/state.ts';
import { StoreError, type Say, type StoreProblem } from '../errors.ts';
import { withLock } from './lock.ts';
import { backupFile, ensureDir, historyOf, notesOf, readStore, stripAggregates, writeStoreState, type StoreRead } from './store.ts';
import { notesPathOf } from './notes-file.ts';
import { readRegularText } from './durable.ts';
import { LogError, logPathOf, readLog } from './log.ts';
import { INLINE_NOTES_VERSION, SNAPSHOT_VERSION } from './snapshot.ts';
import { readProblem } from './problems.ts';
import { truncatedPrefix } from './truncated.ts';
import { shapeProblem } from './shape.ts';
import { meaningProblem } from './meaning.ts';
import type { CardState } from '../core/cards.ts';

export type StoreStatus = 'missing' | 'ok' | 'old' | StoreProblem;

export interface StoreHealth {
  path: string;
  status: StoreStatus;
  message?: string;
  /** The message in the user's language. */
  say?: Say;
  schemaVersion?: number;
  tasks?: number;
  events?: number;
  /** Backups beside the store (dated copies kept by migrations and repairs). */
  backups: string[];
  /** The event log beside the snapshot. */
  log?: { path: string; torn: number; replayed: number; lost: boolean; pending: boolean };
  /** The snapshot and the log are sound; the notes file is what is damaged, missing or behind. */
  notesOnly?: boolean;
}

export function listBackups(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => name.startsWith(`${base}.`) && name.endsWith('.bak'))
      .sort();
  } catch {
    return [];
  }
}

export function checkStore(file: string): StoreHealth {
  const backups = listBackups(file);
  let found: StoreRead | null;
  try {
    found = readStore(file);
    if (!found) return { path: file, status: 'missing', backups };
    const events = historyOf(file, found).length;
    const log = { path: logPathOf(file), torn: found.torn, replayed: found.replayed, lost: found.logLost, pending: found.pending };
    try {
      notesOf(file, found);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      return { path: file, status: error.problem, message: error.message, say: error.say, backups, log, notesOnly: true };
    }
    return {
      path: file,
      status: found.legacy || found.inline ? 'old' : 'ok',
      schemaVersion: found.legacy ? (found.legacy.foundVersion ?? undefined) : found.inline ? INLINE_NOTES_VERSION : SNAPSHOT_VERSION,
      tasks: Object.keys(found.view.progress).length,
      events,
      backups,
      log,
    };
  } catch (error) {
    if (error instanceof StoreError) return { path: file, status: error.problem, message: error.message, say: error.say, backups };
    throw error;
  }
}

/** Whether a healthy store still has something to tidy: a torn line, replayed events, a rewrite cut short. */
function untidy(health: StoreHealth): boolean {
  return health.log !== undefined && (health.log.torn > 0 || health.log.replayed > 0 || health.log.pending);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Keeps every part of a damaged document that still has the right shape. A file cut short (a write
 * that was interrupted by an older roadmap on a full disk) is read up to its last complete value; an
 * event that may have been cut is not kept.
 */
export function salvage(text: string): { state: ProgressState; kept: { tasks: number; events: number } } {
  const state = emptyState();
  let data: unknown;
  let cutInEvents = false;
  try {
    data = JSON.parse(text);
  } catch {
    const prefix = truncatedPrefix(text);
    if (prefix) {
      try {
        data = JSON.parse(prefix.text);
        cutInEvents = prefix.path[0] === 'events';
      } catch {
        data = undefined;
      }
    }
  }
  if (!isObject(data)) return { state, kept: { tasks: 0, events: 0 } };
  if (typeof data.startDate === 'string' && parseLocalDate(data.startDate)) state.startDate = data.startDate;
  if (isObject(data.settings) && (data.settings.lang === 'zh' || data.settings.lang === 'en')) state.settings = { lang: data.settings.lang };
  if (isObject(data.progress)) {
    for (const [id, entry] of Object.entries(data.progress)) {
      const probe = { schemaVersion: SCHEMA_VERSION, progress: { [id]: entry }, events: [] };
      if (!shapeProblem(probe)) state.progress[id] = entry as TaskProgress;
    }
  }
  if (isObject(data.cards)) {
    // Review cards (core/cards.ts): each kept when it is sound on its own.
    const cards: Record<string, CardState> = {};
    for (const [id, card] of Object.entries(data.cards)) {
      if (!meaningProblem({ schemaVersion: SCHEMA_VERSION, progress: {}, events: [], cards: { [id]: card } })) cards[id] = card as CardState;
    }
    if (Object.keys(cards).length > 0) state.cards = cards;
  }
  if (Array.isArray(data.notes)) {
    // Notes inline (a snapshot of version 3, a store of schema 1 or 2): each kept when it is sound on its own.
    const notes = soundNotes(data.notes);
    if (notes.length > 0) state.notes = notes;
  }
  if (Array.isArray(data.events)) {
    const events = cutInEvents ? data.events.slice(0, -1) : data.events;
    for (const event of events) {
      const probe = { schemaVersion: SCHEMA_VERSION, progress: {}, events: [event] };
      if (!shapeProblem(probe)) state.events.push(event as StoreEvent);
    }
  }
  return { state, kept: { tasks: Object.keys(state.progress).length, events: state.events.length } };
}

export interface RepairResult {
  status: StoreStatus;
  repaired: boolean;
  backup?: string;
  kept?: { tasks: number; events: number };
}

/**
 * Repairs the store: a damaged file is renamed to a dated backup and what could be salvaged is
 * written in its place; an old version is migrated (after a backup). A newer version is refused.
 */
export async function repairStore(file: string, now: Date): Promise<RepairResult> {
  ensureDir(path.dirname(file));
  return withLock(file, async () => {
    const health = checkStore(file);
    if (health.status === 'newer') throw new StoreError(health.say ?? health.message!, (m) => m.store.newerHint, 'newer');
    if (health.status === 'missing' || (health.status === 'ok' && !untidy(health))) return { status: health.status, repaired: false };
    if (health.status !== 'ok' && health.status !== 'old' && health.status !== 'invalid-json' && health.status !== 'wrong-shape')
      throw new StoreError(health.say ?? health.message!, undefined, health.status);
    if (health.status === 'ok' || health.status === 'old') {
      // Bring it into shape: a migration (after a backup), or the replayed and tidied log written anew.
      const found = readStore(file)!;
      const backup = found.legacy
        ? backupFile(file, `v${found.legacy.foundVersion}`, now)
        : found.inline
          ? backupFile(file, `v${INLINE_NOTES_VERSION}`, now)
          : undefined;
      const view = stripAggregates(found.view);
      writeStoreState(file, { ...view, events: historyOf(file, found), notes: notesOf(file, found), lastSeq: undefined, lastNoteId: undefined });
      return { status: health.status, repaired: true, backup };
    }
    if (health.notesOnly) {
      // The snapshot and the log are sound: the notes file is copied aside, and what it still holds is kept.
      const found = readStore(file)!;
      const notesFile = notesPathOf(file);
      const events = historyOf(file, found);
      const notes = salvageNotes(notesFile, found.log.id, events);
      const backup = fs.existsSync(notesFile) ? backupFile(notesFile, 'damaged', now) : undefined;
      const view = stripAggregates(found.view);
      writeStoreState(file, { ...view, events, notes, lastSeq: undefined });
      return { status: health.status, repaired: true, backup, kept: { tasks: Object.keys(view.progress).length, events: events.length } };
    }
    // A damaged snapshot or log: both are copied aside, then what can be salvaged replaces them.
    const logFile = logPathOf(file);
    let text = '';
    try {
      text = readRegularText(file) ?? '';
    } catch (error) {
      throw readProblem(file, error);
    }
    const { state, kept } = salvage(text);
    const events = salvageLog(logFile);
    // The notes: inline in an old snapshot, else whatever the notes file beside it still holds.
    if (state.notes === undefined) {
      const notes = salvageNotes(notesPathOf(file), undefined, []);
      if (notes.length > 0) state.notes = notes;
    }
    const backup = backupFile(file, 'damaged', now);
    if (events !== undefined && fs.existsSync(logFile)) backupFile(logFile, 'damaged', now);
    if (events !== undefined && events.length > 0) {
      state.events = events;
      kept.events = events.length;
    }
    writeStoreState(file, state);
    return { status: health.status, repaired: true, backup, kept };
  });
}

/** The events of a log up to its first damaged line; undefined when there is no log. */
function salvageLog(logFile: string): StoreEvent[] | undefined {
  try {
    return readLog(logFile)?.events;
  } catch (error) {
    if (!(error instanceof LogError)) return [];
    // Keep the lines before the damaged one.
    const text = fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .slice(1, error.line - 1);
    const events: StoreEvent[] = [];
    let last = 0;
    for (const line of text) {
      try {
        const event = JSON.parse(line) as StoreEvent;
        const probe = { schemaVersion: SCHEMA_VERSION, progress: {}, events: [event] };
        if (!shapeProblem(probe) && event.seq > last) {
          events.push(event);
          last = event.seq;
        }
      } catch {
        break;
      }
    }
    return events;
  }
}

/** The notes of a list that are each sound on their own. */
function soundNotes(list: unknown[]): Note[] {
  return list.filter((note) => !shapeProblem({ schemaVersion: SCHEMA_VERSION, progress: {}, events: [], notes: [note] })) as Note[];
}

/**
 * What a notes file still holds: every note that is sound on its own (a file cut short is read up to
 * its last whole note), and, when it goes with log `logId`, the note changes of `events` after it.
 */
export function salvageNotes(notesFile: string, logId: string | undefined, events: readonly StoreEvent[]): Note[] {
  let text: string | null;
  try {
    text = readRegularText(notesFile);
  } catch {
    return [];
  }
  if (text === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const prefix = truncatedPrefix(text);
    try {
      data = prefix ? JSON.parse(prefix.text) : undefined;
    } catch {
      data = undefined;
    }
  }
  if (!isObject(data) || !Array.isArray(data.notes)) return [];
  const notes = soundNotes(data.notes);
  const log = isObject(data.log) ? data.log : {};
  if (logId === undefined || log.id !== logId || !Number.isSafeInteger(log.lastSeq)) return notes;
  return withNoteChanges(
    notes,
    events.filter((e) => e.seq > (log.lastSeq as number)),
  );
}
