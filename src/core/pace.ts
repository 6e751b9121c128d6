// The learner's pace: which days they study and how long, and how the roadmap's weeks
// stretch or shrink to fit it. Study days are counted in local calendar days from the start.

import { dayNumber, fromDayNumber, type LocalDate } from './dates.ts';
import type { Roadmap, Week } from './types.ts';

export interface Pace {
  /** 1-7 study days a week. */
  daysPerWeek: number;
  /** Minutes studied on a study day; null means the roadmap's own pace (its weeks as written). */
  minutesPerDay: number | null;
}

/** No set-up: full-time study, the roadmap's calendar as written. */
export const FULL_TIME: Pace = { daysPerWeek: 7, minutesPerDay: null };

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

export function isStudyDay(date: LocalDate, pace: Pace): boolean {
  return STUDY_WEEKDAYS[pace.daysPerWeek]!.includes(weekday(date));
}

/** How many study days fall in [start, date): the index `date` has, or would have, as a study day. */
export function studyDayIndex(start: LocalDate, date: LocalDate, pace: Pace): number {
  const from = dayNumber(start);
  const to = dayNumber(date);
  if (to <= from) return 0;
  const days = STUDY_WEEKDAYS[pace.daysPerWeek]!;
  const fullWeeks = Math.floor((to - from) / 7);
  let count = fullWeeks * days.length;
  for (let d = from + fullWeeks * 7; d < to; d++) if (days.includes((((d + 4) % 7) + 7) % 7)) count++;
  return count;
}

/** The date of the study day with this index (0 = the first study day on or after start). */
export function dateOfStudyDay(start: LocalDate, index: number, pace: Pace): LocalDate {
  const days = STUDY_WEEKDAYS[pace.daysPerWeek]!;
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

export function nominalWeeks(week: Week): number {
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
export function scheduleRoadmap(roadmap: Roadmap, pace: Pace, skipped: (id: string) => boolean): Schedule {
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
