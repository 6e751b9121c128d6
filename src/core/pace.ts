// The learner's pace: which days they study and how long, and how the roadmap's weeks
// stretch or shrink to fit it. Study days are counted in local calendar days from the start.

import { dayNumber, fromDayNumber, type LocalDate } from './dates.ts';
import type { RoadmapOutline, Week } from './types.ts';

export interface Pace {
  /** 1-7 study days a week. */
  daysPerWeek: number;
  /** Minutes studied on a study day; null means the roadmap's own pace (its weeks as written). */
  minutesPerDay: number | null;
  /**
   * The weekdays chosen (0 = Sunday), daysPerWeek of them; absent: STUDY_WEEKDAYS[daysPerWeek].
   * Read it through studyWeekdays().
   */
  weekdays?: number[];
}

/** No set-up: full-time study, the roadmap's calendar as written. */
export const FULL_TIME: Pace = { daysPerWeek: 7, minutesPerDay: null };

/** The pace of a saved plan (its chosen weekdays kept), or full time without one. */
export function paceOfPlan(plan: Pace | undefined): Pace {
  if (!plan) return FULL_TIME;
  const { daysPerWeek, minutesPerDay, weekdays } = plan;
  return weekdays ? { daysPerWeek, minutesPerDay, weekdays: [...weekdays] } : { daysPerWeek, minutesPerDay };
}

/** An open-ended block ("week 9 onward") is planned as this many weeks. */
export const OPEN_ENDED_WEEKS = 4;

/** Which weekdays (0 = Sunday) are study days for each number of days a week: spread out, weekends last. */
export const STUDY_WEEKDAYS: Record<number, number[]> = {
  1: [6],
  2: [3, 6],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [0, 1, 2, 3, 4, 5, 6],
};

export function weekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The weekdays (0 = Sunday, ascending) a pace studies on: the ones chosen, else the default set for its days a week. */
export function studyWeekdays(pace: Pace): number[] {
  return pace.weekdays && pace.weekdays.length > 0 ? [...pace.weekdays].sort((a, b) => a - b) : STUDY_WEEKDAYS[pace.daysPerWeek]!;
}

/** Monday first, Sunday last: the order weekdays are offered and shown in. */
export const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

/** The weekdays as shown to the learner: Monday to Sunday. */
export function weekdaysMondayFirst(days: readonly number[]): number[] {
  return MONDAY_FIRST.filter((d) => days.includes(d));
}

/**
 * A pace for these weekdays: daysPerWeek is their count, and weekdays is kept only when it differs from the
 * default set for that count (so a plan of Mon-Fri reads as before).
 */
export function paceWithWeekdays(days: readonly number[], minutesPerDay: number | null): Pace {
  const weekdays = [...new Set(days)].sort((a, b) => a - b);
  const daysPerWeek = weekdays.length;
  const standard = STUDY_WEEKDAYS[daysPerWeek]!;
  return standard?.join() === weekdays.join() ? { daysPerWeek, minutesPerDay } : { daysPerWeek, minutesPerDay, weekdays };
}

const ENGLISH_DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const CHINESE_DAYS = '日一二三四五六';

/** One weekday as written: an English name or a prefix of two letters or more (sat, tues), 周一/星期一, or 1-7 (1 = Monday). */
function weekdayOf(word: string): number | undefined {
  const w = word.trim().toLowerCase();
  if (/^[1-7]$/.test(w)) return Number(w) % 7;
  if (/^[a-z]{2,}$/.test(w)) {
    const found = ENGLISH_DAYS.findIndex((name) => name.startsWith(w));
    return found >= 0 ? found : undefined;
  }
  const zh = /^(?:周|星期|礼拜)([日天一二三四五六])$/.exec(w);
  if (zh) return zh[1] === '天' ? 0 : CHINESE_DAYS.indexOf(zh[1]!);
  return undefined;
}

/**
 * Weekdays as people list them (`--days`): "sat,sun", "mon-fri", "1,3,5" (1 = Monday, 7 = Sunday), "周六,周日";
 * a range may wrap ("fri-mon"). Returns them 0 = Sunday, ascending, or undefined when a part is not a weekday.
 */
