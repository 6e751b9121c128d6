// "What is today": where the plan stands on a date, whether the learner is on track, and what to study.

import { daysBetween, dayNumber, localDate, type LocalDate } from './dates.ts';
import { blockAt, FULL_TIME, isStudyDay, scheduleRoadmap, studyDayIndex, type Pace, type Schedule } from './pace.ts';
import { allTasks, type PlacedTask } from './roadmap.ts';
import { statusOf, type CurrentState, type TaskStatus } from './state.ts';
import type { Roadmap, Tip, Week } from './types.ts';

/** How many of the next week's tasks are offered once the current week is done. */
export const AHEAD_COUNT = 2;
/** At most this many overdue tasks are listed on one day; the rest are counted. */
export const OVERDUE_CAP = 3;

export type Timing = 'overdue' | 'this-week' | 'ahead';

export interface TodayTask {
  placed: PlacedTask;
  status: TaskStatus;
  timing: Timing;
  /** Set when only part of the task fits in the minutes asked for. */
  partialMinutes?: number;
}

export interface Progress {
  done: number;
  skipped: number;
  inProgress: number;
  total: number;
}

export type Standing = { kind: 'on-track' } | { kind: 'behind'; days: number } | { kind: 'ahead'; days: number };

export interface TodayPlan {
  date: LocalDate;
  startDate: LocalDate;
  pace: Pace;
  /** 1-based day of the plan; 0 or less before the plan starts. */
  planDay: number;
  /** 1-based calendar week of the plan. */
  planWeek: number;
  /** 1-based day within the calendar week. */
  weekDay: number;
  /** The roadmap week block the schedule puts today in. */
  week: Week;
  /** False on a day the plan keeps free. */
  studyDay: boolean;
  standing: Standing;
  tasks: TodayTask[];
  /** Overdue tasks not listed today (to keep the day doable). */
  overdueMore: number;
  /** With --minutes: the budget and what the listed tasks take of it. */
  budget?: { minutes: number; planned: number };
  progress: Progress;
  /** True when every task is done or skipped. */
  complete: boolean;
  tip: Tip | undefined;
}

const finished = (status: TaskStatus) => status === 'done' || status === 'skipped';

export function paceOf(state: CurrentState): Pace {
  return state.plan ? { daysPerWeek: state.plan.daysPerWeek, minutesPerDay: state.plan.minutesPerDay } : FULL_TIME;
}

export function scheduleFor(roadmap: Roadmap, state: CurrentState): Schedule {
  return scheduleRoadmap(roadmap, paceOf(state), (id) => statusOf(state, id) === 'skipped');
}

export function progressOf(roadmap: Roadmap, state: CurrentState): Progress {
  const counts: Progress = { done: 0, skipped: 0, inProgress: 0, total: 0 };
  for (const { task } of allTasks(roadmap)) {
    counts.total++;
    const status = statusOf(state, task.id);
    if (status === 'done') counts.done++;
    else if (status === 'skipped') counts.skipped++;
    else if (status === 'in-progress') counts.inProgress++;
  }
  return counts;
}

/** The tip for a date: steps through the tips one a day. */
export function tipFor(roadmap: Roadmap, date: LocalDate): Tip | undefined {
  if (roadmap.tips.length === 0) return undefined;
  return roadmap.tips[dayNumber(date) % roadmap.tips.length];
}

function standingOf(placed: readonly PlacedTask[], state: CurrentState, schedule: Schedule, studyDay: number): Standing {
  const next = placed.find((p) => !finished(statusOf(state, p.task.id)));
  const slot = next && schedule.tasks.get(next.task.id);
  if (!slot) return { kind: 'on-track' };
  if (slot.end < studyDay) return { kind: 'behind', days: studyDay - slot.end };
  if (slot.start > studyDay) return { kind: 'ahead', days: slot.start - studyDay };
  return { kind: 'on-track' };
}

/**
 * The standing, where skipping what you know never makes you behind. The schedule leaves skipped tasks
 * out, so a skip moves the tasks after it earlier, and could make a learner who was on track behind.
 * So when that schedule says behind, the standing is measured again with the tasks skipped since the
 * plan started keeping their time (those skipped before it, weeks known already, stay out: they give
 * no spare time), and the better of the two is taken, never better than on track.
 */
