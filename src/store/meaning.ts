// Checks a store document for meaning, not only for shape (shape.ts): every field in its range, every
// event consistent with the history before it. Imports (merge and --replace alike) pass through it
// before anything is changed, so what an import brings can never make a later command fail.
//
// One pass over the data with plain loops: no recursion over user data, no spreading of its arrays,
// linear in its size.

import { parseLocalDate } from '../core/dates.ts';
import { MAX_SPENT_MINUTES, PAPER_STAGES } from '../core/state.ts';
import { CARD_STATES, GRADES } from '../core/cards.ts';
import { visible } from '../core/escape.ts';
import { weekdaysProblem } from '../core/pace.ts';
import { shapeProblem } from './shape.ts';

type Json = unknown;
type Obj = Record<string, Json>;

const isObject = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Longest note text, as for typed notes (roadmap note). */
export const MAX_NOTE_CHARS = 20_000;
/** More events than anyone makes in decades of daily study (about 100 a day for 30 years). */
export const MAX_EVENTS = 1_000_000;
export const MAX_NOTES = 100_000;
const TASK_ID = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const NOTE_ID = /^n[1-9][0-9]{0,8}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const STATUSES = new Set(['in-progress', 'done', 'skipped']);
const STAGES = new Set<string>(PAPER_STAGES);
const PROGRESS_KEYS = new Set(['status', 'stage', 'startedAt', 'doneAt', 'skippedAt', 'updatedAt', 'spentOn']);
const EVENT_KEYS = new Set([
  'seq',
  'at',
  'date',
  'type',
  'changes',
  'startDate',
  'plan',
  'settings',
  'undoes',
  'note',
  'resource',
  'import',
  'cards',
  'grade',
  'minutes',
]);
const CARD_KEYS = new Set(['task', 'due', 'stability', 'difficulty', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview']);
const CARD_ID = /^[a-z0-9][a-z0-9+-]{0,127}$/;
const CARD_PHASES = new Set<string>(CARD_STATES);
const GRADE_NAMES = new Set<string>(GRADES);
/** More cards than any roadmap has questions. */
export const MAX_CARDS = 100_000;
const CHANGE_TYPES = new Set(['start', 'done', 'skip', 'reset', 'undo', 'plan', 'import', 'spent']);

const instant = (v: Json) => typeof v === 'string' && ISO_INSTANT.test(v) && !Number.isNaN(Date.parse(v));
const date = (v: Json) => typeof v === 'string' && parseLocalDate(v) !== undefined;
const minutesValue = (v: Json) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_SPENT_MINUTES;

function progressProblem(entry: Json, where: string): string | undefined {
  if (!isObject(entry)) return `${where}: must be an object`;
  for (const key of Object.keys(entry)) if (!PROGRESS_KEYS.has(key)) return `${where}.${visible(key)}: unknown field`;
  if (typeof entry.status !== 'string' || !STATUSES.has(entry.status)) return `${where}.status: must be in-progress, done or skipped`;
  if (entry.stage !== undefined && (entry.status !== 'in-progress' || typeof entry.stage !== 'string' || !STAGES.has(entry.stage)))
    return `${where}.stage: must be read, notes or reproduce, on a task in progress`;
  if (!instant(entry.updatedAt)) return `${where}.updatedAt: must be an ISO instant`;
  for (const key of ['startedAt', 'doneAt', 'skippedAt'] as const)
    if (entry[key] !== undefined && !instant(entry[key])) return `${where}.${key}: must be an ISO instant`;
  if (entry.spentOn !== undefined) {
    if (!isObject(entry.spentOn)) return `${where}.spentOn: must map days to minutes`;
    for (const [day, minutes] of Object.entries(entry.spentOn))
      if (!date(day) || !minutesValue(minutes)) return `${where}.spentOn: must map days (YYYY-MM-DD) to 1 to ${MAX_SPENT_MINUTES} minutes`;
  }
  return undefined;
}

function planProblem(plan: Json, where: string): string | undefined {
  if (!isObject(plan)) return `${where}: must be an object`;
  for (const key of Object.keys(plan))
    if (key !== 'daysPerWeek' && key !== 'minutesPerDay' && key !== 'weekdays') return `${where}.${visible(key)}: unknown field`;
  const { daysPerWeek, minutesPerDay } = plan;
  if (!Number.isInteger(daysPerWeek) || (daysPerWeek as number) < 1 || (daysPerWeek as number) > 7) return `${where}.daysPerWeek: must be 1 to 7`;
  const weekdays = weekdaysProblem(plan.weekdays, daysPerWeek);
  if (weekdays) return `${where}.weekdays: ${weekdays}`;
  if (minutesPerDay !== null && (!Number.isInteger(minutesPerDay) || (minutesPerDay as number) < 1 || (minutesPerDay as number) > 1440))
    return `${where}.minutesPerDay: must be null or 1 to 1440`;
  return undefined;
}

function settingsProblem(settings: Json, where: string): string | undefined {
  if (!isObject(settings)) return `${where}: must be an object`;
  for (const key of Object.keys(settings)) if (key !== 'lang' && key !== 'roadmap') return `${where}.${visible(key)}: unknown field`;
  if (settings.lang !== undefined && settings.lang !== 'zh' && settings.lang !== 'en') return `${where}.lang: must be zh or en`;
  const choice = settings.roadmap;
  if (choice !== undefined) {
    if (
      !isObject(choice) ||
      typeof choice.file !== 'string' ||
      choice.file.length === 0 ||
      choice.file.length > 4096 ||
      typeof choice.id !== 'string' ||
      !/^[a-z0-9][a-z0-9+-]{0,99}$/.test(choice.id)
    )
      return `${where}.roadmap: must name a file and a roadmap id`;
    if (typeof choice.mtimeMs !== 'number' || !Number.isFinite(choice.mtimeMs) || !Number.isSafeInteger(choice.size) || (choice.size as number) < 0)
      return `${where}.roadmap: must have the file's mtimeMs and size`;
  }
  return undefined;
}

function noteProblem(note: Json, where: string): string | undefined {
  if (!isObject(note)) return `${where}: must be an object`;
  if (typeof note.id !== 'string' || !NOTE_ID.test(note.id)) return `${where}.id: must be n1, n2, …`;
  if (typeof note.taskId !== 'string' || !TASK_ID.test(note.taskId)) return `${where}.taskId: must be a task id`;
  if (!date(note.date)) return `${where}.date: must be a YYYY-MM-DD date`;
  if (!instant(note.at)) return `${where}.at: must be an ISO instant`;
  if (typeof note.text !== 'string' || note.text.trim() === '') return `${where}.text: must be a non-empty text`;
  if (note.text.length > MAX_NOTE_CHARS) return `${where}.text: longer than ${MAX_NOTE_CHARS} characters`;
  return undefined;
}

/** `before`/`after` pairs: each side null or checked by `check`. */
function diffProblem(diff: Json, where: string, check: (v: Json, where: string) => string | undefined, nullable: boolean): string | undefined {
  if (!isObject(diff) || !('before' in diff) || !('after' in diff)) return `${where}: must have before and after`;
  for (const side of ['before', 'after'] as const) {
    const value = diff[side];
    if (value === null && nullable) continue;
    const problem = check(value, `${where}.${side}`);
    if (problem) return problem;
  }
  return undefined;
}

function importProblem(record: Json, type: Json, where: string): string | undefined {
  if (type !== 'import' && type !== 'undo') return `${where}: only an import, or its undo, has one`;
  if (!isObject(record)) return `${where}: must be an object`;
  if (typeof record.file !== 'string' || record.file.length > 4096) return `${where}.file: must be a file name`;
  if (record.mode !== 'merge' && record.mode !== 'replace') return `${where}.mode: must be merge or replace`;
  if (record.backup !== null && (typeof record.backup !== 'string' || !/^[^/\\]{1,255}$/.test(record.backup)))
    return `${where}.backup: must be a file name or null`;
  if (record.sha256 !== null && (typeof record.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(record.sha256)))
    return `${where}.sha256: must be a SHA-256 or null`;
  for (const key of ['events', 'notes'] as const)
    if (!Number.isSafeInteger(record[key]) || (record[key] as number) < 0) return `${where}.${key}: must be a count`;
  return undefined;
}

const dateValue = (v: Json, where: string) => (date(v) ? undefined : `${where}: must be a YYYY-MM-DD date`);

const count = (v: Json) => Number.isSafeInteger(v) && (v as number) >= 0;
const finite = (v: Json) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A review card's FSRS state (core/cards.ts). */
function cardProblem(card: Json, where: string): string | undefined {
  if (!isObject(card)) return `${where}: must be an object`;
  for (const key of Object.keys(card)) if (!CARD_KEYS.has(key)) return `${where}.${visible(key)}: unknown field`;
  if (typeof card.task !== 'string' || !TASK_ID.test(card.task)) return `${where}.task: must be a task id`;
  if (!instant(card.due)) return `${where}.due: must be an ISO instant`;
  if (card.lastReview !== null && !instant(card.lastReview)) return `${where}.lastReview: must be an ISO instant or null`;
  for (const key of ['stability', 'difficulty'] as const) if (!finite(card[key])) return `${where}.${key}: must be a number, 0 or more`;
  for (const key of ['scheduledDays', 'learningSteps', 'reps', 'lapses'] as const) if (!count(card[key])) return `${where}.${key}: must be a count`;
  if (typeof card.state !== 'string' || !CARD_PHASES.has(card.state)) return `${where}.state: must be new, learning, review or relearning`;
  return undefined;
}

function cardChangesProblem(changes: Json, type: Json, where: string): string | undefined {
  if (!Array.isArray(changes)) return `${where}: must be an array`;
  for (let j = 0; j < changes.length; j++) {
    const change = changes[j];
    const at = `${where}[${j}]`;
    if (!isObject(change) || typeof change.id !== 'string' || !CARD_ID.test(change.id)) return `${at}.id: must be a question id`;
    const problem = diffProblem(change, at, (v, w) => cardProblem(v, w), true);
    if (problem) return problem;
    if (type === 'review' && (changes.length !== 1 || change.after === null)) return `${where}: a review grades one card`;
  }
  return undefined;
}

/** The first problem of meaning in a store document, or undefined when it is sound. */
export function meaningProblem(data: Json): string | undefined {
  const shape = shapeProblem(data);
  if (shape) return shape;
  const doc = data as Obj;
  if (doc.settings !== undefined) {
    const problem = settingsProblem(doc.settings, 'settings');
    if (problem) return problem;
  }
  const progress = doc.progress as Obj;
  for (const id of Object.keys(progress)) {
    if (!TASK_ID.test(id)) return `progress: "${visible(id, 40)}" is not a task id`;
    const problem = progressProblem(progress[id], `progress.${id}`);
    if (problem) return problem;
  }
  if (doc.cards !== undefined) {
    const cards = doc.cards as Obj;
    const ids = Object.keys(cards);
    if (ids.length > MAX_CARDS) return `cards: more than ${MAX_CARDS} cards`;
    for (const id of ids) {
      if (!CARD_ID.test(id)) return `cards: "${visible(id, 40)}" is not a question id`;
      const problem = cardProblem(cards[id], `cards.${id}`);
      if (problem) return problem;
    }
  }
  const events = doc.events as Json[];
  if (events.length > MAX_EVENTS) return `events: more than ${MAX_EVENTS} events`;
  const seqs = new Set<number>();
  let lastSeq = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Obj;
    const where = `events[${i}]`;
    for (const key of Object.keys(e)) if (!EVENT_KEYS.has(key)) return `${where}.${visible(key)}: unknown field`;
    const seq = e.seq as number;
    if (!Number.isSafeInteger(seq) || seq <= lastSeq) return `${where}.seq: must be a whole number larger than the one before`;
    lastSeq = seq;
    if (!instant(e.at)) return `${where}.at: must be an ISO instant`;
    const changes = e.changes as Json[];
    for (let j = 0; j < changes.length; j++) {
      const change = changes[j];
      const at = `${where}.changes[${j}]`;
      if (!isObject(change) || typeof change.id !== 'string' || !TASK_ID.test(change.id)) return `${at}.id: must be a task id`;
      if (!('before' in change) || !('after' in change)) return `${at}: must have before and after`;
      for (const side of ['before', 'after'] as const) {
        if (change[side] === null) continue;
        const problem = progressProblem(change[side], `${at}.${side}`);
        if (problem) return problem;
      }
    }
    if (changes.length > 0 && !CHANGE_TYPES.has(e.type as string)) return `${where}.changes: a ${visible(String(e.type))} event changes no task`;
    if (e.startDate !== undefined) {
      const problem = diffProblem(e.startDate, `${where}.startDate`, dateValue, true);
      if (problem) return problem;
    }
    if (e.plan !== undefined) {
      const problem = diffProblem(e.plan, `${where}.plan`, planProblem, true);
      if (problem) return problem;
    }
    if (e.settings !== undefined) {
      const problem = diffProblem(e.settings, `${where}.settings`, settingsProblem, false);
      if (problem) return problem;
    }
    if (e.note !== undefined) {
      const problem = diffProblem(e.note, `${where}.note`, noteProblem, true);
      if (problem) return problem;
    }
    if (e.type === 'undo' && e.import === undefined) {
      if (!Number.isSafeInteger(e.undoes) || !seqs.has(e.undoes as number)) return `${where}.undoes: must name an earlier event`;
    } else if (e.undoes !== undefined) return `${where}.undoes: only an undo reverts an event`;
    if (e.type === 'note' && (!isObject(e.note) || !isObject(e.note.after))) return `${where}.note: a note event must add a note`;
    if (e.type === 'open' && (typeof e.resource !== 'string' || !/^[^\s:]{1,128}:[1-9][0-9]{0,3}$/.test(e.resource)))
      return `${where}.resource: must be "task-id:n"`;
    if (e.type === 'import' && e.import === undefined) return `${where}.import: an import event must say what it imported`;
    if (e.cards !== undefined) {
      const problem = cardChangesProblem(e.cards, e.type, `${where}.cards`);
      if (problem) return problem;
    }
    if (e.type === 'review' && (e.cards === undefined || typeof e.grade !== 'string' || !GRADE_NAMES.has(e.grade)))
      return `${where}.grade: a review must grade one card again, hard, good or easy`;
    if (e.type !== 'review' && e.grade !== undefined) return `${where}.grade: only a review has a grade`;
    if (e.type === 'spent' && (changes.length !== 1 || !minutesValue(e.minutes)))
      return `${where}.minutes: time logged is 1 to ${MAX_SPENT_MINUTES} minutes on one task`;
    if (e.type !== 'spent' && e.minutes !== undefined) return `${where}.minutes: only logged time has minutes`;
    if (e.import !== undefined) {
      const problem = importProblem(e.import, e.type, `${where}.import`);
      if (problem) return problem;
    }
    seqs.add(seq);
  }
  if (doc.notes !== undefined) {
    const notes = doc.notes as Json[];
    if (notes.length > MAX_NOTES) return `notes: more than ${MAX_NOTES} notes`;
    const ids = new Set<string>();
    for (let i = 0; i < notes.length; i++) {
      const problem = noteProblem(notes[i], `notes[${i}]`);
      if (problem) return problem;
      const id = (notes[i] as Obj).id as string;
      if (ids.has(id)) return `notes[${i}].id: ${id} is used twice`;
      ids.add(id);
    }
  }
  return undefined;
}
