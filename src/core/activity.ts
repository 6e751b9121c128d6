// Activity: notes, opened resources, and the days that count for streaks and the heatmap.
// Days are the local calendar days recorded with each event, so a later time-zone change never rewrites them.

import { addDays, dayNumber, fromDayNumber, parseLocalDate, type LocalDate } from './dates.ts';
import { studyWeekdays, type Pace } from './pace.ts';
import { appendEvent, type Note, type ProgressState, type StoreEvent } from './state.ts';

/** Event types that count as studying on their day. */
const ACTIVE_TYPES = new Set<StoreEvent['type']>(['done', 'start', 'skip', 'note', 'open', 'review', 'spent']);

/** The highest note number ever used (n1, n2, …): ids of removed notes are not used again. */
export function lastNoteNumber(state: Pick<ProgressState, 'notes' | 'events' | 'lastNoteId'>): number {
  const last = (state.notes ?? []).reduce((max, n) => Math.max(max, Number(n.id.slice(1)) || 0), state.lastNoteId ?? 0);
  return state.events.reduce((max, e) => Math.max(max, Number(e.note?.after?.id.slice(1) ?? e.note?.before?.id.slice(1)) || 0), last);
}

export function addNote(state: ProgressState, taskId: string, text: string, at: Date, date: LocalDate): { state: ProgressState; note: Note } {
  const used = lastNoteNumber(state);
  const note: Note = { id: `n${used + 1}`, taskId, date, at: at.toISOString(), text };
  return { state: appendEvent(state, { at: at.toISOString(), date, type: 'note', changes: [], note: { before: null, after: note } }), note };
}

export function recordOpen(state: ProgressState, resource: string, at: Date, date: LocalDate): ProgressState {
  return appendEvent(state, { at: at.toISOString(), date, type: 'open', changes: [], resource });
}

/** Events that still stand: not undos, and not undone. */
export function standingEvents(state: Pick<ProgressState, 'events'>): StoreEvent[] {
  const undone = new Set(state.events.filter((e) => e.type === 'undo').map((e) => e.undoes));
  return state.events.filter((e) => e.type !== 'undo' && !undone.has(e.seq));
}

/** How many counting events each local day has. */
export function activityByDay(state: Pick<ProgressState, 'events'>): Map<LocalDate, number> {
  const days = new Map<LocalDate, number>();
  for (const e of standingEvents(state)) if (ACTIVE_TYPES.has(e.type)) days.set(e.date, (days.get(e.date) ?? 0) + 1);
  return days;
}

/**
 * What `stats` and `report` need of the history, kept in the snapshot so that they do not read the
 * log: counting events per local day, and the day of each task's standing `done`.
 */
export interface Aggregates {
  activity: Record<LocalDate, number>;
  doneOn: Record<string, LocalDate>;
  /** Minutes logged (`roadmap spent`) per local day; absent in snapshots written before time was logged. */
  minutesOn?: Record<LocalDate, number>;
}

/** How many notes each task has, by task id: what `show` looks at before it reads the notes. */
export function noteCountsOf(notes: readonly Note[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const note of notes) counts[note.taskId] = (counts[note.taskId] ?? 0) + 1;
  return counts;
}

/** All the notes counted (noteCountsOf). */
export function noteTotal(counts: Record<string, number>): number {
  let total = 0;
  for (const id in counts) total += counts[id]!;
  return total;
}

/** Counts one standing event into the aggregates (which the caller owns). */
function count(into: Required<Aggregates>, e: StoreEvent): void {
  if (ACTIVE_TYPES.has(e.type)) into.activity[e.date] = (into.activity[e.date] ?? 0) + 1;
  if (e.type === 'done') for (const c of e.changes) if (c.after?.status === 'done') into.doneOn[c.id] = e.date;
  if (e.type === 'spent' && e.minutes !== undefined) into.minutesOn[e.date] = (into.minutesOn[e.date] ?? 0) + e.minutes;
}

/** The aggregates of a whole history. */
export function aggregatesOf(state: Pick<ProgressState, 'events'>): Required<Aggregates> {
  const into: Required<Aggregates> = { activity: {}, doneOn: {}, minutesOn: {} };
  for (const e of standingEvents(state)) count(into, e);
  return into;
}

/**
 * The aggregates after new events at the end of the history. Undefined when one of them is an undo
 * or an import (which change what earlier events count for): then they are worked out from the whole.
 */
export function addToAggregates(base: Aggregates, events: readonly StoreEvent[]): Required<Aggregates> | undefined {
  const into: Required<Aggregates> = { activity: { ...base.activity }, doneOn: { ...base.doneOn }, minutesOn: { ...base.minutesOn } };
  for (const e of events) {
    if (e.type === 'undo' || e.type === 'import') return undefined;
    count(into, e);
  }
  return into;
}

export interface Streak {
  current: number;
  longest: number;
}

/**
 * Streaks count days with activity. A day the plan keeps free does not break a streak (nor count, unless
 * something was done on it). Today without activity yet does not break it either: the day is not over.
 */
export function streaks(active: Map<LocalDate, number>, pace: Pace, today: LocalDate): Streak {
  if (active.size === 0) return { current: 0, longest: 0 };
  // By day number, not by date text: years of activity are thousands of days, walked on every stats.
  const days = new Set<number>();
  // A key that is not a day (the snapshot's aggregates are only counted) matches no day.
  for (const day of active.keys()) if (parseLocalDate(day)) days.add(dayNumber(day));
  if (days.size === 0) return { current: 0, longest: 0 };
  let first = Infinity;
  for (const d of days) first = Math.min(first, d);
  const last = dayNumber(today);
  const studies = new Set(studyWeekdays(pace));
  let run = 0;
  let longest = 0;
  for (let d = first; d <= last; d++) {
    if (days.has(d)) run++;
    // 1970-01-01 (day 0) was a Thursday.
    else if (d === last || !studies.has((((d + 4) % 7) + 7) % 7)) continue;
    else run = 0;
    longest = Math.max(longest, run);
  }
  return { current: run, longest };
}

/** A day's shade in the heatmaps (the terminal's and the progress page's): 0 for none, then 1, 2, 3-4 and 5 or more events. */
export function activityLevel(count: number): number {
  if (count <= 0) return 0;
  if (count <= 2) return count;
  return count <= 4 ? 3 : 4;
}

/** The last `weeks` calendar weeks ending with the week of `today` (weeks start on Monday), oldest first. */
export function activityWindow(active: Map<LocalDate, number>, today: LocalDate, weeks: number): { date: LocalDate; count: number }[] {
  const dow = (((dayNumber(today) + 4) % 7) + 6) % 7; // 0 = Monday
  const start = addDays(today, -dow - (weeks - 1) * 7);
  const out: { date: LocalDate; count: number }[] = [];
  for (let d = dayNumber(start); d <= dayNumber(today); d++) {
    const date = fromDayNumber(d);
    out.push({ date, count: active.get(date) ?? 0 });
  }
  return out;
}
