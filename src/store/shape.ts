// Checks that parsed JSON has the store's shape, naming the first place where it does not.

import { parseLocalDate } from '../core/dates.ts';
import { ID_PATTERN } from '../core/roadmap.ts';
import { visible } from '../core/escape.ts';
import { weekdaysProblem } from '../core/pace.ts';

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const STATUSES = new Set(['in-progress', 'done', 'skipped']);
const EVENT_TYPES = new Set(['start', 'done', 'skip', 'reset', 'plan', 'note', 'open', 'undo', 'import', 'review', 'spent']);

/** Returns a description of what is wrong ("progress.w1-x.status: ..."), or undefined when the shape is right. */
export function shapeProblem(data: Json): string | undefined {
  if (!isObject(data)) return 'the top level is not an object';
  if (!Number.isInteger(data.schemaVersion) || (data.schemaVersion as number) < 1) return 'schemaVersion: must be a positive integer';
  if (data.startDate !== null && data.startDate !== undefined && (typeof data.startDate !== 'string' || !parseLocalDate(data.startDate)))
    return 'startDate: must be a YYYY-MM-DD date or null';
  if (data.settings !== undefined && !isObject(data.settings)) return 'settings: must be an object';
  const choice = isObject(data.settings) ? data.settings.roadmap : undefined;
  if (choice !== undefined && (!isObject(choice) || typeof choice.file !== 'string' || typeof choice.id !== 'string' || !ID_PATTERN.test(choice.id)))
    return 'settings.roadmap: must name a file and a roadmap id';
  if (data.plan !== undefined) {
    if (!isObject(data.plan)) return 'plan: must be an object';
    const { daysPerWeek, minutesPerDay } = data.plan;
    if (!Number.isInteger(daysPerWeek) || (daysPerWeek as number) < 1 || (daysPerWeek as number) > 7) return 'plan.daysPerWeek: must be 1 to 7';
    const weekdays = weekdaysProblem(data.plan.weekdays, daysPerWeek);
    if (weekdays) return `plan.weekdays: ${weekdays}`;
    if (minutesPerDay !== null && (!Number.isInteger(minutesPerDay) || (minutesPerDay as number) < 1 || (minutesPerDay as number) > 1440))
      return 'plan.minutesPerDay: must be null or 1 to 1440';
  }
  if (!isObject(data.progress)) return 'progress: must be an object';
  for (const [key, entry] of Object.entries(data.progress)) {
    const id = visible(key);
    if (!isObject(entry)) return `progress.${id}: must be an object`;
    if (typeof entry.status !== 'string' || !STATUSES.has(entry.status)) return `progress.${id}.status: must be in-progress, done or skipped`;
    if (entry.stage !== undefined && !['read', 'notes', 'reproduce'].includes(entry.stage as string))
      return `progress.${id}.stage: must be read, notes or reproduce`;
  }
  if (data.cards !== undefined) {
    if (!isObject(data.cards)) return 'cards: must be an object';
    for (const [key, card] of Object.entries(data.cards)) {
      if (!isObject(card) || typeof card.task !== 'string' || typeof card.due !== 'string' || Number.isNaN(Date.parse(card.due)))
        return `cards.${visible(key)}: must name its task and when it is due`;
    }
  }
  if (!Array.isArray(data.events)) return 'events: must be an array';
  // Plain indexed loops: a store with years of history has thousands of events, checked on every read.
  const events = data.events;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!isObject(event)) return `events[${i}]: must be an object`;
    if (!Number.isInteger(event.seq)) return `events[${i}].seq: must be an integer`;
    if (typeof event.type !== 'string' || !EVENT_TYPES.has(event.type)) return `events[${i}].type: unknown event type`;
    if (!Array.isArray(event.changes)) return `events[${i}].changes: must be an array`;
    if (typeof event.date !== 'string' || !parseLocalDate(event.date)) return `events[${i}].date: must be a YYYY-MM-DD date`;
  }
  if (data.notes !== undefined) {
    if (!Array.isArray(data.notes)) return 'notes: must be an array';
    const notes = data.notes;
    for (let i = 0; i < notes.length; i++) {
      const note = notes[i];
      if (!isObject(note) || typeof note.id !== 'string' || typeof note.taskId !== 'string' || typeof note.text !== 'string')
        return `notes[${i}]: must have an id, a taskId and a text`;
      if (typeof note.date !== 'string' || !parseLocalDate(note.date)) return `notes[${i}].date: must be a YYYY-MM-DD date`;
    }
  }
  return undefined;
}