function standingWithSkips(
  roadmap: Roadmap,
  placed: readonly PlacedTask[],
  state: CurrentState,
  schedule: Schedule,
  startDate: LocalDate,
  studyDay: number,
): Standing {
  const standing = standingOf(placed, state, schedule, studyDay);
  if (standing.kind !== 'behind') return standing;
  const skippedBeforeStart = (id: string) => {
    const entry = state.progress[id];
    return entry?.status === 'skipped' && entry.skippedAt !== undefined && localDate(new Date(entry.skippedAt)) <= startDate;
  };
  const kept = standingOf(placed, state, scheduleRoadmap(roadmap, paceOf(state), skippedBeforeStart), studyDay);
  if (kept.kind !== 'behind') return { kind: 'on-track' };
  return kept.days < standing.days ? kept : standing;
}

/** Keeps tasks, in order, while they fit in `minutes`; when the first does not fit, part of it. */
function fitMinutes(candidates: TodayTask[], minutes: number): { tasks: TodayTask[]; planned: number } {
  const tasks: TodayTask[] = [];
  let planned = 0;
  for (const item of candidates) {
    const need = item.placed.task.estimateMinutes;
    if (planned + need <= minutes) {
      tasks.push(item);
      planned += need;
    }
  }
  if (tasks.length === 0 && candidates[0]) return { tasks: [{ ...candidates[0], partialMinutes: minutes }], planned: minutes };
  return { tasks, planned };
}

export interface PlanTodayOptions {
  /** Pick only what fits in this many minutes. */
  minutes?: number;
}

export function planToday(roadmap: Roadmap, state: CurrentState, startDate: LocalDate, date: LocalDate, options: PlanTodayOptions = {}): TodayPlan {
  const pace = paceOf(state);
  const schedule = scheduleFor(roadmap, state);
  const planDay = daysBetween(startDate, date) + 1;
  const dayIndex = Math.max(0, planDay - 1);
  const studyDay = studyDayIndex(startDate, date, pace);
  const index = blockAt(schedule, studyDay);
  const placed = allTasks(roadmap);

  const overdue: TodayTask[] = [];
  const current: TodayTask[] = [];
  for (const p of placed) {
    const status = statusOf(state, p.task.id);
    if (finished(status) || p.weekIndex > index) continue;
    (p.weekIndex < index ? overdue : current).push({ placed: p, status, timing: p.weekIndex < index ? 'overdue' : 'this-week' });
  }
  let candidates = [...overdue, ...current];
  if (candidates.length === 0) {
    const ahead = placed.filter((p) => p.weekIndex > index && !finished(statusOf(state, p.task.id)));
    const firstWeek = ahead[0]?.weekIndex;
    candidates = ahead
      .filter((a) => a.weekIndex === firstWeek)
      .slice(0, AHEAD_COUNT)
      .map((p) => ({ placed: p, status: statusOf(state, p.task.id), timing: 'ahead' as const }));
  }

  let tasks: TodayTask[];
  let budget: TodayPlan['budget'];
  if (options.minutes !== undefined) {
    const fit = fitMinutes(candidates, options.minutes);
    tasks = fit.tasks;
    budget = { minutes: options.minutes, planned: fit.planned };
  } else {
    const shownOverdue = overdue.slice(0, OVERDUE_CAP);
    tasks = overdue.length > 0 ? [...shownOverdue, ...current] : candidates;
  }
  const overdueMore = overdue.length - tasks.filter((t) => t.timing === 'overdue').length;

  const progress = progressOf(roadmap, state);
  return {
    date,
    startDate,
    pace,
    planDay,
    planWeek: Math.floor(dayIndex / 7) + 1,
    weekDay: (dayIndex % 7) + 1,
    week: roadmap.weeks[index]!,
    studyDay: isStudyDay(date, pace),
    // Before the plan starts there is nothing to be ahead of or behind.
    standing: planDay < 1 ? { kind: 'on-track' } : standingWithSkips(roadmap, placed, state, schedule, startDate, studyDay),
    tasks,
    overdueMore,
    budget,
    progress,
    complete: progress.done + progress.skipped === progress.total,
    tip: tipFor(roadmap, date),
  };
}