export function parseWeekdays(text: string): number[] | undefined {
  const parts = text.split(/[\s,，、+]+/).filter(Boolean);
  if (parts.length === 0) return undefined;
  const days = new Set<number>();
  for (const part of parts) {
    const range = /^([^-–]+)[-–]([^-–]+)$/.exec(part);
    const from = weekdayOf(range ? range[1]! : part);
    const to = range ? weekdayOf(range[2]!) : from;
    if (from === undefined || to === undefined) return undefined;
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === to) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** What is wrong with a stored plan's weekdays (undefined when right): distinct whole numbers 0-6, daysPerWeek of them. */
export function weekdaysProblem(weekdays: unknown, daysPerWeek: unknown): string | undefined {
  if (weekdays === undefined) return undefined;
  if (!Array.isArray(weekdays) || weekdays.length === 0 || weekdays.some((d) => !Number.isInteger(d) || d < 0 || d > 6))
    return 'must be a list of weekdays, 0 (Sunday) to 6 (Saturday)';
  if (new Set(weekdays).size !== weekdays.length) return 'must not name a weekday twice';
  if (weekdays.length !== daysPerWeek) return `names ${weekdays.length} day${weekdays.length === 1 ? '' : 's'}, but daysPerWeek is ${String(daysPerWeek)}`;
  return undefined;
}

export function isStudyDay(date: LocalDate, pace: Pace): boolean {
  return studyWeekdays(pace).includes(weekday(date));
}

/** How many study days fall in [start, date): the index `date` has, or would have, as a study day. */
export function studyDayIndex(start: LocalDate, date: LocalDate, pace: Pace): number {
  const from = dayNumber(start);
  const to = dayNumber(date);
  if (to <= from) return 0;
  const days = studyWeekdays(pace);
  const fullWeeks = Math.floor((to - from) / 7);
  let count = fullWeeks * days.length;
  for (let d = from + fullWeeks * 7; d < to; d++) if (days.includes((((d + 4) % 7) + 7) % 7)) count++;
  return count;
}

/** The date of the study day with this index (0 = the first study day on or after start). */
export function dateOfStudyDay(start: LocalDate, index: number, pace: Pace): LocalDate {
  const days = studyWeekdays(pace);
  let d = dayNumber(start) + Math.floor(Math.max(0, index) / days.length) * 7;
  let remaining = Math.max(0, index) % days.length;
  for (;;) {
    if (days.includes((((d + 4) % 7) + 7) % 7)) {
      if (remaining === 0) return fromDayNumber(d);
      remaining--;
    }
    d++;
  }
}

export function nominalWeeks(week: Pick<Week, 'from' | 'to'>): number {
  return week.to === null ? OPEN_ENDED_WEEKS : week.to - week.from + 1;
}

export interface Slot {
  /** First and last study-day index (inclusive); a block with nothing to do has end < start. */
  start: number;
  end: number;
}

export interface Schedule {
  blocks: Slot[];
  tasks: Map<string, Slot>;
  /** Study days the whole roadmap takes at this pace. */
  totalDays: number;
}

/**
 * Lays the roadmap out on study days. Each week block takes the days its remaining (not skipped) work needs:
 * at the roadmap's own pace its written weeks (shrunk by what was skipped), with minutes a day its minutes
 * divided by them. Within a block the tasks follow one another by their estimates.
 */
export function scheduleRoadmap(roadmap: RoadmapOutline, pace: Pace, skipped: (id: string) => boolean): Schedule {
  const blocks: Slot[] = [];
  const tasks = new Map<string, Slot>();
  let day = 0;
  for (const week of roadmap.weeks) {
    const all = week.tasks.reduce((sum, t) => sum + t.estimateMinutes, 0);
    const open = week.tasks.filter((t) => !skipped(t.id));
    const minutes = open.reduce((sum, t) => sum + t.estimateMinutes, 0);
    let length = 0;
    if (minutes > 0) {
      length = pace.minutesPerDay ? Math.ceil(minutes / pace.minutesPerDay) : Math.max(1, Math.ceil((nominalWeeks(week) * 7 * minutes) / all));
    }
    const perDay = length > 0 ? minutes / length : 1;
    let done = 0;
    for (const task of open) {
      const start = day + Math.min(length - 1, Math.floor(done / perDay + 1e-9));
      done += task.estimateMinutes;
      const end = day + Math.max(0, Math.ceil(done / perDay - 1e-9) - 1);
      tasks.set(task.id, { start, end: Math.max(start, end) });
    }
    blocks.push({ start: day, end: day + length - 1 });
    day += length;
  }
  return { blocks, tasks, totalDays: day };
}

/** The block a study day falls in: the first block not yet over (the last one when every block is over). */
export function blockAt(schedule: Schedule, studyDay: number): number {
  const index = schedule.blocks.findIndex((b) => b.end >= b.start && studyDay <= b.end);
  if (index >= 0) return index;
  for (let i = schedule.blocks.length - 1; i >= 0; i--) if (schedule.blocks[i]!.end >= schedule.blocks[i]!.start) return i;
  return schedule.blocks.length - 1;
}
